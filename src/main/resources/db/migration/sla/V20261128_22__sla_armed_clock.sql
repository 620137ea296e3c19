-- The deadline each case clock is armed with now. A timer step acts only if its own deadline is still the
-- armed one: a step picked before the clock was disarmed or moved (a node died, or was slow) changes nothing.
create table sla_armed_clock (
    case_id  bigint not null,
    clock    text   not null,
    due_at   timestamp with time zone not null,
    primary key (case_id, clock)
);
