-- survey.read: the metrics (within the caller's data scope) and templates; survey.manage: edit templates and
-- rules. (Resending a customer's invitation is case work: cases.work on a case in scope.) Administrators hold both: they may grant only what they hold.
insert into role_permission (role_code, permission) values
    ('supervisor', 'survey.read'),
    ('manager', 'survey.read'),
    ('manager', 'survey.manage'),
    ('compliance_officer', 'survey.read'),
    ('auditor', 'survey.read'),
    ('administrator', 'survey.read'),
    ('administrator', 'survey.manage');
