-- A decision letter per version of the decision (decision 0026, "After review"): a complaint reopened, decided
-- anew and resolved again gets a new decision letter; the earlier one stays as issued. Acceptance stays once per
-- case, extension once per extension. decision_version is complaint_decision.version when the letter was issued.
alter table complaint_letter add column decision_version int;

-- Letters issued before this migration said the decision as it stands now (there was one letter per case).
update complaint_letter l set decision_version = coalesce(
        (select d.version from complaint_decision d where d.case_id = l.case_id), 0)
    where l.kind = 'decision';

alter table complaint_letter add constraint complaint_letter_decision_version_check
    check ((kind = 'decision') = (decision_version is not null));

drop index complaint_letter_once_idx;
create unique index complaint_letter_acceptance_idx on complaint_letter (case_id) where kind = 'acceptance';
create unique index complaint_letter_decision_idx on complaint_letter (case_id, decision_version)
    where kind = 'decision';
