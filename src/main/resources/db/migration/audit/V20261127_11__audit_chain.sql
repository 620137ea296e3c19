-- Where the hash chain ends: one row, locked by whichever node chains (see docs/decisions/0007).
create table audit_chain_head (
    id         smallint primary key check (id = 1),
    last_seq   bigint not null,
    last_hash  text   not null,
    updated_at timestamp with time zone not null default now()
);
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, repeat('0', 64));

-- One row per archive: entries up to chain_seq were moved to file_name and deleted, so the chain in
-- the database now continues from (chain_seq, chain_hash).
create table audit_chain_anchor (
    id          bigint generated always as identity primary key,
    chain_seq   bigint not null unique,
    chain_hash  text   not null,
    first_seq   bigint not null,
    entries     bigint not null check (entries > 0),
    cutoff      date   not null,
    file_name   text   not null,
    file_sha256 text   not null,
    reason      text   not null,
    archived_by text   not null,
    archived_at timestamp with time zone not null default now()
);
