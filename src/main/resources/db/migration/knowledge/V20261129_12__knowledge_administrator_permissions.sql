-- An administrator may grant only roles whose permissions they hold themselves (identity's rule against
-- escalation), so they hold the knowledge permissions of the roles they assign. Maker-checker still applies:
-- nobody approves an article version they wrote or submitted.
insert into role_permission (role_code, permission) values
    ('administrator', 'knowledge.edit'),
    ('administrator', 'knowledge.approve');
