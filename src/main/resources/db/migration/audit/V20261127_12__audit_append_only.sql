-- The trail is append-only for everyone, whatever their grants. Two exceptions: the chainer fills the
-- chain columns of a row that has none yet (nothing else may change), and the archiver deletes rows
-- after writing them to a file, which it announces with "set_config('kefu.audit_archive', 'on', true)".
-- The WHEN clauses let the writers' inserts and the chainer's updates through without calling the
-- function at all; it only runs to refuse (or for a delete, to look at the archive setting).
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        raise exception 'audit_entry is append-only: entries are inserted unchained';
    end if;
    if tg_op = 'DELETE' and current_setting('kefu.audit_archive', true) = 'on' then
        return old;
    end if;
    raise exception 'audit_entry is append-only: % of entry % refused', lower(tg_op), old.id;
end
$$;

create trigger audit_entry_insert_unchained
    before insert on audit_entry
    for each row when (new.chain_seq is not null or new.chain_hash is not null)
    execute function audit_entry_append_only();

-- Every column but the chain columns is listed: a column added to audit_entry must be added here
-- (and to the canonical content the hash covers, which is a new content version anyway).
create trigger audit_entry_update_chain_only
    before update on audit_entry
    for each row when (old.chain_seq is not null or old.chain_hash is not null
        or new.chain_seq is null or new.chain_hash is null
        or (old.id, old.occurred_at, old.actor_type, old.actor_id, old.org_unit_id, old.org_unit_code, old.ip,
            old.action, old.entity_type, old.entity_id, old.summary, old.reason, old.outcome, old.request_id,
            old.content_hash)
        is distinct from (new.id, new.occurred_at, new.actor_type, new.actor_id, new.org_unit_id, new.org_unit_code,
            new.ip, new.action, new.entity_type, new.entity_id, new.summary, new.reason, new.outcome, new.request_id,
            new.content_hash))
    execute function audit_entry_append_only();

create trigger audit_entry_delete_archived_only
    before delete on audit_entry
    for each row execute function audit_entry_append_only();

create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, lower(tg_op);
end
$$;

create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_refuse_change();
create trigger audit_chain_anchor_append_only before update or delete on audit_chain_anchor
    for each row execute function audit_refuse_change();
create trigger audit_chain_anchor_no_truncate before truncate on audit_chain_anchor
    for each statement execute function audit_refuse_change();
