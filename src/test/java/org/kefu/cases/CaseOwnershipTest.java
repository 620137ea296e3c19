package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kefu.platform.ConflictException;
import org.kefu.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/** First-contact ownership without a database: who may propose, answer, withdraw, reassign and take. */
class CaseOwnershipTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final CaseOwnership.Worker OWNER = new CaseOwnership.Worker("agent.bj", 1, "BJ", true);
    private static final CaseOwnership.Worker HD = new CaseOwnership.Worker("agent.hd", 2, "BJ-HD", true);
    private static final CaseOwnership.Worker HD_READER = new CaseOwnership.Worker("reader.hd", 2, "BJ-HD", false);

    private static Case owned(String owner) {
        CaseIntake intake = new CaseIntake(CaseKind.CONSULTATION, CaseChannel.PHONE, null, "s", "d", Set.of(), null, null);
        return Case.open("KF-20261127-000009", intake, 1L, "BJ", owner, NOW);
    }

    @Test
    void theOwnerKeepsTheCaseUntilTheReceiverAccepts() {
        Case c = owned("agent.bj");
        assertThatThrownBy(() -> CaseOwnership.propose(c, HD, "agent.bj", null, null, "mine now", NOW))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CaseOwnership.propose(c, OWNER, "agent.hd", null, null, " ", NOW))
                .isInstanceOf(InvalidInputException.class);
        CaseOwnership.propose(c, OWNER, "agent.hd", null, null, "customer lives in Haidian", NOW);
        assertThat(c.owner()).isEqualTo("agent.bj");
        assertThatThrownBy(() -> CaseOwnership.propose(c, OWNER, "agent.hd", null, null, "again", NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> CaseOwnership.accept(c, OWNER, NOW)).isInstanceOf(AccessDeniedException.class);
        CaseOwnership.accept(c, HD, NOW);
        assertThat(c.owner()).isEqualTo("agent.hd");
        assertThat(c.orgUnitId()).isEqualTo(2L);
        assertThat(c.work().handover()).isNull();
        assertThat(c.events()).hasAtLeastOneElementOfType(CaseHandoverProposed.class)
                .hasAtLeastOneElementOfType(CaseHandedOver.class);
    }

    @Test
    void aQueueHandoverIsAnsweredByAWorkerOfThatUnitOnly() {
        Case c = owned("agent.bj");
        CaseOwnership.propose(c, OWNER, null, 2L, "BJ-HD", "Haidian handles it", NOW);
        assertThatThrownBy(() -> CaseOwnership.decline(c, HD_READER, "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CaseOwnership.decline(c, HD, null)).isInstanceOf(InvalidInputException.class);
        CaseOwnership.decline(c, HD, "not ours");
        assertThat(c.owner()).isEqualTo("agent.bj");
        assertThatThrownBy(() -> CaseOwnership.withdraw(c, OWNER)).isInstanceOf(ConflictException.class);
        CaseOwnership.propose(c, OWNER, null, 2L, "BJ-HD", "please", NOW);
        assertThatThrownBy(() -> CaseOwnership.withdraw(c, HD)).isInstanceOf(AccessDeniedException.class);
        CaseOwnership.withdraw(c, OWNER);
        assertThat(c.work().handover()).isNull();
    }

    @Test
    void supervisorsReassignWithAReasonAgentsTakeOnlyUnownedCasesOfTheirUnit() {
        Case c = owned("agent.bj");
        assertThatThrownBy(() -> CaseOwnership.reassign(c, HD, "balance", false, NOW))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CaseOwnership.reassign(c, HD, "", true, NOW)).isInstanceOf(InvalidInputException.class);
        CaseOwnership.reassign(c, HD, "balance the load", true, NOW);
        assertThat(c.owner()).isEqualTo("agent.hd");

        Case queued = owned(null);
        assertThatThrownBy(() -> CaseOwnership.take(queued, HD, NOW)).isInstanceOf(AccessDeniedException.class);
        CaseOwnership.take(queued, OWNER, NOW);
        assertThat(queued.owner()).isEqualTo("agent.bj");
        assertThatThrownBy(() -> CaseOwnership.take(queued, OWNER, NOW)).isInstanceOf(ConflictException.class);
    }
}
