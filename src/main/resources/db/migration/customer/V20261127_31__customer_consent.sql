-- PIPL consents: for which purpose the customer agreed, and when they withdrew. Erasure deletes them.
create table customer_consent (
    id           bigint generated always as identity primary key,
    customer_id  bigint not null references customer (id) on delete cascade,
    purpose      text   not null check (purpose ~ '^[a-z][a-z0-9-]{1,39}$'),
    given_at     timestamp with time zone not null,
    withdrawn_at timestamp with time zone,
    unique (customer_id, purpose)
);
