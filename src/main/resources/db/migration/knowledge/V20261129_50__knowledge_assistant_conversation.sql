-- The assistant's conversations with customers (portal widget, channel systems) and their transcripts.
-- A conversation belongs to whoever started it (owner: "portal:<visitor token>", "api:<client>",
-- "staff:<user>"); its id is random so it cannot be guessed. It is idle-expired by time (last_at), not by
-- a job; ended_at is set when it is handed off to a human. Slots (card digits, mobile, case number while a
-- flow runs) are encrypted like other personal data; transcript texts are stored with digits masked.
create table knowledge_assistant_conversation (
    id           uuid        primary key,
    owner        text        not null,
    channel      text        not null check (channel in ('portal', 'api')),
    language     text        not null check (language in ('zh', 'en')),
    step         text        not null,
    slots_enc    text,
    failures     int         not null default 0,
    handed_off   boolean     not null default false,
    case_number  text,
    started_at   timestamptz not null,
    last_at      timestamptz not null,
    ended_at     timestamptz
);
create index knowledge_assistant_conversation_started_idx on knowledge_assistant_conversation (started_at);

create table knowledge_assistant_message (
    id              bigserial   primary key,
    conversation_id uuid        not null references knowledge_assistant_conversation (id),
    at              timestamptz not null,
    author          text        not null check (author in ('customer', 'assistant')),
    text            text        not null,
    kind            text,
    intent          text,
    confidence      double precision,
    article_id      bigint,
    helpful         boolean,
    rated_at        timestamptz
);
create index knowledge_assistant_message_conversation_idx on knowledge_assistant_message (conversation_id, id);
create index knowledge_assistant_message_rated_idx on knowledge_assistant_message (rated_at) where rated_at is not null;

-- Who may read the assistant's figures (containment, hand-offs, ratings).
insert into role_permission (role_code, permission) values
    ('supervisor', 'assistant.metrics.read'),
    ('manager', 'assistant.metrics.read'),
    ('administrator', 'assistant.metrics.read');
