-- Administrators also get read and write: they can only grant roles whose permissions they hold
-- themselves (identity's rule), and agents, supervisors, relationship managers and managers now read
-- and write customers.
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
    ('administrator', 'customer.read'),
    ('administrator', 'customer.write'),
    ('administrator', 'customer.erase');
