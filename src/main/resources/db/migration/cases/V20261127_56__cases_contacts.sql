-- Attempts to reach the customer (回访): a confirmation or enough documented failed attempts allow follow-up.
create table case_contact (
    id       bigserial primary key,
    case_id  bigint      not null references service_case (id),
    at       timestamptz not null,
    actor    text        not null,
    channel  text        not null,
    outcome  text        not null,
    rating   int check (rating between 1 and 5),
    note     text
);

create index case_contact_case_idx on case_contact (case_id, id);
