package org.kefu.cases;

import static org.kefu.cases.CaseChannel.*;
import static org.kefu.cases.CaseKind.*;
import static org.kefu.cases.DemoCaseSteps.Stage;

import java.util.List;
import java.util.Set;

/**
 * The demo cases: who opens each (an agent, or a unit's channel when {@code owner} is null), about what,
 * for which demo customer of the unit (Beijing 1, 4, 7…; Haidian 2, 5, 8…; Shanghai 3, 6, 9…), and where
 * it ends up. {@link DemoCases} links #6 with #28 and #3 with #9, and merges {@link #DUPLICATE} into #4.
 */
final class DemoCaseScripts {

    record Script(String owner, String unit, CaseKind kind, CaseChannel channel, String category, String subject,
                  String description, Set<CaseFlag> flags, String customer, Stage stage) {
    }

    private DemoCaseScripts() {
    }

    private static Script s(String owner, String unit, CaseKind kind, CaseChannel channel, String category,
                            String subject, String description, int customer, Stage stage, CaseFlag... flags) {
        return new Script(owner, unit, kind, channel, category, subject, description, Set.of(flags),
                "C%010d".formatted(customer), stage);
    }

    static final List<Script> ALL = List.of(
            s("agent.bj", "BJ", COMPLAINT, BRANCH_COUNTER, "fees", "跨行转账手续费争议",
                    "客户认为跨行转账手续费收取标准与宣传不一致", 1, Stage.ARCHIVED),
            s("agent.bj", "BJ", CONSULTATION, PHONE, "cards.credit-limit", "信用卡临时额度咨询",
                    "客户出国旅行前希望临时提高信用卡额度", 4, Stage.FOLLOWED_UP),
            s("agent.bj", "BJ", SERVICE_REQUEST, MOBILE_BANKING, "e-banking.login", "手机银行登录失败",
                    "更换手机后无法登录手机银行，提示设备未绑定", 7, Stage.IN_PROGRESS),
            s("agent.bj", "BJ", COMPLAINT, PHONE, "service-attitude", "网点排队时间过长",
                    "客户周六上午在网点等候超过一小时", 10, Stage.AWAITING_REVIEW),
            s("agent.bj", "BJ", SERVICE_REQUEST, BRANCH_COUNTER, "accounts.opening", "开立个人结算账户",
                    "客户需开立二类账户用于工资理财", 13, Stage.PLANNED),
            s("agent.bj", "BJ", INCIDENT_REPORT, PHONE, "cards.lost", "信用卡疑似被盗刷",
                    "客户收到境外消费短信，本人未消费", 16, Stage.WAITING_FOR_THIRD_PARTY, CaseFlag.FUND_LOSS),
            s("agent.bj", "BJ", CONSULTATION, WECHAT, "wealth", "理财产品到期赎回",
                    "客户询问理财产品到期后资金到账时间", 19, Stage.ACCEPTED),
            s("agent.bj", "BJ", SERVICE_REQUEST, PHONE, "payments", "跨境汇款到账查询",
                    "汇往香港的款项三天未到账", 22, Stage.HANDOVER_TO_PERSON),
            s("agent.bj", "BJ", SUGGESTION, WEB_BANKING, "e-banking", "网银增加夜间模式",
                    "客户建议网上银行增加深色显示模式", 25, Stage.RESOLVED),
            s("agent.bj", "BJ", COMPLAINT, LETTER, "wealth.mis-selling", "理财产品销售不当",
                    "客户来信称购买时未被告知产品风险等级", 28, Stage.REOPENED, CaseFlag.MEDIA_OR_REGULATOR_ATTENTION),
            s("supervisor.bj", "BJ", COMPLAINT, REGULATOR_TRANSFER, "fees", "监管转办：账户管理费投诉",
                    "监管部门转来客户关于小额账户管理费的投诉", 31, Stage.IN_PROGRESS),
            s("supervisor.bj", "BJ", SERVICE_REQUEST, BRANCH_COUNTER, "loans.mortgage", "房贷提前还款申请",
                    "客户申请提前归还部分房贷本金", 34, Stage.WAITING_FOR_CUSTOMER),
            s("supervisor.bj", "BJ", PRAISE, PHONE, "service-attitude", "表扬大堂经理",
                    "客户来电表扬大堂经理耐心协助老人办理业务", 1, Stage.ARCHIVED),
            s("agent.hd", "BJ-HD", CONSULTATION, BRANCH_COUNTER, "loans.mortgage", "房贷利率调整咨询",
                    "客户询问存量房贷利率调整的时间和方式", 2, Stage.RESOLVED),
            s("agent.hd", "BJ-HD", SERVICE_REQUEST, PHONE, "accounts.frozen", "账户被冻结",
                    "老年客户账户因长期未使用被冻结", 5, Stage.IN_PROGRESS, CaseFlag.VULNERABLE_CUSTOMER),
            s("agent.hd", "BJ-HD", COMPLAINT, ONLINE_CHAT, "e-banking.login", "短信验证码收不到",
                    "客户多次无法收到网银登录短信验证码", 8, Stage.AWAITING_REVIEW),
            s("agent.hd", "BJ-HD", SERVICE_REQUEST, BRANCH_COUNTER, "cards.lost", "借记卡挂失补卡",
                    "客户借记卡遗失，需挂失并补办新卡", 11, Stage.FOLLOWED_UP),
            s("agent.hd", "BJ-HD", CONSULTATION, PHONE, "other", "营业时间咨询",
                    "客户询问节假日网点营业时间", 14, Stage.CANCELLED),
            s("agent.hd", "BJ-HD", SERVICE_REQUEST, BRANCH_COUNTER, "accounts", "更新预留手机号",
                    "客户更换手机号码，需更新账户预留信息", 17, Stage.WAITING_FOR_CUSTOMER),
            s("agent.sh", "SH", COMPLAINT, PHONE, "cards.credit-limit", "信用卡额度被降低",
                    "客户信用卡额度未经通知被降低", 3, Stage.ARCHIVED),
            s("agent.sh", "SH", CONSULTATION, MOBILE_BANKING, "wealth", "基金定投设置",
                    "客户咨询如何在手机银行设置基金定投", 6, Stage.PLANNED),
            s("agent.sh", "SH", SERVICE_REQUEST, PHONE, "payments", "代发工资未到账",
                    "企业代发工资客户本月工资未到账", 9, Stage.WAITING_FOR_THIRD_PARTY),
            s("agent.sh", "SH", INCIDENT_REPORT, PHONE, "information-security", "疑似钓鱼短信",
                    "客户收到冒充本行的积分兑换链接短信", 12, Stage.IN_PROGRESS, CaseFlag.ACCOUNT_SECURITY),
            s("agent.sh", "SH", SERVICE_REQUEST, BRANCH_COUNTER, "accounts.opening", "个人账户销户",
                    "客户移居外地，申请注销个人账户", 15, Stage.ACCEPTED),
            s("agent.sh", "SH", COMPLAINT, EMAIL, "fees", "信用卡年费扣收异议",
                    "客户认为已满足免年费条件仍被扣收年费", 18, Stage.RESOLVED),
            s("agent.sh", "SH", SERVICE_REQUEST, WEB_BANKING, "e-banking", "电子回单下载",
                    "客户无法下载去年的电子回单", 21, Stage.HANDOVER_TO_QUEUE),
            s(null, "BJ", CONSULTATION, MOBILE_BANKING, "wealth", "理财收益查询",
                    "客户通过手机银行询问理财产品实际收益", 34, Stage.QUEUED),
            s(null, "BJ", SERVICE_REQUEST, MOBILE_BANKING, "cards.lost", "手机银行挂失信用卡",
                    "客户通过手机银行提交信用卡挂失，需人工确认", 16, Stage.QUEUED),
            s(null, "SH", CONSULTATION, WECHAT, "other", "积分兑换咨询",
                    "客户通过微信询问信用卡积分兑换规则", 24, Stage.QUEUED),
            s(null, "BJ-HD", CONSULTATION, ONLINE_CHAT, "fees", "短信通知服务费",
                    "客户询问短信通知服务费的收费标准", 20, Stage.QUEUED));

    /** A second complaint about the same wait, merged into #4. */
    static final Script DUPLICATE = s("agent.bj", "BJ", COMPLAINT, PHONE, "service-attitude", "网点排队时间过长（再次来电）",
            "同一客户就同一事项再次来电", 10, Stage.ACCEPTED);
}
