-- Related cases, stored once per pair (lower id first); a link has no direction.
create table case_link (
    case_id    bigint      not null references service_case (id),
    other_id   bigint      not null references service_case (id),
    created_by text        not null,
    created_at timestamptz not null,
    primary key (case_id, other_id),
    check (case_id < other_id)
);

create index case_link_other_idx on case_link (other_id);
