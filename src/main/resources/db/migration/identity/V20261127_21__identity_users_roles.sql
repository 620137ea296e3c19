-- Roles are sets of permissions; code asks for permissions only. Built-in roles are seeded here and
-- by later modules' migrations as their permissions appear.
create table app_role (
    code     text primary key check (code ~ '^[a-z][a-z_]{1,39}$'),
    name_zh  text    not null,
    name_en  text    not null,
    built_in boolean not null default false
);

create table role_permission (
    role_code  text not null references app_role (code) on delete cascade,
    permission text not null check (permission ~ '^[a-z][a-z0-9.-]{2,79}$'),
    primary key (role_code, permission)
);

create table app_user (
    id                  bigint generated always as identity primary key,
    username            text    not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    display_name        text    not null check (length(display_name) between 1 and 100),
    org_unit_id         bigint  not null references org_unit (id),
    password_hash       text    not null,
    enabled             boolean not null default true,
    failed_attempts     int     not null default 0,
    locked_until        timestamp with time zone,
    -- C3 authentication data: a FieldCipher envelope, never shown
    totp_secret         text,
    totp_enabled        boolean not null default false,
    totp_last_step      bigint,
    password_changed_at timestamp with time zone not null default now(),
    created_at          timestamp with time zone not null default now(),
    version             int     not null default 0
);
create index app_user_org_unit_idx on app_user (org_unit_id);

create table user_role (
    user_id   bigint not null references app_user (id) on delete cascade,
    role_code text   not null references app_role (code),
    primary key (user_id, role_code)
);

create table recovery_code (
    id        bigint generated always as identity primary key,
    user_id   bigint not null references app_user (id) on delete cascade,
    code_hash text   not null,
    used_at   timestamp with time zone
);
create index recovery_code_user_idx on recovery_code (user_id);

insert into app_role (code, name_zh, name_en, built_in) values
    ('agent', '客服人员', 'Agent', true),
    ('supervisor', '主管', 'Supervisor', true),
    ('manager', '管理层', 'Manager', true),
    ('relationship_manager', '客户经理', 'Relationship manager', true),
    ('compliance_officer', '合规专员', 'Compliance officer', true),
    ('auditor', '审计人员', 'Auditor', true),
    ('device_operator', '设备运维人员', 'Device operator', true),
    ('emergency_coordinator', '应急协调人', 'Emergency coordinator', true),
    ('administrator', '系统管理员', 'Administrator', true);

insert into role_permission (role_code, permission) values
    ('administrator', 'identity.users.manage'),
    ('administrator', 'identity.org-units.manage'),
    ('administrator', 'identity.org-units.read'),
    ('administrator', 'identity.api-clients.manage'),
    ('administrator', 'platform.crypto.manage'),
    ('administrator', 'data.scope.global'),
    ('administrator', 'audit.verify'),
    ('auditor', 'audit.read'),
    ('auditor', 'audit.verify'),
    ('auditor', 'audit.archive'),
    ('auditor', 'identity.org-units.read'),
    ('auditor', 'data.scope.global'),
    ('compliance_officer', 'audit.read'),
    ('compliance_officer', 'identity.org-units.read'),
    ('compliance_officer', 'personal-data.unmask'),
    ('compliance_officer', 'data.scope.global'),
    ('manager', 'identity.org-units.read'),
    ('manager', 'data.scope.global'),
    ('supervisor', 'identity.org-units.read'),
    ('agent', 'identity.org-units.read'),
    ('relationship_manager', 'identity.org-units.read'),
    ('device_operator', 'identity.org-units.read'),
    ('emergency_coordinator', 'identity.org-units.read');
