package org.kefu.complaint;

import org.kefu.cases.CaseKind;
import org.kefu.cases.CaseOpened;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every complaint case gets its complaint record in the transaction that accepts it, so an acknowledged
 * complaint is never without one (a plain listener on purpose, like the SLA's clocks). The record starts
 * uncoded, with the default channel code of the case's channel; the customer's language is the portal's
 * (zh-CN unless the customer wrote in English, set later by the handler).
 */
@Component
class ComplaintIntake {

    /** The first-level unit below head office that contains the unit, or head office itself. */
    static final String REGION_OF_UNIT = "coalesce((select r.id from org_unit r join org_unit h on h.id = r.parent_id"
            + " and h.parent_id is null where u.path like '%/' || r.id || '/%'),"
            + " (select h.id from org_unit h where h.parent_id is null))";

    private final JdbcClient jdbc;

    ComplaintIntake(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CaseOpened e) {
        if (e.kind() != CaseKind.COMPLAINT) {
            return;
        }
        jdbc.sql("insert into complaint_record (case_id, case_number, customer_number, org_unit_id, region_unit_id,"
                        + " accepted_on, channel_code, created_at, updated_at)"
                        + " select c.id, c.number, c.customer_number, c.org_unit_id, " + REGION_OF_UNIT + ","
                        + " (c.created_at at time zone 'Asia/Shanghai')::date,"
                        + " coalesce((select d.code from complaint_channel_default d where d.case_channel = c.channel),"
                        + " 'K-CH-99'), c.created_at, c.created_at"
                        + " from service_case c join org_unit u on u.id = c.org_unit_id where c.number = ?"
                        + " on conflict (case_id) do nothing")
                .param(e.number()).update();
    }
}
