-- Channel systems (and staff personal tokens) call the API with a bearer key. Only a SHA-256 of the
-- key is stored: keys are long random strings, so a fast hash is enough and lookups stay indexed.
create table api_client (
    id            bigint generated always as identity primary key,
    name          text    not null unique check (name ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    kind          text    not null check (kind in ('CHANNEL', 'PERSONAL')),
    channel       text,
    org_unit_id   bigint  not null references org_unit (id),
    owner_user_id bigint  references app_user (id),
    key_prefix    text    not null,
    key_hash      text    not null unique,
    permissions   text[]  not null,
    created_by    text    not null,
    created_at    timestamp with time zone not null default now(),
    revoked_at    timestamp with time zone,
    revoked_by    text,
    last_used_at  timestamp with time zone,
    check ((kind = 'PERSONAL') = (owner_user_id is not null))
);
