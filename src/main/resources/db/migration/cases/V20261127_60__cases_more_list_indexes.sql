-- More of issue 4 (decision 0016).
-- A queue sorted by priority (status = ? order by priority, id desc) reads its page in index order
-- instead of fetching and sorting every case of that status.
create index service_case_status_priority_idx on service_case (status, priority, id desc)
    include (org_unit_id, kind);
-- Deleting a case (erasure, tests) looks up its idempotency keys by case; without this it read them all.
create index case_idempotency_key_case_idx on case_idempotency_key (case_id);
-- Intake claims the key together with the id its case will get, before that case exists: the reference
-- is checked at commit instead (CaseStore.claim), which saves a second write of every key row.
alter table case_idempotency_key alter constraint case_idempotency_key_case_id_fkey deferrable initially deferred;
-- Reading one case lists the cases merged into it (merged_into_id = ?), and deleting a case checks that
-- none is merged into it: without an index both read the whole table (seconds at 10 M cases). Few cases
-- are ever merged, so the index holds only those.
create index service_case_merged_into_idx on service_case (merged_into_id) where merged_into_id is not null;
