-- Which calendar applies where. A unit's assignment is inherited by every unit below it (the nearest
-- assigned ancestor wins); a channel's assignment overrides the unit's (online channels run 24x7).
-- Channels are the cases module's JSON names (online_chat, wechat, ...).
create table sla_calendar_unit (
    org_unit_id bigint primary key references org_unit (id) on delete cascade,
    calendar_id bigint not null references sla_calendar (id)
);
create table sla_calendar_channel (
    channel     text   primary key check (channel ~ '^[a-z][a-z_]{1,39}$'),
    calendar_id bigint not null references sla_calendar (id)
);
