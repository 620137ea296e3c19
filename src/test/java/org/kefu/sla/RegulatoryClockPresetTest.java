package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefu.sla.PolicyTestHours.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Each jurisdiction's clock: milestones, pause, extensions, the restart rule and the review window. */
class RegulatoryClockPresetTest {

    private final PolicyTestHours weekdays = PolicyTestHours.weekdays();
    private final Instant accepted = at("2026-11-27T10:00");

    private static List<String> names(List<RegulatoryClockPreset.Milestone> milestones) {
        return milestones.stream().map(RegulatoryClockPreset.Milestone::name).toList();
    }

    private Instant due(RegulatoryClock c, boolean responded) {
        return c.dueAt(weekdays, responded);
    }

    @Test
    void cbircDecidesWithin15DaysAndExtensionsAddTheirDays() {
        RegulatoryClock c = RegulatoryClock.start(1, RegulatoryClockPreset.CN_CBIRC, accepted);
        assertThat(due(c, false)).isEqualTo(at("2026-12-13T00:00"));
        assertThat(due(c.extended(15), false)).as("first extension: 30 days").isEqualTo(at("2026-12-28T00:00"));
        assertThat(due(c.extended(15).extended(30), false)).as("then up to 30 more").isEqualTo(at("2027-01-27T00:00"));
        assertThat(RegulatoryClockPreset.CN_CBIRC.extension(1).orElseThrow().needsApproval()).isFalse();
        assertThat(RegulatoryClockPreset.CN_CBIRC.extension(2).orElseThrow())
                .isEqualTo(new RegulatoryClockPreset.ExtensionRule(2, 30, true));
        assertThat(RegulatoryClockPreset.CN_CBIRC.extension(3)).isEmpty();
        assertThat(due(c, true)).as("a reply is not the decision").isEqualTo(at("2026-12-13T00:00"));
    }

    @Test
    void cbircExcludesTheTimeOfAnExternalAppraisal() {
        assertThat(RegulatoryClockPreset.CN_CBIRC.pausesForThirdParty()).isTrue();
        RegulatoryClock c = RegulatoryClock.start(1, RegulatoryClockPreset.CN_CBIRC, accepted)
                .paused(at("2026-11-30T10:00")).resumed(at("2026-12-04T10:00"));
        assertThat(c.pausedTotalSeconds()).isEqualTo(Duration.ofDays(4).toSeconds());
        assertThat(due(c, false)).isEqualTo(at("2026-12-17T00:00"));
        assertThat(c.paused(at("2026-12-05T10:00")).paused(at("2026-12-06T10:00")).pausedSince())
                .as("pausing twice keeps the first start").isEqualTo(at("2026-12-05T10:00"));
    }

    @Test
    void cbircRestartsOnNewFactsAndDropsOldPausesAndExtensions() {
        assertThat(RegulatoryClockPreset.CN_CBIRC.restartsOnNewFacts()).isTrue();
        RegulatoryClock c = RegulatoryClock.start(1, RegulatoryClockPreset.CN_CBIRC, accepted).extended(15)
                .paused(at("2026-11-28T10:00")).resumed(at("2026-11-29T10:00"));
        RegulatoryClock restarted = c.restarted(at("2026-12-05T15:00"));
        assertThat(restarted.restarts()).isEqualTo(1);
        assertThat(restarted.extendedDays()).isZero();
        assertThat(due(restarted, false)).isEqualTo(at("2026-12-21T00:00"));
    }

    @Test
    void cbircOpensAReviewWindowOf30DaysAfterTheDecision() {
        RegulatoryClock decided = RegulatoryClock.start(1, RegulatoryClockPreset.CN_CBIRC, accepted)
                .decided(at("2026-12-01T11:00"));
        assertThat(due(decided, false)).as("stopped").isNull();
        assertThat(decided.reviewUntil(weekdays)).isEqualTo(at("2027-01-01T00:00"));
        assertThat(RegulatoryClock.start(1, RegulatoryClockPreset.GUIDE, accepted).decided(accepted)
                .reviewUntil(weekdays)).isNull();
    }

    @Test
    void guideRepliesIn2AndDecidesIn7WorkingDays() {
        PolicyTestHours nationalDay = new PolicyTestHours(
                Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                        LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)), Set.of(LocalDate.of(2026, 10, 10)));
        RegulatoryClock c = RegulatoryClock.start(1, RegulatoryClockPreset.GUIDE, at("2026-09-30T10:00"));
        List<RegulatoryClockPreset.Milestone> m = c.milestones(nationalDay);
        assertThat(names(m)).containsExactly("reply", "result");
        assertThat(m.get(0).dueAt()).isEqualTo(at("2026-10-09T17:00"));
        assertThat(m.get(1).dueAt()).isEqualTo(at("2026-10-15T17:00"));
        assertThat(c.dueAt(nationalDay, false)).isEqualTo(at("2026-10-09T17:00"));
        assertThat(c.dueAt(nationalDay, true)).as("replied: the result is next").isEqualTo(at("2026-10-15T17:00"));
        assertThat(RegulatoryClockPreset.GUIDE.extensions()).isEmpty();
        assertThat(RegulatoryClockPreset.GUIDE.pausesForThirdParty()).isFalse();
    }

    @Test
    void fcaOffersSummaryResolutionBy3rdBusinessDayElseFinalIn8Weeks() {
        RegulatoryClock c = RegulatoryClock.start(1, RegulatoryClockPreset.UK_FCA, accepted);
        List<RegulatoryClockPreset.Milestone> m = c.milestones(weekdays);
        assertThat(names(m)).containsExactly("summary_resolution", "final_response");
        assertThat(m.get(0).dueAt()).isEqualTo(at("2026-12-02T17:00"));
        assertThat(m.get(0).optional()).isTrue();
        assertThat(m.get(1).dueAt()).isEqualTo(accepted.plus(Duration.ofDays(56)));
        assertThat(due(c, false)).as("missing the summary path is no breach").isEqualTo(accepted.plus(Duration.ofDays(56)));
    }

    @Test
    void cfpbRespondsIn15AndFinishesIn60Days() {
        RegulatoryClock c = RegulatoryClock.start(1, RegulatoryClockPreset.US_CFPB, accepted);
        assertThat(names(c.milestones(weekdays))).containsExactly("response", "final_response");
        assertThat(due(c, false)).isEqualTo(at("2026-12-13T00:00"));
        assertThat(due(c, true)).isEqualTo(at("2027-01-27T00:00"));
    }

    @Test
    void asicAcknowledgesIn24HoursAndFinishesIn30CalendarDays() {
        RegulatoryClock c = RegulatoryClock.start(1, RegulatoryClockPreset.AU_ASIC, accepted);
        assertThat(names(c.milestones(weekdays))).containsExactly("acknowledgement", "final_response");
        assertThat(due(c, false)).isEqualTo(at("2026-11-28T10:00"));
        assertThat(due(c, true)).isEqualTo(at("2026-12-28T00:00"));
        assertThat(RegulatoryClockPreset.of("AU-ASIC")).contains(RegulatoryClockPreset.AU_ASIC);
        assertThat(RegulatoryClockPreset.codes()).containsExactly("CN-CBIRC", "GUIDE", "UK-FCA", "US-CFPB", "AU-ASIC");
    }
}
