-- The regulatory clock of a complaint beside its internal SLA (decision 0020): which jurisdiction's rules,
-- when the clock (re)started, the time it stood still and the days granted by extensions.
create table sla_regulatory_clock (
    case_id              bigint      primary key references service_case (id) on delete cascade,
    jurisdiction         text        not null,
    started_at           timestamptz not null,
    restarts             int         not null default 0,
    paused_since         timestamptz,
    paused_total_seconds bigint      not null default 0,
    extended_days        int         not null default 0,
    decided_at           timestamptz
);

-- Extensions; one that needs approval stays 'pending' until a different user holding
-- sla.extension.approve approves or rejects it.
create table sla_clock_extension (
    id              bigserial   primary key,
    case_id         bigint      not null references service_case (id) on delete cascade,
    level           int         not null,
    days            int         not null,
    reason          text        not null,
    customer_told   boolean     not null,
    state           text        not null check (state in ('granted', 'pending', 'approved', 'rejected')),
    requested_by    text        not null,
    requested_at    timestamptz not null,
    decided_by      text,
    decided_at      timestamptz
);
create index sla_clock_extension_case_idx on sla_clock_extension (case_id, id);

-- Each clock that stopped: met or not, for the compliance summary by policy and unit.
create table sla_clock_outcome (
    id             bigserial   primary key,
    case_id        bigint      not null references service_case (id) on delete cascade,
    clock          text        not null,
    policy_id      bigint,
    policy_version int,
    org_unit_id    bigint      not null,
    due_at         timestamptz not null,
    stopped_at     timestamptz not null,
    met            boolean     not null
);
create index sla_clock_outcome_case_idx on sla_clock_outcome (case_id);
create index sla_clock_outcome_policy_idx on sla_clock_outcome (policy_id, org_unit_id);
