-- Repeat complaints (重复投诉): a complaint found to repeat an earlier one of the same customer, because it has
-- the same cause code within the repeat window or a near-duplicate text (character-bigram Jaccard similarity).
-- One row per pair; the later complaint's record is flagged repeat_complaint = true (decision 0027).
create table complaint_repeat (
    case_id         bigint      not null references complaint_record (case_id),
    earlier_case_id bigint      not null references complaint_record (case_id),
    reason          text        not null check (reason in ('cause', 'text')),
    similarity      numeric(4, 3) check (similarity between 0 and 1),
    found_at        timestamptz not null,
    primary key (case_id, earlier_case_id),
    check (case_id <> earlier_case_id)
);
create index complaint_repeat_earlier_idx on complaint_repeat (earlier_case_id);
