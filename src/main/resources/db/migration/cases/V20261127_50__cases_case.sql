-- Cases: one row per case, the timeline of everything that happened to it, the per-day number counter
-- and the idempotency keys of channel intake. The table is "service_case" because "case" is reserved.
create table case_category (
    code      text primary key,
    parent    text references case_category (code),
    name_zh   text not null,
    name_en   text not null,
    position  int  not null default 0
);

-- One row per day (China time); incremented under a row lock, so numbers are unique and gap-free per day.
create table case_number_day (
    day        date primary key,
    last_value int  not null
);

create table service_case (
    id                 bigserial primary key,
    number             text        not null unique,
    kind               text        not null,
    channel            text        not null,
    category_code      text        references case_category (code),
    subject            text        not null,
    description        text        not null,
    priority           text        not null check (priority in ('P1', 'P2', 'P3', 'P4')),
    flags              text[]      not null default '{}',
    customer_number    text,
    contact_name_enc   text,
    contact_mobile_enc text,
    contact_email_enc  text,
    org_unit_id        bigint      not null references org_unit (id),
    owner              text,
    status             text        not null,
    plan_content       text,
    plan_method        text,
    plan_time          text,
    plan_fee           numeric(14, 2),
    resolution         text,
    archive_summary    text,
    cancel_reason      text,
    version            int         not null default 0,
    created_by         text        not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    resolved_at        timestamptz,
    first_response_at  timestamptz
);

create index service_case_unit_created_idx on service_case (org_unit_id, created_at desc);
create index service_case_customer_idx on service_case (customer_number, created_at desc)
    where customer_number is not null;
create index service_case_status_idx on service_case (status, org_unit_id);

-- Replies, notes and status changes, in order: the case's timeline.
create table case_entry (
    id                  bigserial primary key,
    case_id             bigint      not null references service_case (id),
    at                  timestamptz not null,
    actor               text        not null,
    type                text        not null,
    from_status         text,
    to_status           text,
    text                text,
    visible_to_customer boolean     not null default false
);

create index case_entry_case_idx on case_entry (case_id, id);

-- The unique key makes a second concurrent request with the same key wait for the first and then find
-- its case, instead of creating another one.
create table case_idempotency_key (
    client     text        not null,
    key        text        not null,
    case_id    bigint      references service_case (id),
    created_at timestamptz not null default now(),
    primary key (client, key)
);
