package org.kefu.cases;

import java.math.BigDecimal;

/** The handling plan (方案): what will be done, how, by when, and at what fee to the customer. */
record CasePlan(String content, String method, String time, BigDecimal fee) {
}
