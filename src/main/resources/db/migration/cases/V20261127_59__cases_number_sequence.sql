-- Case numbers without a hot row (decision 0016): one sequence for all days, and per day only the
-- sequence value the day starts after. number of day = nextval - first_value; nextval is not
-- transactional, so concurrent intakes no longer queue on one counter row until commit. Numbers stay
-- unique per day (the sequence never repeats and first_value is fixed once the day's row is committed);
-- they are no longer gap-free (a rolled-back intake leaves a gap).
create sequence case_number_seq;

alter table case_number_day add column first_value bigint;
alter table case_number_day alter column last_value drop not null;
-- Days counted the old way continue after their last number.
update case_number_day set first_value = -last_value;
alter table case_number_day alter column first_value set not null;
