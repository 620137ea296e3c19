-- One invitation per case: the token's HMAC only (the token itself is in the customer's message and nowhere
-- else), the case's facts at resolution (metrics group and scope by them without reading the cases tables)
-- and how it was sent. A resend replaces token_hash and expires_at and counts up resends.
create table survey_invitation (
    id           bigserial primary key,
    case_id      bigint      not null unique,
    case_number  text        not null unique,
    case_kind    text        not null,
    case_channel text        not null,
    org_unit_id  bigint      not null references org_unit (id),
    agent        text,
    template_id  bigint      not null references survey_template (id),
    locale       text        not null check (locale in ('zh-CN', 'en')),
    sent_via     text        not null check (sent_via in ('email', 'sms', 'portal')),
    token_hash   text        not null unique,
    expires_at   timestamptz not null,
    used_at      timestamptz,
    resends      int         not null default 0,
    sent_at      timestamptz not null,
    updated_at   timestamptz not null
);

create index survey_invitation_sent_idx on survey_invitation (sent_at, org_unit_id);
