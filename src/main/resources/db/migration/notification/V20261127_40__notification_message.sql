-- The notification outbox: a row is written in the transaction of the business change that causes it,
-- so a rolled-back change never sends anything. The dispatcher claims due rows with FOR UPDATE SKIP
-- LOCKED. recipient and variables hold FieldCipher envelopes (personal data, one-time codes).
create table notification_message (
    id              bigserial primary key,
    channel         text        not null check (channel in ('EMAIL', 'SMS', 'APP_PUSH', 'IN_APP')),
    recipient       text        not null,
    -- staff user name for IN_APP messages only (not customer data), so the bell can count them
    staff_username  text,
    template_key    text        not null,
    locale          text        not null check (locale in ('zh-CN', 'en')),
    variables       text        not null,
    correlation     text,
    status          text        not null default 'QUEUED' check (status in ('QUEUED', 'SENT', 'DELIVERED', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamp with time zone not null default now(),
    failure_reason  text,
    created_at      timestamp with time zone not null default now(),
    sent_at         timestamp with time zone,
    delivered_at    timestamp with time zone,
    failed_at       timestamp with time zone,
    read_at         timestamp with time zone
);
create index notification_message_due_idx on notification_message (next_attempt_at) where status = 'QUEUED';
create index notification_message_staff_idx on notification_message (staff_username, created_at desc)
    where staff_username is not null;
create index notification_message_correlation_idx on notification_message (correlation);
