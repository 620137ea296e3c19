-- The organisation tree: head office → branches → sub-branches, plus departments anywhere.
-- path holds the ids from the root down to the unit itself ('/1/4/9/'), so "this unit and everything
-- below it" is one indexed prefix match, and a move rewrites the prefix of the subtree.
create table org_unit (
    id         bigint generated always as identity primary key,
    code       text        not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{0,31}$'),
    type       text        not null check (type in ('HEAD_OFFICE', 'BRANCH', 'SUB_BRANCH', 'DEPARTMENT')),
    parent_id  bigint      references org_unit (id),
    path       text        not null,
    name_zh    text        not null check (length(name_zh) between 1 and 100),
    name_en    text        not null check (length(name_en) between 1 and 100),
    version    int         not null default 0,
    created_at timestamp with time zone not null default now(),
    check ((type = 'HEAD_OFFICE') = (parent_id is null))
);
create index org_unit_path_idx on org_unit (path text_pattern_ops);
create index org_unit_parent_idx on org_unit (parent_id);
create unique index org_unit_single_head_office on org_unit ((true)) where parent_id is null;
