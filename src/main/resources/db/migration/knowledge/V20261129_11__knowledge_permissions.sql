-- knowledge.read: search and read articles (every staff role that talks to customers or checks them);
-- knowledge.edit: write articles and submit them for review; knowledge.approve: the checker who publishes,
-- sends back or retires (maker-checker: never their own writing, enforced by the code and the version table).
insert into role_permission (role_code, permission) values
    ('agent', 'knowledge.read'),
    ('supervisor', 'knowledge.read'),
    ('manager', 'knowledge.read'),
    ('relationship_manager', 'knowledge.read'),
    ('compliance_officer', 'knowledge.read'),
    ('auditor', 'knowledge.read'),
    ('administrator', 'knowledge.read'),
    ('supervisor', 'knowledge.edit'),
    ('manager', 'knowledge.edit'),
    ('compliance_officer', 'knowledge.edit'),
    ('manager', 'knowledge.approve'),
    ('compliance_officer', 'knowledge.approve');
