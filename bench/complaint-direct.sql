-- bench/complaint-stats.sh: the month's figures for a unit subtree counted the plain way, one GROUP BY per
-- dimension, to compare with what the API answers (variables: from, to, unit).
\set ON_ERROR_STOP on
\pset format unaligned
\pset tuples_only on
\pset fieldsep ' '
create temp view m as
select r.*, s.resolved_at, s.regulatory_due_at, s.status,
       s.resolved_at is not null and s.status in ('resolved', 'followed_up', 'archived') done
from complaint_record r join service_case s on s.id = r.case_id
where r.accepted_on between :'from' and :'to'
  and r.org_unit_id in (select u.id from org_unit u, org_unit p where p.code = :'unit' and u.path like p.path || '%');
select 'total', count(*) from m;
select 'channel/' || channel_code, count(*) from m group by 1;
select 'business/' || coalesce(business_code, 'uncoded'), count(*) from m group by 1;
select 'cause/' || coalesce(cause_code, 'uncoded'), count(*) from m group by 1;
select 'outcome/' || coalesce(outcome, 'undecided'), count(*) from m group by 1;
select 'repeats', count(*) from m where repeat_complaint;
select 'open', count(*) from m where not done;
select 'overdue', count(*) from m where (done and resolved_at > regulatory_due_at)
    or (not done and status not in ('cancelled', 'archived') and regulatory_due_at < now());
select 'region/' || u.code, count(*) from m join org_unit u on u.id = m.region_unit_id group by 1;
select 'handling/' || case when d <= 2 then 'd0-2' when d <= 7 then 'd3-7' when d <= 15 then 'd8-15'
                           when d <= 30 then 'd16-30' else 'd31+' end, count(*)
from (select (resolved_at at time zone 'Asia/Shanghai')::date - accepted_on d from m where done) x
group by 1;
