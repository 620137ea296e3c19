-- Working calendars: a zone and weekly hours (sla_calendar_interval) corrected by special days
-- (sla_calendar_day). A 24x7 calendar works all day every day and ignores special days. Exactly one
-- calendar is the default, used for units with no assignment on their path to the root.
create table sla_calendar (
    id           bigint generated always as identity primary key,
    code         text    not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{0,31}$'),
    name_zh      text    not null check (length(name_zh) between 1 and 100),
    name_en      text    not null check (length(name_en) between 1 and 100),
    zone         text    not null check (length(zone) between 1 and 64),
    always_open  boolean not null default false,
    is_default   boolean not null default false,
    version      int     not null default 0,
    created_at   timestamp with time zone not null default now(),
    updated_at   timestamp with time zone not null default now()
);
create unique index sla_calendar_single_default on sla_calendar ((true)) where is_default;
