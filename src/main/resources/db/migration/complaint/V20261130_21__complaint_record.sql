-- The complaint record (投诉登记): what a complaint case carries beyond the case itself. One row per case of
-- kind complaint, written in the intake transaction. org_unit_id, region_unit_id (the first-level branch, or
-- head office) and accepted_on (China date of intake) are copied here because the regulator statistics
-- group by them; they follow the case when it moves unit.
create table complaint_record (
    case_id             bigint      primary key references service_case (id),
    case_number         text        not null unique,
    customer_number     text,
    org_unit_id         bigint      not null references org_unit (id),
    region_unit_id      bigint      not null references org_unit (id),
    accepted_on         date        not null,
    channel_code        text        not null,
    business_code       text,
    cause_code          text,
    coded_by            text,
    coded_at            timestamptz,
    products            text[]      not null default '{}',
    amount_in_dispute   numeric(14, 2) check (amount_in_dispute >= 0),
    demand              text,
    media_attention     boolean     not null default false,
    regulator_reference text,
    jurisdiction        text,
    subject_staff       text,
    locale              text        not null default 'zh-CN' check (locale in ('zh-CN', 'en')),
    repeat_complaint    boolean     not null default false,
    outcome             text        check (outcome in ('upheld', 'partly_upheld', 'not_upheld')),
    decided_at          timestamptz,
    version             int         not null default 0,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    check ((business_code is null) = (cause_code is null)),
    check ((coded_at is null) = (cause_code is null))
);

create index complaint_record_period_idx on complaint_record (accepted_on, org_unit_id);
create index complaint_record_customer_idx on complaint_record (customer_number, accepted_on)
    where customer_number is not null;
create index complaint_record_subject_staff_idx on complaint_record (subject_staff) where subject_staff is not null;

-- Complaints accepted before this version get their record, uncoded, with the channel's default code.
insert into complaint_record (case_id, case_number, customer_number, org_unit_id, region_unit_id, accepted_on,
                              channel_code, created_at, updated_at)
select c.id, c.number, c.customer_number, c.org_unit_id,
       coalesce((select r.id from org_unit r
                 where r.parent_id is not null and u.path like '%/' || r.id || '/%'
                   and r.parent_id = (select h.id from org_unit h where h.parent_id is null)),
                (select h.id from org_unit h where h.parent_id is null)),
       (c.created_at at time zone 'Asia/Shanghai')::date,
       coalesce((select d.code from complaint_channel_default d where d.case_channel = c.channel), 'K-CH-99'),
       c.created_at, c.created_at
from service_case c join org_unit u on u.id = c.org_unit_id
where c.kind = 'complaint';
