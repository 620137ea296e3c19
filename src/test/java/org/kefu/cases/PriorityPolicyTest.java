package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefu.cases.CaseFlag.*;
import static org.kefu.cases.CaseKind.*;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PriorityPolicyTest {

    @Test
    void accountSecurityAndFundLossComeFirstWhateverTheKind() {
        assertThat(PriorityPolicy.grade(CONSULTATION, Set.of(ACCOUNT_SECURITY))).isEqualTo(Priority.P1);
        assertThat(PriorityPolicy.grade(PRAISE, Set.of(FUND_LOSS))).isEqualTo(Priority.P1);
        assertThat(PriorityPolicy.grade(COMPLAINT, Set.of(FUND_LOSS, VULNERABLE_CUSTOMER))).isEqualTo(Priority.P1);
    }

    @Test
    void complaintsWatchedByMediaRegulatorsOrManyCustomersAreP2() {
        assertThat(PriorityPolicy.grade(COMPLAINT, Set.of(MEDIA_OR_REGULATOR_ATTENTION))).isEqualTo(Priority.P2);
        assertThat(PriorityPolicy.grade(COMPLAINT, Set.of(MASS_IMPACT))).isEqualTo(Priority.P2);
        assertThat(PriorityPolicy.grade(CONSULTATION, Set.of(MASS_IMPACT))).isEqualTo(Priority.P4);
    }

    @Test
    void aVulnerableCustomerRaisesOneLevel() {
        assertThat(PriorityPolicy.grade(COMPLAINT, Set.of(VULNERABLE_CUSTOMER))).isEqualTo(Priority.P2);
        assertThat(PriorityPolicy.grade(SERVICE_REQUEST, Set.of(VULNERABLE_CUSTOMER))).isEqualTo(Priority.P3);
        assertThat(PriorityPolicy.grade(COMPLAINT, Set.of(MASS_IMPACT, VULNERABLE_CUSTOMER))).isEqualTo(Priority.P1);
    }

    @Test
    void otherwiseTheKindDecides() {
        assertThat(PriorityPolicy.grade(COMPLAINT, Set.of())).isEqualTo(Priority.P3);
        for (CaseKind kind : Set.of(CONSULTATION, SERVICE_REQUEST, INCIDENT_REPORT, SUGGESTION, PRAISE)) {
            assertThat(PriorityPolicy.grade(kind, Set.of())).as(kind.name()).isEqualTo(Priority.P4);
        }
    }
}
