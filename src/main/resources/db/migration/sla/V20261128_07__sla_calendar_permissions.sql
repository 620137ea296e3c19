-- Reading calendars (hours and holidays are not sensitive) for the staff who work with deadlines;
-- managing them for administrators.
insert into role_permission (role_code, permission) values
    ('agent', 'sla.calendars.read'),
    ('supervisor', 'sla.calendars.read'),
    ('manager', 'sla.calendars.read'),
    ('compliance_officer', 'sla.calendars.read'),
    ('administrator', 'sla.calendars.read'),
    ('administrator', 'sla.calendars.manage');
