-- Letters to the complainant (decision 0026): acceptance, extension notice, decision. The variables are frozen
-- at issue (the customer's name encrypted inside them), so a letter downloaded again renders byte for byte the
-- same even after the record or the settings changed; sha256 is the digest of the PDF as issued.
-- One letter per case and kind, except extensions: one per extension of the regulatory clock.
create table complaint_letter (
    id           bigint      generated always as identity primary key,
    case_id      bigint      not null references complaint_record (case_id),
    kind         text        not null check (kind in ('acceptance', 'extension', 'decision')),
    extension_id bigint,
    locale       text        not null check (locale in ('zh-CN', 'en')),
    variables    jsonb       not null,
    issued_at    timestamptz not null,
    issued_by    text        not null,
    sha256       text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    check ((kind = 'extension') = (extension_id is not null))
);

create unique index complaint_letter_once_idx on complaint_letter (case_id, kind) where kind <> 'extension';
create unique index complaint_letter_extension_idx on complaint_letter (case_id, extension_id)
    where kind = 'extension';
