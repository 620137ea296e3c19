package org.kefu.audit.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kefu.audit.AuditTrail;
import org.kefu.audit.chain.ChainMonitor;
import org.kefu.audit.chain.ChainVerification;
import org.springframework.stereotype.Component;

/** A verification someone asked for (page or API): run and reported like a scheduled one, and audited. */
@Component
class ManualVerification {

    private final ChainMonitor monitor;
    private final AuditTrail trail;

    ManualVerification(ChainMonitor monitor, AuditTrail trail) {
        this.monitor = monitor;
        this.trail = trail;
    }

    ChainVerification run() {
        ChainVerification result = monitor.verifyAndReport();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("intact", result.intact());
        summary.put("checked", result.checked());
        summary.put("unchained", result.unchained());
        if (!result.intact()) {
            summary.put("brokenAtSeq", result.firstBreak().chainSeq());
            summary.put("problem", result.firstBreak().problem().name());
        }
        var record = trail.record("audit.verify").summary(summary);
        if (result.intact()) {
            record.success();
        } else {
            record.failure();
        }
        return result;
    }
}
