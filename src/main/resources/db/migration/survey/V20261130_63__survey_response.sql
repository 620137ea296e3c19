-- The customer's answers: one response per case (unique), one row per answered question. Scores are kept
-- as given (1-5, yes/no); metrics compute from them.
create table survey_response (
    id             bigserial primary key,
    invitation_id  bigint      not null unique references survey_invitation (id),
    case_id        bigint      not null unique,
    template_id    bigint      not null references survey_template (id),
    locale         text        not null,
    submitted_at   timestamptz not null,
    -- The follow-up case a low score opened (the closed loop), set once.
    follow_up_case text
);

create index survey_response_submitted_idx on survey_response (submitted_at);

create table survey_answer (
    response_id bigint not null references survey_response (id),
    question_id bigint not null references survey_question (id),
    score       int check (score between 0 and 5),
    text        text check (length(text) <= 2000),
    primary key (response_id, question_id),
    check (score is not null or text is not null)
);
