-- The direct reporting line (汇报关系): whom a staff member reports to. Complaint recusal (回避) keeps the
-- person complained about and whoever they report to directly away from the complaint; a low survey score
-- opens a follow-up case for the owner's manager. Cycles are refused by the code that sets it.
alter table app_user add column reports_to bigint references app_user (id);
alter table app_user add constraint app_user_reports_to_not_self check (reports_to <> id);
create index app_user_reports_to_idx on app_user (reports_to) where reports_to is not null;
