package org.kefu.cases;

/** Facts about a case that raise its priority (R2.4). */
public enum CaseFlag {
    ACCOUNT_SECURITY, FUND_LOSS, VULNERABLE_CUSTOMER, MEDIA_OR_REGULATOR_ATTENTION, MASS_IMPACT
}
