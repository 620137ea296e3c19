-- bench/complaint-stats.sh: gives every generated complaint case its complaint record, coded, decided and
-- flagged by a hash of its number (like org.kefu.bench.SqlText, but repeatable), and spreads the complaints'
-- resolution times and regulatory due times so that every handling-time bucket and the overdue count are used.
-- Runs once: a database whose complaint_record already holds generated rows is left alone.
\set ON_ERROR_STOP on
select count(*) > 1000 as filled from complaint_record \gset
\if :filled
  \echo complaint_record already filled
\else
begin;
-- Resolution 0-44 days after intake (resolved cases only), due 15 days after intake.
update service_case c set
    resolved_at = case when c.resolved_at is null then null
                       else c.created_at + ((abs(hashtext(c.number)) / 7) % 45) * interval '1 day' + interval '3 hours' end,
    regulatory_due_at = c.created_at + interval '15 days'
where c.kind = 'complaint';
with region as (
    select u.id, coalesce((select r.id from org_unit r join org_unit h on h.id = r.parent_id and h.parent_id is null
                           where u.path like '%/' || r.id || '/%'),
                          (select h.id from org_unit h where h.parent_id is null)) region_id
    from org_unit u
), x as (
    select c.*, abs(hashtext(c.number)) h, r.region_id from service_case c join region r on r.id = c.org_unit_id
    where c.kind = 'complaint'
)
insert into complaint_record (case_id, case_number, customer_number, org_unit_id, region_unit_id, accepted_on,
                              channel_code, business_code, cause_code, coded_by, coded_at, outcome, decided_at,
                              repeat_complaint, created_at, updated_at)
select x.id, x.number, x.customer_number, x.org_unit_id, x.region_id,
       (x.created_at at time zone 'Asia/Shanghai')::date,
       coalesce((select d.code from complaint_channel_default d where d.case_channel = x.channel), 'K-CH-99'),
       case when h % 10 < 9 then (array['K-BT-01', 'K-BT-02', 'K-BT-03', 'K-BT-04', 'K-BT-05', 'K-BT-06',
                                        'K-BT-99'])[1 + (h / 10) % 7] end,
       case when h % 10 < 9 then case when (h / 100) % 100 < 30 then 'K-CA-02' when (h / 100) % 100 < 50 then 'K-CA-01'
            when (h / 100) % 100 < 65 then 'K-CA-04' when (h / 100) % 100 < 75 then 'K-CA-05'
            when (h / 100) % 100 < 83 then 'K-CA-03' when (h / 100) % 100 < 89 then 'K-CA-06'
            when (h / 100) % 100 < 94 then 'K-CA-07' when (h / 100) % 100 < 97 then 'K-CA-08' else 'K-CA-99' end end,
       case when h % 10 < 9 then x.owner end,
       case when h % 10 < 9 then x.created_at + interval '1 hour' end,
       case when x.resolved_at is not null then case when (h / 10000) % 10 < 3 then 'upheld'
            when (h / 10000) % 10 < 5 then 'partly_upheld' else 'not_upheld' end end,
       x.resolved_at,
       (h / 100000) % 100 < 4,
       x.created_at, x.created_at
from x
on conflict (case_id) do nothing;
commit;
vacuum analyze complaint_record;
analyze service_case;
\endif
select count(*) as complaint_records, min(accepted_on), max(accepted_on) from complaint_record;
