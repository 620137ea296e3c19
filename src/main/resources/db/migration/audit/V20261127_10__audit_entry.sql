-- The audit trail: one row per auditable action. Writers only insert (content plus the SHA-256 of
-- the content, computed in the insert itself); the chainer later fills chain_seq and chain_hash.
-- Text rather than jsonb for the summary: the hash covers the exact characters written.
create sequence audit_entry_id_seq;

create table audit_entry (
    id            bigint primary key default nextval('audit_entry_id_seq'),
    occurred_at   timestamp with time zone not null,
    actor_type    text   not null check (actor_type in ('USER', 'API_CLIENT', 'SYSTEM', 'ANONYMOUS')),
    actor_id      text   not null,
    org_unit_id   bigint,
    org_unit_code text,
    ip            text,
    action        text   not null,
    entity_type   text,
    entity_id     text,
    summary       text   not null,
    reason        text,
    outcome       text   not null check (outcome in ('SUCCESS', 'FAILURE')),
    request_id    text,
    content_hash  text   not null check (content_hash ~ '^[0-9a-f]{64}$'),
    chain_seq     bigint,
    chain_hash    text   check (chain_hash ~ '^[0-9a-f]{64}$'),
    check ((chain_seq is null) = (chain_hash is null))
);

alter sequence audit_entry_id_seq owned by audit_entry.id;

-- Gap-free positions; partial, so that writers do not index the nulls they insert.
create unique index audit_entry_chain_seq_idx on audit_entry (chain_seq) where chain_seq is not null;
-- What the chainer picks up; only unchained rows are in it.
create index audit_entry_unchained_idx on audit_entry (id) where chain_seq is null;
-- The viewer: newest first, by entity, by actor, by action.
create index audit_entry_occurred_idx on audit_entry (occurred_at desc, id desc);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
create index audit_entry_actor_idx on audit_entry (actor_id);
create index audit_entry_action_idx on audit_entry (action);
