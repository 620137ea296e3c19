-- Survey templates and their questions. A template that has answers is locked (its questions no longer
-- change, so every stored answer keeps the question it answered); edit a copy instead. The version column
-- is the optimistic lock of the template and its questions together.
create table survey_template (
    id         bigserial primary key,
    code       text        not null unique check (code ~ '^[a-z0-9][a-z0-9_-]{1,49}$'),
    name_zh    text        not null,
    name_en    text        not null,
    active     boolean     not null default true,
    version    int         not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table survey_question (
    id          bigserial primary key,
    template_id bigint  not null references survey_template (id),
    position    int     not null check (position between 1 and 50),
    type        text    not null check (type in ('likert', 'yes_no', 'text')),
    text_zh     text    not null,
    text_en     text    not null,
    -- Scored types weigh in the CSI; free text is never scored.
    weight      numeric(6, 2) check ((type = 'text' and weight is null) or (type <> 'text' and weight > 0)),
    indicator   text check (indicator in ('timeliness', 'professionalism', 'attitude', 'process_completeness',
                                          'overall')),
    required    boolean not null default false,
    unique (template_id, position)
);
