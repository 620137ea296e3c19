package org.kefu.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests about something else that resolve a complaint: records the coding and a decision without
 * compensation, which the complaint module requires before a complaint may be resolved.
 */
public final class ComplaintPrerequisites {

    private ComplaintPrerequisites() {
    }

    public static void codedAndDecided(JdbcClient jdbc, String caseNumber) {
        jdbc.sql("update complaint_record set business_code = 'K-BT-99', cause_code = 'K-CA-02', coded_by = 'test',"
                + " coded_at = now(), outcome = 'not_upheld', decided_at = now(), version = version + 1"
                + " where case_number = ?").param(caseNumber).update();
        jdbc.sql("insert into complaint_decision (case_id, outcome, remedy, compensation, compensation_state,"
                + " decided_by, decided_at) select case_id, 'not_upheld', '已解释', 0, 'none', 'test', now()"
                + " from complaint_record where case_number = ? on conflict (case_id) do nothing")
                .param(caseNumber).update();
    }

    /** The root cause (溯源) the complaint module requires before a complaint is archived. */
    public static void rootCauseRecorded(JdbcClient jdbc, String caseNumber) {
        jdbc.sql("insert into complaint_root_cause (case_id, category, analysis, recorded_by, recorded_at)"
                + " select case_id, 'process', '收费标准说明不清', 'test', now() from complaint_record"
                + " where case_number = ? on conflict (case_id) do nothing").param(caseNumber).update();
    }
}
