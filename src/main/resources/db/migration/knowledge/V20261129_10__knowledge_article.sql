-- Knowledge articles (R4.3). The article row holds the working copy that editors change (draft, in review)
-- and points at the version that is served; every publication is a new row of knowledge_article_version,
-- kept with who wrote, submitted and approved it. Articles are bank-wide: no org unit.
create table knowledge_article (
    id              bigint generated always as identity primary key,
    slug            text        not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,79}$'),
    language        text        not null check (language in ('ZH', 'EN')),
    owner           text        not null,
    status          text        not null check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETIRED')),
    row_version     int         not null default 0,
    served_version  int,
    title           text        not null check (length(title) between 1 and 200),
    body            text        not null check (length(body) between 1 and 20000),
    category        text        not null check (category ~ '^[a-z][a-z0-9-]{1,39}$'),
    tags            text[]      not null default '{}',
    products        text[]      not null default '{}',
    audience        text        not null check (audience in ('INTERNAL', 'CUSTOMERS')),
    effective_from  timestamp with time zone not null,
    expires_at      timestamp with time zone,
    intent          text check (intent ~ '^[a-z][a-z0-9_]{1,59}$'),
    utterances_zh   text[]      not null default '{}',
    utterances_en   text[]      not null default '{}',
    created_by      text        not null,
    created_at      timestamp with time zone not null default now(),
    edited_by       text        not null,
    updated_at      timestamp with time zone not null default now(),
    submitted_by    text,
    review_comment  text,
    check (expires_at is null or expires_at > effective_from)
);
create index knowledge_article_status_idx on knowledge_article (status, updated_at desc);

create table knowledge_article_version (
    article_id      bigint      not null references knowledge_article (id),
    version_no      int         not null,
    title           text        not null,
    body            text        not null,
    category        text        not null,
    tags            text[]      not null,
    products        text[]      not null,
    audience        text        not null,
    effective_from  timestamp with time zone not null,
    expires_at      timestamp with time zone,
    intent          text,
    utterances_zh   text[]      not null,
    utterances_en   text[]      not null,
    edited_by       text        not null,
    submitted_by    text        not null,
    approved_by     text        not null,
    approved_at     timestamp with time zone not null,
    retired_by      text,
    retired_at      timestamp with time zone,
    primary key (article_id, version_no),
    -- maker-checker also in the database: nobody approves what they wrote or submitted
    check (approved_by <> edited_by and approved_by <> submitted_by)
);
