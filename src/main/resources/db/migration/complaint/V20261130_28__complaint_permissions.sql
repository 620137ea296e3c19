-- complaint.read: see complaint records, letters and decisions of cases in scope; complaint.handle: code a
-- complaint and record the decision (front line); complaint.compensation.approve: the checker of compensation
-- above the threshold (never the one who proposed it); complaint.codes.manage: edit and import the coding lists;
-- complaint.statistics: the regulator statistics return and its export; complaint.rectification: root causes
-- and rectification actions. Administrators hold them all: they may grant only what they hold.
insert into role_permission (role_code, permission) values
    ('agent', 'complaint.read'),
    ('agent', 'complaint.handle'),
    ('supervisor', 'complaint.read'),
    ('supervisor', 'complaint.handle'),
    ('supervisor', 'complaint.compensation.approve'),
    ('supervisor', 'complaint.statistics'),
    ('supervisor', 'complaint.rectification'),
    ('manager', 'complaint.read'),
    ('manager', 'complaint.handle'),
    ('manager', 'complaint.compensation.approve'),
    ('manager', 'complaint.statistics'),
    ('manager', 'complaint.rectification'),
    ('compliance_officer', 'complaint.read'),
    ('compliance_officer', 'complaint.codes.manage'),
    ('compliance_officer', 'complaint.statistics'),
    ('compliance_officer', 'complaint.rectification'),
    ('auditor', 'complaint.read'),
    ('auditor', 'complaint.statistics'),
    ('administrator', 'complaint.read'),
    ('administrator', 'complaint.handle'),
    ('administrator', 'complaint.compensation.approve'),
    ('administrator', 'complaint.codes.manage'),
    ('administrator', 'complaint.statistics'),
    ('administrator', 'complaint.rectification');
