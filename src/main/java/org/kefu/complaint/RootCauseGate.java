package org.kefu.complaint;

import org.kefu.cases.ResolutionGate;
import org.kefu.platform.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every closed complaint has its root cause (溯源, R3.4 "找出问题根源"): a complaint case may be resolved before
 * the analysis is done, but it is not archived without a root-cause category. Nothing is asked of other kinds.
 */
@Component
class RootCauseGate implements ResolutionGate {

    private final JdbcClient jdbc;

    RootCauseGate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void beforeResolve(long caseId) {
    }

    @Override
    public boolean needsSignOff(long caseId) {
        return false;
    }

    @Override
    public void beforeArchive(long caseId) {
        boolean missing = jdbc.sql("select exists (select 1 from complaint_record r where r.case_id = ?"
                        + " and not exists (select 1 from complaint_root_cause c where c.case_id = r.case_id))")
                .param(caseId).query(Boolean.class).single();
        if (missing) {
            throw new ConflictException("complaint.analysis.root-cause.required").with("missing", "rootCause");
        }
    }

    /** The demo's archived complaints were analysed too: a process cause, marked as demo data. */
    @Override
    public void satisfyForDemo(long caseId, String handler) {
        jdbc.sql("insert into complaint_root_cause (case_id, category, analysis, recorded_by, recorded_at)"
                        + " select case_id, 'process', '演示数据 / demo data', ?, now() from complaint_record"
                        + " where case_id = ? on conflict (case_id) do nothing")
                .params(handler, caseId).update();
    }
}
