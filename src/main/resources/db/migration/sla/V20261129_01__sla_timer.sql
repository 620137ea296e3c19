-- SLA timers in a table of their own (decision 0021), replacing db-scheduler's: a node claims a batch of due
-- rows with FOR UPDATE SKIP LOCKED, fires them and deletes them in one transaction, so a timer fires once
-- whether its node commits or dies (the rows come back when its connection goes).
create table sla_timer (
    id       text        primary key, -- <case id>/<clock>/<deadline epoch ms>/<step>
    case_id  bigint      not null,
    clock    text        not null,
    due_at   timestamp with time zone not null,
    data     text        not null,   -- at|deadline|reassign|policy code|policy version|case number
    attempts int         not null default 0
);
create index sla_timer_due_idx on sla_timer (due_at);
create index sla_timer_case_idx on sla_timer (case_id, clock);

insert into sla_timer (id, case_id, clock, due_at, data, attempts)
select task_instance, split_part(task_instance, '/', 1)::bigint, split_part(task_instance, '/', 2), execution_time,
       convert_from(task_data, 'UTF8'), coalesce(consecutive_failures, 0)
  from scheduled_tasks
 where task_name = 'sla-timer';

drop table scheduled_tasks;
