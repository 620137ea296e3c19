package org.kefu.audit.chain;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chaining every {@code kefu.audit.chain-interval} and verification every {@code kefu.audit.verify-interval}. */
@Configuration(proxyBeanMethods = false)
class AuditChainConfiguration {

    @Bean
    Periodic auditChaining(Chainer chainer, @Value("${kefu.audit.chain-interval:200ms}") Duration interval) {
        return new Periodic("audit-chainer", interval, interval, chainer::chainPending);
    }

    /** The first run soon after start, so that the gauge is known without waiting a whole interval. */
    @Bean
    Periodic auditVerification(ChainMonitor monitor, @Value("${kefu.audit.verify-interval:1h}") Duration interval) {
        Duration first = interval.compareTo(Duration.ofMinutes(1)) < 0 ? interval : Duration.ofMinutes(1);
        return new Periodic("audit-verifier", first, interval, monitor::verifyAndReport);
    }
}
