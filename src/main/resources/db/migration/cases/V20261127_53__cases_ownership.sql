-- Who works a case (R2.2 first-contact ownership): a pending hand-over until the receiver accepts it,
-- when the owner was last assigned (routing's round-robin), the supervisor review of complaints, and the
-- primary case a duplicate was merged into.
alter table service_case
    add column handover_to_user    text,
    add column handover_to_unit_id bigint references org_unit (id),
    add column handover_reason     text,
    add column handover_by         text,
    add column handover_at         timestamptz,
    add column assigned_at         timestamptz,
    add column review_state        text check (review_state in ('pending', 'approved', 'rejected')),
    add column review_requested_by text,
    add column reviewed_by         text,
    add column review_comment      text,
    add column merged_into_id      bigint references service_case (id);

create index service_case_owner_idx on service_case (owner, status) where owner is not null;
create index service_case_handover_idx on service_case (handover_to_user, handover_to_unit_id)
    where handover_by is not null;
