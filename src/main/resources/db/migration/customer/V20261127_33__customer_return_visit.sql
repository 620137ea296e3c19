-- When the relationship wants the next periodic return visit (回访); C1, drives the care reminders.
alter table customer add column next_return_visit_on date;
