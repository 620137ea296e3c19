-- Root cause (溯源) of a complaint and its rectification actions (整改). A rectification is verified by
-- someone other than its owner; overdue actions escalate at most once a day (level 1: the owner's manager,
-- level 2: holders of complaint.rectification at head office). Decision 0027.
create table complaint_root_cause (
    case_id     bigint      primary key references complaint_record (case_id),
    category    text        not null check (category in ('process', 'system', 'product_design', 'staff_conduct',
                                                          'disclosure', 'third_party', 'other')),
    analysis    text        not null check (length(analysis) between 1 and 4000),
    recorded_by text        not null,
    recorded_at timestamptz not null,
    version     int         not null default 0
);

create table complaint_rectification (
    id                bigint      generated always as identity primary key,
    case_id           bigint      not null references complaint_record (case_id),
    action            text        not null check (length(action) between 1 and 2000),
    owner             text        not null,
    due_on            date        not null,
    state             text        not null default 'open' check (state in ('open', 'done', 'verified')),
    done_at           timestamptz,
    verified_by       text,
    verified_at       timestamptz,
    escalation_level  int         not null default 0 check (escalation_level between 0 and 2),
    last_escalated_at timestamptz,
    created_by        text        not null,
    created_at        timestamptz not null,
    version           int         not null default 0,
    check (verified_by is null or verified_by <> owner),
    check ((state = 'open') = (done_at is null)),
    check ((state = 'verified') = (verified_at is not null))
);
create index complaint_rectification_case_idx on complaint_rectification (case_id);
create index complaint_rectification_open_idx on complaint_rectification (due_on) where state = 'open';
