-- Intent classifier versions: one row per training run, with its progress while it trains and the model
-- (a gzip of the classifier's own binary format) once it is ready. The newest ready row is the one in use.
create table knowledge_intent_model (
    id                bigint generated always as identity primary key,
    status            text not null default 'training' check (status in ('training', 'ready', 'failed')),
    stage             text not null default 'queued',
    progress          real not null default 0 check (progress between 0 and 1),
    requested_by      text not null,
    reason            text not null,
    utterances        integer,
    intents           integer,
    held_out_accuracy double precision,
    held_out_size     integer,
    threshold         double precision,
    temperature       double precision,
    model             bytea,
    model_bytes       integer,
    error             text,
    created_at        timestamptz not null default now(),
    finished_at       timestamptz,
    constraint knowledge_intent_model_ready check (status <> 'ready' or model is not null)
);

create index knowledge_intent_model_ready_idx on knowledge_intent_model (id desc) where status = 'ready';
