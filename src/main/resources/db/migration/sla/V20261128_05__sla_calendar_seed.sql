-- The two seeded calendars. CN-MAINLAND: Asia/Shanghai, Monday to Friday 09:00-12:00 and 13:30-17:30
-- (a common bank counter/back-office day with a lunch break; admins can change it), the default for
-- units without an assignment. 24X7: online channels.
insert into sla_calendar (code, name_zh, name_en, zone, always_open, is_default) values
    ('CN-MAINLAND', '中国内地工作日', 'Mainland China working days', 'Asia/Shanghai', false, true),
    ('24X7', '全天候', '24×7', 'Asia/Shanghai', true, false);

insert into sla_calendar_interval (calendar_id, weekday, start_minute, end_minute)
select c.id, d.weekday, i.start_minute, i.end_minute
from sla_calendar c
cross join generate_series(1, 5) as d (weekday)
cross join (values (540, 720), (810, 1050)) as i (start_minute, end_minute)
where c.code = 'CN-MAINLAND';

insert into sla_calendar_interval (calendar_id, weekday, start_minute, end_minute)
select c.id, d.weekday, 0, 1440
from sla_calendar c
cross join generate_series(1, 7) as d (weekday)
where c.code = '24X7';

insert into sla_calendar_channel (channel, calendar_id)
select ch.channel, c.id
from sla_calendar c
cross join (values ('online_chat'), ('wechat'), ('mobile_banking'), ('web_banking')) as ch (channel)
where c.code = '24X7';

-- The head office, where it already exists (otherwise it inherits the default, the same calendar).
insert into sla_calendar_unit (org_unit_id, calendar_id)
select u.id, c.id from org_unit u, sla_calendar c where u.parent_id is null and c.code = 'CN-MAINLAND';
