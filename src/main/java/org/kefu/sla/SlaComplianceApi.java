package org.kefu.sla;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.kefu.platform.CurrentActor;
import org.kefu.platform.InvalidInputException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SLA compliance summary: of the clocks that stopped in the last {@code days} days in the caller's
 * scope, how many met their deadline, by policy and by unit (cases.supervise).
 */
@RestController
@Tag(name = "SLA compliance", description = "Met share of stopped clocks by policy and unit (cases.supervise)")
class SlaComplianceApi {

    private final ClockOutcomeStore outcomes;
    private final CurrentActor actor;
    private final Clock clock;

    SlaComplianceApi(ClockOutcomeStore outcomes, CurrentActor actor, Clock clock) {
        this.outcomes = outcomes;
        this.actor = actor;
        this.clock = clock;
    }

    record Summary(int days, List<ClockOutcomeStore.Share> byPolicy, List<ClockOutcomeStore.Share> byUnit) {
    }

    @GetMapping("/api/v1/sla/compliance")
    @Operation(summary = "Met share of the clocks that stopped in the last `days` days (1–366), by policy and unit")
    @Transactional(readOnly = true)
    Summary summary(@RequestParam(defaultValue = "30") int days) {
        if (days < 1 || days > 366) {
            throw new InvalidInputException("days", "out-of-range", "sla.field.amount");
        }
        Instant from = clock.instant().minus(Duration.ofDays(days));
        var scope = actor.get().scope();
        return new Summary(days, outcomes.byPolicy(scope, from), outcomes.byUnit(scope, from));
    }
}
