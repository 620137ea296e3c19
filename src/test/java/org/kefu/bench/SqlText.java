package org.kefu.bench;

/**
 * The generator's SQL. Distributions (per case): unit BJ 40 %, BJ-HD 25 %, SH 30 %, HQ 5 %; kind
 * consultation 45 %, service request 30 %, complaint 12 %, incident 5 %, suggestion 5 %, praise 3 %;
 * priority P1 2 %, P2 8 %, P3 40 %, P4 50 %; 85 % name a generated customer, 15 % an anonymous contact;
 * status by age: older than 45 days mostly archived, 3–45 days mostly resolved / followed up / archived,
 * the last two days mostly open. Numbers are per day in order of creation, as Kefu gives them.
 */
final class SqlText {

    private SqlText() {
    }

    /** Parameters: days (date[]), cases per day (int[]), today, first customer number, customers, contacts. */
    static final String CASES = """
            with x as (
              select d.day, d.n, g, random() ru, random() rk, random() rch, random() rp, random() rs, random() rc,
                     random() rcat, random() rt, random() rcust, random() rres, random() rown, random() rf
              from unnest(?::date[], ?::int[]) d(day, n) cross join generate_series(1, d.n) g
            ), y as (
              select x.*,
                ((x.day + time '08:00') at time zone 'Asia/Shanghai') + ((g - 1 + rt) * interval '12 hours' / n) created,
                ?::date - x.day age,
                case when ru < 0.40 then 'BJ' when ru < 0.65 then 'BJ-HD' when ru < 0.95 then 'SH' else 'HQ' end unit,
                case when rk < 0.45 then 'consultation' when rk < 0.75 then 'service_request' when rk < 0.87 then 'complaint'
                     when rk < 0.92 then 'incident_report' when rk < 0.97 then 'suggestion' else 'praise' end kind,
                case when rch < 0.35 then 'phone' when rch < 0.55 then 'mobile_banking' when rch < 0.70 then 'branch_counter'
                     when rch < 0.80 then 'online_chat' when rch < 0.88 then 'wechat' when rch < 0.93 then 'web_banking'
                     when rch < 0.96 then 'email' when rch < 0.98 then 'self_service_terminal' when rch < 0.99 then 'letter'
                     else 'regulator_transfer' end channel,
                case when rp < 0.02 then 'P1' when rp < 0.10 then 'P2' when rp < 0.50 then 'P3' else 'P4' end priority,
                case when rcust < 0.85 then 'C' || lpad((? + floor(rcust / 0.85 * ?))::bigint::text, 10, '0') end customer
              from x
            ), z as (
              select y.*,
                case when age > 45 then case when rs < 0.90 then 'archived' when rs < 0.95 then 'followed_up' else 'cancelled' end
                     when age > 2 then case when rs < 0.35 then 'archived' when rs < 0.60 then 'followed_up'
                       when rs < 0.85 then 'resolved' when rs < 0.93 then 'in_progress' when rs < 0.97 then 'waiting_for_customer'
                       else 'cancelled' end
                     else case when rs < 0.35 then 'accepted' when rs < 0.55 then 'planned' when rs < 0.85 then 'in_progress'
                       when rs < 0.92 then 'waiting_for_customer' when rs < 0.96 then 'waiting_for_third_party'
                       else 'resolved' end end status,
                case unit when 'BJ' then case when rown < 0.7 then 'agent.bj' else 'supervisor.bj' end
                          when 'BJ-HD' then 'agent.hd' when 'SH' then 'agent.sh' else 'manager.hq' end staff
              from y
            )
            insert into service_case (number, kind, channel, category_code, subject, description, priority, flags,
              customer_number, contact_name_enc, contact_mobile_enc, contact_email_enc, org_unit_id, owner, status,
              resolution, archive_summary, cancel_reason, version, created_by, created_at, updated_at, resolved_at,
              first_response_at)
            select 'KF-' || to_char(z.day, 'YYYYMMDD') || '-' || lpad(g::text, 6, '0'), kind, channel,
              (array['accounts.opening', 'accounts.frozen', 'cards.credit-limit', 'cards.lost', 'loans.mortgage',
                     'wealth.mis-selling', 'payments', 'e-banking.login', 'fees', 'service-attitude',
                     'information-security', 'other'])[1 + floor(rcat * 12)::int],
              (array['信用卡额度调整', '手机银行无法登录', '转账未到账', '理财产品赎回咨询', '银行卡挂失',
                     '房贷提前还款', '网点服务态度', '短信验证码收不到', '账户被冻结', '年费扣收疑问'])[1 + floor(rcat * 10)::int],
              '客户来电反映：' || (array['希望尽快处理', '已多次联系未果', '请回电说明', '要求书面答复'])[1 + floor(rt * 4)::int]
                || '（第 ' || g || ' 件）',
              priority, case when rf < 0.02 then '{fund_loss}' when rf < 0.03 then '{account_security}' else '{}' end::text[],
              customer, bc.name_enc, bc.mobile_enc, bc.email_enc, o.id,
              case when status = 'accepted' and channel in ('mobile_banking', 'web_banking', 'wechat') then null else staff end,
              status,
              case when status in ('resolved', 'followed_up', 'archived') then '已按客户诉求处理并答复' end,
              case when status = 'archived' then '处理完毕，客户满意' end,
              case when status = 'cancelled' then '客户撤回' end,
              case when status = 'accepted' then 0 else 3 end,
              case when channel in ('mobile_banking', 'web_banking', 'wechat') then 'demo-mobile-app' else staff end,
              created,
              case when status in ('resolved', 'followed_up', 'archived') then created + rres * interval '4 days'
                   else created + rres * interval '2 hours' end,
              case when status in ('resolved', 'followed_up', 'archived') then created + rres * interval '3 days' end,
              case when status <> 'accepted' then created + rres * interval '2 hours' end
            from z join org_unit o on o.code = z.unit
              left join bench_contact bc on z.customer is null and bc.i = floor(rc * ?)::int
            """;

    /** Parameter: the first day (China time) whose cases get timeline entries. */
    static final String TIMELINE = """
            insert into case_entry (case_id, at, actor, type, from_status, to_status, text, visible_to_customer)
            select id, created_at, created_by, 'opened', null, 'accepted', null, false
              from service_case where created_at >= (?::date + time '00:00') at time zone 'Asia/Shanghai'
            union all
            select id, first_response_at, coalesce(owner, created_by), 'start', 'accepted', status, null, false
              from service_case where created_at >= (?::date + time '00:00') at time zone 'Asia/Shanghai'
                and status <> 'accepted' and first_response_at is not null
            """;
}
