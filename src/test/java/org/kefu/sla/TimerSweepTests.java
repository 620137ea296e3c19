package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefu.sla.EscalationFixtures.deadline;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.OrgUnits;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Batches and failures: one timer whose step keeps failing does not hold back the others of its batch; it
 * is put off, doubling, and given up after {@link TimerSweep#MAX_ATTEMPTS}; an unreadable timer is dropped;
 * a case being edited holds back only its own timers; steps of one case in one batch see each other's changes.
 */
@KefuTest
class TimerSweepTests {

    @Autowired
    TimerSweep sweep;
    @Autowired
    DeadlineTimers timers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    DataSource dataSource;

    @Test
    void aFailingStepIsPutOffAndFinallyGivenUpWhileTheRestOfItsBatchFires() throws Exception {
        EscalationFixtures org = new EscalationFixtures(orgUnits, staff, mvc, jdbc);
        EscalationFixtures.OpenedCase fine = org.openCase();
        EscalationFixtures.OpenedCase poisoned = org.openCase();
        EscalationFixtures.OpenedCase alsoFine = org.openCase();
        Instant due = Instant.now().minusSeconds(1);
        for (EscalationFixtures.OpenedCase c : List.of(fine, poisoned, alsoFine)) {
            timers.arm(deadline(c, due, List.of(), "", false));
        }
        // The database refuses the poisoned case's step log: the batch fails as a whole.
        jdbc.sql("create function test_poison() returns trigger language plpgsql as $$ begin"
                + " if new.case_id = " + poisoned.id() + " then raise exception 'poisoned'; end if; return new; end $$")
                .update();
        jdbc.sql("create trigger test_poison before insert on sla_escalation_step for each row execute function test_poison()")
                .update();
        try {
            Instant before = Instant.now();
            sweepUntilNothingIsDue();

            assertThat(org.steps(fine.id())).containsExactly("breach");
            assertThat(org.steps(alsoFine.id())).containsExactly("breach");
            assertThat(org.steps(poisoned.id())).isEmpty();
            assertThat(org.level(poisoned.id())).as("no chain row: it rolled back with the step").isEqualTo(-1);
            assertThat(attempts(poisoned.id())).isEqualTo(1);
            assertThat(dueAt(poisoned.id())).isBetween(before.plusSeconds(29), Instant.now().plusSeconds(31));
            // Re-arming the unchanged deadline (every case edit does) leaves the put-off timer as it is.
            timers.arm(deadline(poisoned, due, List.of(), "", false));
            assertThat(attempts(poisoned.id())).isEqualTo(1);
            assertThat(dueAt(poisoned.id())).isAfter(before.plusSeconds(29));

            for (int attempt = 2; attempt < TimerSweep.MAX_ATTEMPTS; attempt++) {
                jdbc.sql("update sla_timer set due_at = now() where case_id = ?").param(poisoned.id()).update();
                sweepUntilNothingIsDue();
                assertThat(attempts(poisoned.id())).isEqualTo(attempt);
                assertThat(Duration.between(Instant.now(), dueAt(poisoned.id())))
                        .as("put off 30 s, doubling").isGreaterThan(Duration.ofSeconds(30L << (attempt - 1)).minusSeconds(2));
            }
            jdbc.sql("update sla_timer set due_at = now() where case_id = ?").param(poisoned.id()).update();
            sweepUntilNothingIsDue();
            assertThat(org.timersOf(poisoned.id())).as("given up after the last attempt").isZero();
            assertThat(org.steps(poisoned.id())).isEmpty();
        } finally {
            jdbc.sql("drop trigger test_poison on sla_escalation_step").update();
            jdbc.sql("drop function test_poison()").update();
        }
    }

    @Test
    void anUnreadableTimerIsDroppedAndTheOthersFire() throws Exception {
        EscalationFixtures org = new EscalationFixtures(orgUnits, staff, mvc, jdbc);
        EscalationFixtures.OpenedCase c = org.openCase();
        timers.arm(deadline(c, Instant.now().minusSeconds(1), List.of(), "", false));
        jdbc.sql("insert into sla_timer (id, case_id, clock, due_at, data) values (?, ?, 'resolution', now(), 'garbage')")
                .params(c.id() + "/resolution/1/breach", c.id()).update();

        sweepUntilNothingIsDue();

        assertThat(org.steps(c.id())).containsExactly("breach");
        assertThat(jdbc.sql("select id from sla_timer where case_id = ?").param(c.id()).query(String.class).list())
                .as("the unreadable timer dropped, the next level armed").singleElement()
                .matches(id -> id.endsWith("/level-2"));
    }

    @Test
    void aCaseBeingEditedHoldsBackOnlyItsOwnTimerWhichFiresOnceTheEditCommits() throws Exception {
        EscalationFixtures org = new EscalationFixtures(orgUnits, staff, mvc, jdbc);
        EscalationFixtures.OpenedCase busy = org.openCase();
        EscalationFixtures.OpenedCase other = org.openCase();
        Instant due = Instant.now().minusSeconds(1);
        timers.arm(deadline(busy, due, List.of(), "", false));
        timers.arm(deadline(other, due, List.of(), "", false));
        try (Connection editing = dataSource.getConnection()) {
            editing.setAutoCommit(false);
            try (Statement lock = editing.createStatement()) {
                lock.execute("select id from service_case where id = " + busy.id() + " for no key update");
            }
            CompletableFuture<Void> swept = CompletableFuture.runAsync(this::sweepUntilNothingIsDue);
            swept.get(10, TimeUnit.SECONDS); // does not wait for the edit
            assertThat(org.steps(other.id())).containsExactly("breach");
            assertThat(org.steps(busy.id())).isEmpty();
            assertThat(org.timersOf(busy.id())).as("its timer stays due").isEqualTo(1);
            editing.rollback();
        }
        sweepUntilNothingIsDue();
        assertThat(org.steps(busy.id())).containsExactly("breach");
    }

    @Test
    void aWarningAfterAReassigningBreachOfTheSameCaseInOneBatchGoesToTheNewOwner() throws Exception {
        EscalationFixtures org = new EscalationFixtures(orgUnits, staff, mvc, jdbc);
        EscalationFixtures.OpenedCase c = org.openCase();
        Instant now = Instant.now();
        timers.arm(new CaseDeadline(c.id(), c.number(), "first_response", now.minusSeconds(60), now.minusSeconds(2),
                List.of(), "", 1, true));
        timers.arm(new CaseDeadline(c.id(), c.number(), "resolution", now.minusSeconds(60), now.plusSeconds(3600),
                List.of(now.minusSeconds(1)), "", 1, true));

        sweepUntilNothingIsDue(); // both in one batch: the breach (due first) reassigns, then the warning

        assertThat(jdbc.sql("select owner from service_case where id = ?").param(c.id()).query(String.class).single())
                .isEqualTo(org.supervisor);
        assertThat(org.recipients(c.id(), "warn-1")).containsExactly(org.supervisor);
    }

    private void sweepUntilNothingIsDue() {
        for (int i = 0; i < 100 && sweep.sweep("sweep-test", 50) > 0; i++) {
            // another batch
        }
    }

    private int attempts(long caseId) {
        return jdbc.sql("select attempts from sla_timer where case_id = ?").param(caseId).query(Integer.class).single();
    }

    private Instant dueAt(long caseId) {
        return jdbc.sql("select due_at from sla_timer where case_id = ?").param(caseId)
                .query(java.sql.Timestamp.class).single().toInstant();
    }
}
