-- Weekly working hours: several intervals a weekday (ISO 1 = Monday .. 7 = Sunday), in minutes after
-- local midnight, [start, end). Overlaps are refused by the application, which writes a day's intervals
-- together.
create table sla_calendar_interval (
    calendar_id  bigint   not null references sla_calendar (id) on delete cascade,
    weekday      smallint not null check (weekday between 1 and 7),
    start_minute smallint not null check (start_minute between 0 and 1439),
    end_minute   smallint not null check (end_minute between 1 and 1440),
    check (start_minute < end_minute),
    primary key (calendar_id, weekday, start_minute)
);
