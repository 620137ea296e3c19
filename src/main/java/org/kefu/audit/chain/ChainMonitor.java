package org.kefu.audit.chain;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.kefu.audit.AuditChainBroken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a verification and tells operations about a break, however it was started (schedule, page,
 * API): an ERROR log line with positions only, the gauge {@code kefu.audit.chain.intact} (1 intact,
 * 0 broken, -1 not verified since start) and an {@link AuditChainBroken} event for other modules.
 */
@Component
public class ChainMonitor {

    private static final Logger log = LoggerFactory.getLogger(ChainMonitor.class);

    private final ChainVerifier verifier;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final AtomicInteger intact = new AtomicInteger(-1);

    ChainMonitor(ChainVerifier verifier, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
                 MeterRegistry meters) {
        this.verifier = verifier;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        Gauge.builder("kefu.audit.chain.intact", intact, AtomicInteger::get)
                .description("1 if the last verification found the audit chain intact, 0 if broken, -1 before the first")
                .register(meters);
    }

    /**
     * One at a time on a node: a scheduled run that overlapped a manual one could otherwise report an
     * older state after a newer one.
     */
    public synchronized ChainVerification verifyAndReport() {
        ChainVerification result = verifier.verify();
        intact.set(result.intact() ? 1 : 0);
        if (result.intact()) {
            log.info("Audit chain intact: {} entries verified after chain_seq {}, {} not yet chained",
                    result.checked(), result.startSeq(), result.unchained());
            return result;
        }
        ChainBreak at = result.firstBreak();
        log.error("Audit chain BROKEN at chain_seq {} (entry {}): {}: {}", at.chainSeq(), at.entryId(), at.problem(),
                at.description());
        // In a transaction, so that listeners of other modules (@ApplicationModuleListener) receive it.
        transactions.executeWithoutResult(status -> events.publishEvent(
                new AuditChainBroken(at.entryId(), at.chainSeq(), at.problem().name(), result.verifiedAt())));
        return result;
    }
}
