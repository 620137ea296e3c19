package org.kefu.cases;

/** Where the case came in. */
public enum CaseChannel {
    PHONE, BRANCH_COUNTER, MOBILE_BANKING, WEB_BANKING, SELF_SERVICE_TERMINAL, EMAIL, ONLINE_CHAT, WECHAT, LETTER,
    REGULATOR_TRANSFER
}
