-- The trail is append-only for everyone, whatever their grants. Two exceptions: the chainer fills the
-- chain columns of a row that has none yet (nothing else may change), and the archiver deletes rows
-- after writing them to a file, which it announces with "set local kefu.audit_archive = 'on'".
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        raise exception 'audit_entry is append-only: entries are inserted unchained';
    end if;
    if tg_op = 'DELETE' then
        if current_setting('kefu.audit_archive', true) = 'on' then
            return old;
        end if;
        raise exception 'audit_entry is append-only: delete of entry % refused', old.id;
    end if;
    if old.chain_seq is null and new.chain_seq is not null and new.chain_hash is not null
            and to_jsonb(new) - 'chain_seq' - 'chain_hash' = to_jsonb(old) - 'chain_seq' - 'chain_hash' then
        return new;
    end if;
    raise exception 'audit_entry is append-only: update of entry % refused', old.id;
end
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
-- Only inserts that try to arrive already chained reach the function: writers pay no trigger call.
create trigger audit_entry_insert_unchained
    before insert on audit_entry
    for each row when (new.chain_seq is not null or new.chain_hash is not null)
    execute function audit_entry_append_only();

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
