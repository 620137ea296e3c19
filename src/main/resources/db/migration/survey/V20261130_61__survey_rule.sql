-- Which template a resolved case gets: its kind and channel (null channel = any channel; an exact channel
-- wins over "any"). A disabled rule sends nothing.
create table survey_rule (
    id          bigserial primary key,
    case_kind   text    not null,
    channel     text,
    template_id bigint  not null references survey_template (id),
    enabled     boolean not null default true
);

create unique index survey_rule_kind_channel_idx on survey_rule (case_kind, coalesce(channel, ''));
