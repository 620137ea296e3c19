insert into role_permission (role_code, permission) values
    ('agent', 'customer.read'),
    ('agent', 'customer.write'),
    ('supervisor', 'customer.read'),
    ('supervisor', 'customer.write'),
    ('relationship_manager', 'customer.read'),
    ('relationship_manager', 'customer.write'),
    ('manager', 'customer.read'),
    ('manager', 'customer.write'),
    ('compliance_officer', 'customer.read'),
    ('administrator', 'customer.erase');
