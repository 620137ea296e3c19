package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kefu.platform.ConflictException;
import org.kefu.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/** The aggregate's guards, without a database. */
class CaseTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    private static Case accepted() {
        CaseIntake intake = new CaseIntake(CaseKind.COMPLAINT, CaseChannel.PHONE, null, "s", "d", Set.of(), "C1", null);
        return Case.open("KF-20261127-000001", intake, 1L, "BJ", "agent.bj", NOW);
    }

    @Test
    void openingRegistersCaseOpenedGradedByThePolicy() {
        Case c = accepted();
        assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(c.priority()).isEqualTo(Priority.P3);
        assertThat(c.events()).singleElement().isInstanceOf(CaseOpened.class);
    }

    @Test
    void anImpossibleStepIsAConflictListingThePossibleOnes() {
        Case c = accepted();
        assertThatThrownBy(() -> c.resolve("done", "agent.bj", NOW)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.properties().get("allowed")).asList().containsExactly("plan", "cancel"));
        assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
    }

    @Test
    void eachStepRequiresItsOwnInput() {
        Case c = accepted();
        assertThatThrownBy(() -> c.plan(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> c.cancel(" ")).isInstanceOf(InvalidInputException.class);
        c.plan(new CasePlan("call back", "phone", "tomorrow", null));
        c.start();
        assertThatThrownBy(() -> c.resolve("", "agent.bj", NOW)).isInstanceOf(InvalidInputException.class);
        c.resolve("explained", "agent.bj", NOW);
        c.review(true, null, "supervisor.bj", true, NOW);
        c.recordContact(new ContactAttempt(ContactAttempt.Channel.PHONE, ContactAttempt.Outcome.CONFIRMED, 5, null),
                "agent.bj", NOW);
        c.followUp(3);
        assertThatThrownBy(() -> c.archive(null)).isInstanceOf(InvalidInputException.class);
        c.archive("explained the fee");
        assertThat(c.status()).isEqualTo(CaseStatus.ARCHIVED);
        assertThat(c.events()).hasAtLeastOneElementOfType(CaseResolved.class).hasAtLeastOneElementOfType(CaseArchived.class);
    }

    @Test
    void reopeningOnlyWithinTheWindowAfterResolution() {
        Case c = accepted();
        c.plan(new CasePlan("p", null, null, null));
        c.start();
        c.resolve("r", "agent.bj", NOW);
        c.review(true, null, "supervisor.bj", true, NOW);
        Duration window = Duration.ofDays(30);
        assertThatThrownBy(() -> c.reopen("again", NOW.plus(Duration.ofDays(31)), window))
                .isInstanceOf(ConflictException.class);
        c.reopen("again", NOW.plus(Duration.ofDays(29)), window);
        assertThat(c.status()).isEqualTo(CaseStatus.REOPENED);
        c.start();
        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void anyoneMayRaiseThePriorityButLoweringTakesASupervisor() {
        Case c = accepted();
        c.changePriority(Priority.P2, "customer is elderly", false);
        assertThat(c.priority()).isEqualTo(Priority.P2);
        assertThatThrownBy(() -> c.changePriority(Priority.P4, "no", false)).isInstanceOf(AccessDeniedException.class);
        c.changePriority(Priority.P4, "duplicate complaint", true);
        assertThat(c.priority()).isEqualTo(Priority.P4);
    }

    @Test
    void aComplaintsResolutionAwaitsAReviewBySomeoneElse() {
        Case c = accepted();
        c.plan(new CasePlan("p", null, null, null));
        c.start();
        c.resolve("refunded the fee", "agent.bj", NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_REVIEW);
        assertThat(c.resolvedAt()).isNull();
        assertThat(c.events()).noneMatch(CaseResolved.class::isInstance);
        assertThatThrownBy(() -> c.review(true, null, "agent.bj", true, NOW)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> c.review(true, null, "agent.hd", false, NOW)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> c.review(false, " ", "supervisor.bj", true, NOW))
                .isInstanceOf(InvalidInputException.class);
        c.review(false, "refund not yet booked", "supervisor.bj", true, NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(c.work().review().state()).isEqualTo(CaseWork.ReviewState.REJECTED);
        c.resolve("refund booked", "agent.bj", NOW);
        c.review(true, "ok", "supervisor.bj", true, NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(c.resolvedAt()).isEqualTo(NOW);
        assertThat(c.events()).hasAtLeastOneElementOfType(CaseResolved.class);
    }

    @Test
    void otherCasesAreResolvedWithoutReview() {
        CaseIntake intake = new CaseIntake(CaseKind.CONSULTATION, CaseChannel.PHONE, null, "s", "d", Set.of(), "C1", null);
        Case c = Case.open("KF-20261127-000002", intake, 1L, "BJ", "agent.bj", NOW);
        c.plan(new CasePlan("p", null, null, null));
        c.start();
        c.resolve("explained", "agent.bj", NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(c.work().review()).isNull();
    }

    @Test
    void followUpNeedsAConfirmationOrEnoughFailedAttemptsSinceTheResolution() {
        CaseIntake intake = new CaseIntake(CaseKind.CONSULTATION, CaseChannel.PHONE, null, "s", "d", Set.of(), "C1", null);
        Case c = Case.open("KF-20261127-000003", intake, 1L, "BJ", "agent.bj", NOW);
        c.plan(new CasePlan("p", null, null, null));
        c.start();
        c.recordContact(attempt(ContactAttempt.Outcome.NO_ANSWER), "agent.bj", NOW.minusSeconds(60));
        c.resolve("explained", "agent.bj", NOW);
        c.recordContact(attempt(ContactAttempt.Outcome.NO_ANSWER), "agent.bj", NOW.plusSeconds(60));
        c.recordContact(attempt(ContactAttempt.Outcome.BUSY), "agent.bj", NOW.plusSeconds(120));
        assertThatThrownBy(() -> c.followUp(3)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("case.follow-up-needs-contact");
            assertThat(e.properties()).containsEntry("attemptsNeeded", 3).containsEntry("attemptsMade", 2L);
        });
        c.recordContact(attempt(ContactAttempt.Outcome.WRONG_NUMBER), "agent.bj", NOW.plusSeconds(180));
        c.followUp(3);
        assertThat(c.status()).isEqualTo(CaseStatus.FOLLOWED_UP);
    }

    private static ContactAttempt attempt(ContactAttempt.Outcome outcome) {
        return new ContactAttempt(ContactAttempt.Channel.PHONE, outcome, null, null);
    }

    @Test
    void aCustomerVisibleReplyIsTheFirstResponseAnInternalNoteIsNot() {
        Case c = accepted();
        c.reply("internal", false, NOW);
        assertThat(c.firstResponseAt()).isNull();
        c.reply("we are on it", true, NOW);
        assertThat(c.firstResponseAt()).isEqualTo(NOW);
    }

    @Test
    void closingACaseEndsItsPendingHandOverAsWithdrawn() {
        Case c = accepted();
        c.work(c.work().withHandover(new CaseWork.Handover("agent.hd", null, null, "r", "agent.bj", NOW)));
        c.plan(new CasePlan("call back", "phone", "tomorrow", null));
        c.start();
        c.resolve("explained", "agent.bj", NOW);
        c.review(true, null, "supervisor.bj", true, NOW);
        c.recordContact(new ContactAttempt(ContactAttempt.Channel.PHONE, ContactAttempt.Outcome.CONFIRMED, 5, null),
                "agent.bj", NOW);
        c.followUp(3);
        assertThat(c.work().handover()).isNotNull();
        c.archive("explained the fee");
        assertThat(c.work().handover()).isNull();
        assertThat(c.events()).filteredOn(CaseHandoverEnded.class::isInstance).singleElement()
                .isEqualTo(new CaseHandoverEnded(c.number(), "withdrawn", "agent.bj", null));
        assertThatThrownBy(() -> CaseOwnership.accept(c, new CaseOwnership.Worker("agent.hd", 2, "BJ-HD", true), NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> c.changePriority(Priority.P1, "urgent", true)).isInstanceOf(ConflictException.class);
    }
}
