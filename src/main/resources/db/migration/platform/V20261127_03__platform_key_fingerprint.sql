-- A fingerprint of each encryption key the database has seen, so that Kefu refuses to start with a
-- different key under the same id (a lost and regenerated development keyring, a mistyped secret)
-- instead of writing data nobody can read back.
create table platform_key_fingerprint (
    key_id      text primary key,
    fingerprint text not null,
    first_seen  timestamp with time zone not null default now()
);
