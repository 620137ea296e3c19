-- Three-level handling (三级处理): management signs off a reviewed complaint resolution that needs it (P1 or
-- a large amount). Who signed off and when is on the case's timeline and in the audit log.
insert into role_permission (role_code, permission) values
    ('manager', 'cases.sign-off'),
    ('administrator', 'cases.sign-off');
