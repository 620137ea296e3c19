-- Special days of a calendar: HOLIDAY (a day off) or WORKDAY (a make-up working day, 调休上班日).
create table sla_calendar_day (
    calendar_id bigint not null references sla_calendar (id) on delete cascade,
    day         date   not null check (day between date '2000-01-01' and date '2100-12-31'),
    type        text   not null check (type in ('HOLIDAY', 'WORKDAY')),
    name_zh     text   not null check (length(name_zh) between 1 and 100),
    name_en     text   not null check (length(name_en) between 1 and 100),
    primary key (calendar_id, day)
);
