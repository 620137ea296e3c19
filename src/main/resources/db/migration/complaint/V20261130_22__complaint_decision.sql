-- The decision on a complaint (处理决定): outcome, remedy and compensation. Compensation above the configured
-- threshold waits for a second person's approval (maker-checker); the decision is what the decision letter says.
create table complaint_decision (
    case_id                  bigint      primary key references complaint_record (case_id),
    outcome                  text        not null check (outcome in ('upheld', 'partly_upheld', 'not_upheld')),
    remedy                   text        not null check (length(remedy) between 1 and 2000),
    compensation             numeric(14, 2) not null default 0 check (compensation >= 0),
    compensation_state       text        not null
        check (compensation_state in ('none', 'pending', 'approved', 'rejected')),
    decided_by               text        not null,
    decided_at               timestamptz not null,
    compensation_checked_by  text,
    compensation_checked_at  timestamptz,
    compensation_comment     text,
    version                  int         not null default 0,
    check (compensation_checked_by is null or compensation_checked_by <> decided_by)
);
