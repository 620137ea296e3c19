-- db-scheduler's table, as its documentation gives it for PostgreSQL (16.x, with priority). Every SLA timer
-- (warnings, breach, each escalation level's acknowledgement deadline) is one row here; schedulers on any
-- number of nodes pick due rows with SELECT ... FOR UPDATE SKIP LOCKED, so each fires once.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
-- Disarming a case cancels its timers by instance prefix ("<case id>/<clock>/"): text_pattern_ops lets
-- LIKE 'prefix%' use the index whatever the database's collation.
create index scheduled_tasks_instance_prefix_idx on scheduled_tasks (task_instance text_pattern_ops);
