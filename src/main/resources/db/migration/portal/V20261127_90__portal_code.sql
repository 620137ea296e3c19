-- One-time codes with which a customer opens their case in the portal. Only a keyed hash of the code is
-- stored (HMAC with the blind-index key, which is not in the database): six digits are a million values,
-- so a plain hash in a dump would be reversed in a second. A code is 'active' until it is used, replaced
-- by a newer one, expired, or killed by five wrong attempts.
create table portal_code (
    id          bigserial primary key,
    case_number text        not null,
    code_hash   text        not null,
    status      text        not null default 'active'
        check (status in ('active', 'used', 'superseded', 'expired', 'dead')),
    attempts    int         not null default 0,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);

-- "Codes of this case in the last hour" and "the case's active code" both read this index.
create index portal_code_case_idx on portal_code (case_number, created_at desc);
