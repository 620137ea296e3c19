-- Case attachments: the metadata row names the case, the sanitised file name, what the uploader declared
-- and what the content really is, its size and SHA-256; the bytes live in their own table, one row per
-- attachment, so case reads never drag them along and a backup or transaction covers both together.
create table case_attachment_content (
    storage_key text  primary key,
    content     bytea not null
);
-- PDFs, images and OOXML files are compressed already: do not let TOAST try again.
alter table case_attachment_content alter column content set storage external;

create table case_attachment (
    id            bigserial   primary key,
    case_id       bigint      not null references service_case (id),
    file_name     text        not null,
    declared_type text,
    sniffed_type  text        not null,
    size          bigint      not null check (size > 0),
    sha256        text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key   text        not null unique references case_attachment_content (storage_key),
    uploaded_by   text        not null,
    uploaded_at   timestamptz not null
);

create index case_attachment_case_idx on case_attachment (case_id, id);
