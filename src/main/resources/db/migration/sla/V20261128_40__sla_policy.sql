-- SLA policies (decision 0020). A policy is a stable code and a position in the match order; what it
-- matches and sets lives in versions, which are never changed: an edit adds a version (R8.1).
create table sla_policy (
    id              bigserial primary key,
    code            text not null unique,
    position        int  not null,
    current_version int  not null
);

-- Match lists are empty for "any". A target is an amount and a unit (calendar_minutes … working_days);
-- a null amount is a clock the policy does not run. calendar_code null = the case unit's calendar.
create table sla_policy_version (
    policy_id               bigint      not null references sla_policy (id),
    version                 int         not null,
    name                    text        not null,
    kinds                   text[]      not null default '{}',
    categories              text[]      not null default '{}',
    priorities              text[]      not null default '{}',
    channels                text[]      not null default '{}',
    segments                text[]      not null default '{}',
    units                   text[]      not null default '{}',
    first_response_amount   int,
    first_response_unit     text,
    next_update_amount      int,
    next_update_unit        text,
    resolution_amount       int,
    resolution_unit         text,
    calendar_code           text,
    warnings                numeric[]   not null default '{0.5,0.75}',
    reassign_on_escalation  boolean     not null default false,
    author                  text        not null,
    created_at              timestamptz not null default now(),
    reason                  text        not null,
    primary key (policy_id, version)
);

-- The guide's defaults (a P1 case first, as it is the strictest), then the catch-all.
insert into sla_policy (id, code, position, current_version) values
    (1, 'major-incident', 10, 1),
    (2, 'complaint', 20, 1),
    (3, 'consultation', 30, 1),
    (4, 'default', 1000, 1);
select setval(pg_get_serial_sequence('sla_policy', 'id'), 100);

insert into sla_policy_version (policy_id, version, name, kinds, priorities, first_response_amount,
                                first_response_unit, next_update_amount, next_update_unit, resolution_amount,
                                resolution_unit, author, reason) values
    (1, 1, 'P1 重大事项 1 小时内处理 / P1 handled within 1 hour', '{}', '{P1}', 15, 'calendar_minutes', 30,
     'calendar_minutes', 1, 'calendar_hours', 'system', 'guide default'),
    (2, 1, '投诉 2 个工作日答复、7 个工作日办结 / Complaint: reply 2, result 7 working days', '{complaint}', '{}',
     2, 'working_days', 1, 'working_days', 7, 'working_days', 'system', 'guide default'),
    (3, 1, '咨询 30 分钟首次响应 / Consultation first response 30 minutes', '{consultation}', '{}', 30,
     'calendar_minutes', 4, 'working_hours', 2, 'working_days', 'system', 'guide default'),
    (4, 1, '默认 / Catch-all', '{}', '{}', 1, 'working_days', 1, 'working_days', 5, 'working_days', 'system',
     'guide default');
