-- A blind index of the recipient (HMAC, like the customer's mobile index), so that a person's messages can
-- be found and purged on erasure without decrypting the whole outbox. Rows written before this migration
-- have none: the first erasure decrypts those once and fills it in. 'erased' marks purged rows.
alter table notification_message add column recipient_index text;
create index notification_message_recipient_idx on notification_message (recipient_index)
    where recipient_index is not null;
