-- Messages carry no organisation unit, so the delivery log cannot be scoped to a branch: until it can,
-- only head-office roles with a global view read it (branch supervisors would see other branches').
delete from role_permission where permission = 'notification.read' and role_code = 'supervisor';
