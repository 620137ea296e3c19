-- Issue 5: the deadlines the SLA module computes, stored on the case so that queues sort and filter by them
-- without depending on that module (decision 0020). A null due time is a clock that is not running (met,
-- not applicable). While paused_since is set the clocks stand still; paused_total_seconds is the wall-clock
-- time spent paused so far (the deadlines themselves are moved on resume).
alter table service_case
    add column sla_policy_id          bigint,
    add column sla_policy_version     int,
    add column first_response_due_at  timestamptz,
    add column next_update_due_at     timestamptz,
    add column resolution_due_at      timestamptz,
    add column regulatory_due_at      timestamptz,
    add column paused_since           timestamptz,
    add column paused_total_seconds   bigint not null default 0;

-- Cases by their nearest running deadline (the console's "due first" order: least(...) asc, id desc). Every
-- case is in it, so that any filter of the list can read its page in this order; a closed case has no
-- running deadline (null), and nulls sort last, so the open ones come first.
create index service_case_nearest_due_idx on service_case
    ((least(first_response_due_at, next_update_due_at, resolution_due_at, regulatory_due_at)), id desc)
    include (org_unit_id, status, owner);
