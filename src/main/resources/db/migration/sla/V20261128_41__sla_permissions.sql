-- sla.policies.manage: edit and re-apply SLA policies; sla.simulate: ask which deadlines would apply;
-- sla.extension.approve: the checker of a regulatory extension that needs approval (maker-checker).
insert into role_permission (role_code, permission) values
    ('administrator', 'sla.policies.manage'),
    ('administrator', 'sla.simulate'),
    ('administrator', 'sla.extension.approve'),
    ('agent', 'sla.simulate'),
    ('relationship_manager', 'sla.simulate'),
    ('supervisor', 'sla.simulate'),
    ('manager', 'sla.simulate'),
    ('manager', 'sla.extension.approve'),
    ('compliance_officer', 'sla.simulate'),
    ('compliance_officer', 'sla.extension.approve');
