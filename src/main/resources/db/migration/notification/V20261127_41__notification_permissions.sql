-- Who may read the delivery log (support, supervisors), and who may issue keys for vendors that post
-- delivery receipts (an issuer can only grant what it holds).
insert into role_permission (role_code, permission) values
    ('administrator', 'notification.read'),
    ('administrator', 'notification.receipts.write'),
    ('supervisor', 'notification.read');
