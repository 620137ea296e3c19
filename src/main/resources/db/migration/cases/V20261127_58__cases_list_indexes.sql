-- The case list at millions of rows (decision 0016). Each index serves the default order (newest first)
-- alone or after one equality filter (status, kind, priority), so a page stops after its rows instead
-- of sorting every match. The other filter columns are included, so that the capped count of a page
-- (at most 10,001 rows) is an index-only scan rather than thousands of heap visits.
create index service_case_created_idx on service_case (created_at desc, id desc)
    include (org_unit_id, status, kind, priority);
create index service_case_status_created_idx on service_case (status, created_at desc, id desc)
    include (org_unit_id, kind, priority);
create index service_case_kind_created_idx on service_case (kind, created_at desc, id desc)
    include (org_unit_id, status, priority);
create index service_case_priority_created_idx on service_case (priority, created_at desc, id desc)
    include (org_unit_id, status, kind);
