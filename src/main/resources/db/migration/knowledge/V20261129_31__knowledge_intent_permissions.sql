-- Retraining the intent classifier and reading its versions is an administrator's task.
insert into role_permission (role_code, permission) values
    ('administrator', 'knowledge.models.manage');
