-- Customer 360. Personal data (C2) lives only in *_enc columns as FieldCipher envelopes; the *_idx
-- columns are BlindIndex fingerprints for exact lookup. The name stays plain for prefix search
-- (docs/decisions/0011-customer-data.md) and is masked on every display.
create sequence customer_number_seq;

create table customer (
    id                   bigint generated always as identity primary key,
    number               text   not null unique check (number ~ '^C[0-9]{10}$'),
    name                 text   not null check (length(name) between 1 and 100),
    gender               text   check (gender in ('MALE', 'FEMALE', 'UNKNOWN')),
    birth_date_enc       text,
    id_type              text   check (id_type in ('RESIDENT_ID_CARD', 'PASSPORT', 'HK_MACAO_PERMIT',
                                                   'TAIWAN_PERMIT', 'FOREIGN_PERMANENT_RESIDENT', 'BUSINESS_LICENSE')),
    id_number_enc        text,
    id_number_idx        text   check (id_number_idx ~ '^[0-9a-f]{64}$'),
    mobile_enc           text,
    mobile_idx           text   check (mobile_idx ~ '^[0-9a-f]{64}$'),
    email_enc            text,
    address_enc          text,
    occupation           text,
    customer_type        text   not null check (customer_type in ('INDIVIDUAL', 'CORPORATE')),
    risk_preference      text   check (risk_preference in ('CONSERVATIVE', 'MODERATELY_CONSERVATIVE', 'BALANCED',
                                                           'MODERATELY_AGGRESSIVE', 'AGGRESSIVE')),
    account_types        text[] not null default '{}',
    segment              text,
    value_tier           text,
    lifecycle_stage      text   check (lifecycle_stage in ('NEW', 'EXISTING', 'HIGH_NET_WORTH')),
    relationship_manager text,
    org_unit_id          bigint not null references org_unit (id),
    tags                 text[] not null default '{}',
    erased_at            timestamp with time zone,
    created_at           timestamp with time zone not null default now(),
    updated_at           timestamp with time zone not null default now(),
    version              int    not null default 0
);
create index customer_org_unit_idx on customer (org_unit_id);
create index customer_id_number_idx on customer (id_number_idx);
create index customer_mobile_idx on customer (mobile_idx);
create index customer_name_prefix_idx on customer (name text_pattern_ops);
