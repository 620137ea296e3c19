-- The case list at millions of rows (decision 0016): the default order (newest first) and the filters a
-- queue uses most (status, then unit) are served by index scans in that order, so a page stops after
-- its rows instead of sorting every match.
create index service_case_created_idx on service_case (created_at desc, id desc);
create index service_case_status_created_idx on service_case (status, created_at desc, id desc);
create index service_case_kind_created_idx on service_case (kind, created_at desc, id desc);
create index service_case_priority_created_idx on service_case (priority, created_at desc, id desc);
