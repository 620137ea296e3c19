-- One row per case clock that warned or breached: where it stands on the escalation chain. The supervisor
-- page reads open rows (closed_at null); closed rows stay for staff KPIs and reports.
create table sla_escalation (
    id               bigint generated always as identity primary key,
    case_id          bigint      not null,
    case_number      text        not null,
    clock            text        not null check (clock ~ '^[a-z][a-z_]{1,39}$'),
    org_unit_id      bigint      not null references org_unit (id),
    policy_code      text,
    policy_version   int,
    due_at           timestamp with time zone not null,
    -- at_risk: a warning fired; breached: the deadline passed and the chain climbs; acknowledged: someone
    -- at the current level took it on, the climb stopped
    state            text        not null check (state in ('at_risk', 'breached', 'acknowledged')),
    level            int         not null default 0 check (level between 0 and 3),
    warned_at        timestamp with time zone,
    breached_at      timestamp with time zone,
    acknowledge_by   timestamp with time zone,
    acknowledged_by  text,
    acknowledged_at  timestamp with time zone,
    closed_at        timestamp with time zone,
    version          int         not null default 0
);
-- At most one open row per case clock; a re-armed clock that breaches again after closing gets a new row.
create unique index sla_escalation_open_uq on sla_escalation (case_id, clock) where closed_at is null;
create index sla_escalation_open_unit_idx on sla_escalation (org_unit_id, state) where closed_at is null;

-- Every step the timers took, one row each (warning, breach, level raised): what the "fires exactly once"
-- guarantee is checked against, and the lag between a deadline and its firing.
create table sla_escalation_step (
    id          bigint generated always as identity primary key,
    case_id     bigint      not null,
    clock       text        not null,
    step        text        not null,
    due_at      timestamp with time zone not null,
    fired_at    timestamp with time zone not null,
    fired_by    text        not null,
    recipients  text[]      not null default '{}'
);
create index sla_escalation_step_case_idx on sla_escalation_step (case_id, clock);

-- How long each level has to acknowledge, per policy (code); no row = kefu.sla.escalation.acknowledge-within.
create table sla_escalation_plan (
    policy_code        text     primary key,
    acknowledge_within interval not null check (acknowledge_within > interval '0')
);

-- Management (unit heads, head office) receives levels 2 and 3. Administrators hold it too, because an
-- administrator may grant only roles whose permissions they hold.
insert into role_permission (role_code, permission) values
    ('manager', 'sla.escalation.management'),
    ('administrator', 'sla.escalation.management');
