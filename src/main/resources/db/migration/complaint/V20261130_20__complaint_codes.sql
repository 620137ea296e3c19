-- Complaint coding lists (投诉分类编码): channel, business type and cause, each a tree, in zh-CN and en.
-- JR/T 0169-2018 defines the official lists; they are not in the sources this product was built from, so the
-- rows seeded below are PROVISIONAL LOCAL CODES (prefix K-), verified = false, to be replaced by the bank's
-- copy of the standard (CSV import on the codes page) and marked verified. Statistics warn while any counted
-- code is unverified. A code that was used is never deleted, only made inactive (decision 0025).
create table complaint_code (
    dimension   text    not null check (dimension in ('channel', 'business', 'cause')),
    code        text    not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9.-]{0,31}$'),
    parent_code text,
    name_zh     text    not null check (length(name_zh) between 1 and 100),
    name_en     text    not null check (length(name_en) between 1 and 100),
    position    int     not null default 0,
    active      boolean not null default true,
    verified    boolean not null default false,
    note        text,
    version     int     not null default 0,
    primary key (dimension, code),
    foreign key (dimension, parent_code) references complaint_code (dimension, code)
);

insert into complaint_code (dimension, code, name_zh, name_en, position, note) values
    ('channel', 'K-CH-01', '电话', 'Telephone', 1, 'verify against JR/T 0169-2018'),
    ('channel', 'K-CH-02', '营业网点', 'Branch counter', 2, 'verify against JR/T 0169-2018'),
    ('channel', 'K-CH-03', '网上及移动渠道', 'Online and mobile', 3, 'verify against JR/T 0169-2018'),
    ('channel', 'K-CH-04', '信函', 'Letter', 4, 'verify against JR/T 0169-2018'),
    ('channel', 'K-CH-05', '监管转办', 'Transferred by a regulator', 5, 'verify against JR/T 0169-2018'),
    ('channel', 'K-CH-99', '其他渠道', 'Other channel', 99, 'verify against JR/T 0169-2018'),
    ('business', 'K-BT-01', '存款业务', 'Deposits', 1, 'verify against JR/T 0169-2018'),
    ('business', 'K-BT-02', '银行卡业务', 'Bank cards', 2, 'verify against JR/T 0169-2018'),
    ('business', 'K-BT-03', '贷款业务', 'Loans', 3, 'verify against JR/T 0169-2018'),
    ('business', 'K-BT-04', '支付结算', 'Payments and settlement', 4, 'verify against JR/T 0169-2018'),
    ('business', 'K-BT-05', '理财及代销产品', 'Wealth and distributed products', 5, 'verify against JR/T 0169-2018'),
    ('business', 'K-BT-06', '电子银行', 'E-banking', 6, 'verify against JR/T 0169-2018'),
    ('business', 'K-BT-99', '其他业务', 'Other business', 99, 'verify against JR/T 0169-2018'),
    ('cause', 'K-CA-01', '收费定价', 'Fees and pricing', 1, 'verify against JR/T 0169-2018'),
    ('cause', 'K-CA-02', '服务态度及质量', 'Service attitude and quality', 2, 'verify against JR/T 0169-2018'),
    ('cause', 'K-CA-03', '产品信息披露', 'Product information disclosure', 3, 'verify against JR/T 0169-2018'),
    ('cause', 'K-CA-04', '交易差错', 'Transaction errors', 4, 'verify against JR/T 0169-2018'),
    ('cause', 'K-CA-05', '系统故障', 'System failure', 5, 'verify against JR/T 0169-2018'),
    ('cause', 'K-CA-06', '债务催收', 'Debt collection', 6, 'verify against JR/T 0169-2018'),
    ('cause', 'K-CA-07', '个人信息保护', 'Personal information', 7, 'verify against JR/T 0169-2018'),
    ('cause', 'K-CA-08', '营销宣传', 'Marketing and sales practice', 8, 'verify against JR/T 0169-2018'),
    ('cause', 'K-CA-99', '其他原因', 'Other cause', 99, 'verify against JR/T 0169-2018');

-- The channel code a complaint gets at intake from the case's channel, until an agent codes it.
create table complaint_channel_default (
    case_channel text primary key,
    code         text not null
);
insert into complaint_channel_default (case_channel, code) values
    ('phone', 'K-CH-01'), ('branch_counter', 'K-CH-02'), ('mobile_banking', 'K-CH-03'),
    ('web_banking', 'K-CH-03'), ('self_service_terminal', 'K-CH-02'), ('email', 'K-CH-03'),
    ('online_chat', 'K-CH-03'), ('wechat', 'K-CH-03'), ('letter', 'K-CH-04'),
    ('regulator_transfer', 'K-CH-05');
