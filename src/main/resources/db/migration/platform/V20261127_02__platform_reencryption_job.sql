-- Re-encryption of personal data under the active key, one row per run an administrator starts.
create table platform_reencryption_job (
    id              bigint generated always as identity primary key,
    target_key_id   text        not null,
    status          text        not null check (status in ('RUNNING', 'COMPLETED', 'FAILED', 'INTERRUPTED')),
    batch_size      int         not null check (batch_size between 1 and 10000),
    reason          text        not null check (length(reason) between 1 and 500),
    requested_by    text        not null,
    values_seen     bigint      not null default 0,
    values_rewritten bigint     not null default 0,
    failure         text,
    updated_at      timestamp with time zone not null default now(),
    created_at      timestamp with time zone not null default now(),
    finished_at     timestamp with time zone
);
create index platform_reencryption_job_created_idx on platform_reencryption_job (created_at desc);
-- At most one run at a time: two would fight over the same rows.
create unique index platform_reencryption_job_one_running on platform_reencryption_job ((true)) where status = 'RUNNING';
