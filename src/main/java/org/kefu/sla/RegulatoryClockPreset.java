package org.kefu.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The complaint-handling clocks regulators set (decision 0020), as milestones from the day a complaint was
 * accepted. Calendar days end at midnight after the N-th day (the day of acceptance not counted); working
 * and business days are the calendar's working days. A milestone is met by the first customer-visible reply
 * or by the resolution; an {@code optional} one only marks a faster path and is no breach when missed.
 */
enum RegulatoryClockPreset {

    /** 银行业保险业消费投诉处理管理办法 (2020): 15 days, +15 on record, +30 more with approval; appraisal pauses. */
    CN_CBIRC("CN-CBIRC", true, true, 30,
            List.of(new ExtensionRule(1, 15, false), new ExtensionRule(2, 30, true))) {
        @Override
        List<Milestone> base(Instant start, int extendedDays, WorkingCalendar calendar) {
            return List.of(new Milestone("decision",
                    PolicyTarget.endOfCalendarDays(start, 15 + extendedDays, calendar), MetBy.RESOLUTION, false));
        }
    },
    /** The guide's own: reply within 2 working days, result within 7. */
    GUIDE("GUIDE", false, false, null, List.of()) {
        @Override
        List<Milestone> base(Instant start, int extendedDays, WorkingCalendar calendar) {
            return List.of(new Milestone("reply", calendar.endOfWorkingDays(start, 2), MetBy.FIRST_RESPONSE, false),
                    new Milestone("result", calendar.endOfWorkingDays(start, 7), MetBy.RESOLUTION, false));
        }
    },
    /** DISP 1.5/1.6: resolved by close of the 3rd business day → summary resolution; else final within 8 weeks. */
    UK_FCA("UK-FCA", false, false, null, List.of()) {
        @Override
        List<Milestone> base(Instant start, int extendedDays, WorkingCalendar calendar) {
            return List.of(new Milestone("summary_resolution", calendar.endOfWorkingDays(start, 3), MetBy.RESOLUTION,
                            true),
                    new Milestone("final_response", start.plus(Duration.ofDays(56)), MetBy.RESOLUTION, false));
        }
    },
    /** CFPB: a response within 15 days, the final response within 60. */
    US_CFPB("US-CFPB", false, false, null, List.of()) {
        @Override
        List<Milestone> base(Instant start, int extendedDays, WorkingCalendar calendar) {
            return List.of(new Milestone("response", PolicyTarget.endOfCalendarDays(start, 15, calendar),
                            MetBy.FIRST_RESPONSE, false),
                    new Milestone("final_response", PolicyTarget.endOfCalendarDays(start, 60, calendar),
                            MetBy.RESOLUTION, false));
        }
    },
    /** ASIC RG 271: acknowledge within 24 hours, final response within 30 calendar days. */
    AU_ASIC("AU-ASIC", false, false, null, List.of()) {
        @Override
        List<Milestone> base(Instant start, int extendedDays, WorkingCalendar calendar) {
            return List.of(new Milestone("acknowledgement", start.plus(Duration.ofHours(24)), MetBy.FIRST_RESPONSE,
                            false),
                    new Milestone("final_response", PolicyTarget.endOfCalendarDays(start, 30, calendar),
                            MetBy.RESOLUTION, false));
        }
    };

    enum MetBy { FIRST_RESPONSE, RESOLUTION }

    record Milestone(String name, Instant dueAt, MetBy metBy, boolean optional) {
    }

    /** Extension {@code level} adds up to {@code maxDays}; with {@code needsApproval} a second person decides. */
    record ExtensionRule(int level, int maxDays, boolean needsApproval) {
    }

    private final String code;
    private final boolean pausesForThirdParty;
    private final boolean restartsOnNewFacts;
    private final Integer reviewWindowDays;
    private final List<ExtensionRule> extensions;

    RegulatoryClockPreset(String code, boolean pausesForThirdParty, boolean restartsOnNewFacts,
                          Integer reviewWindowDays, List<ExtensionRule> extensions) {
        this.code = code;
        this.pausesForThirdParty = pausesForThirdParty;
        this.restartsOnNewFacts = restartsOnNewFacts;
        this.reviewWindowDays = reviewWindowDays;
        this.extensions = extensions;
    }

    abstract List<Milestone> base(Instant start, int extendedDays, WorkingCalendar calendar);

    /** The milestones of a clock started at {@code start}, moved on by the time it stood still. */
    List<Milestone> milestones(Instant start, int extendedDays, Duration paused, WorkingCalendar calendar) {
        return base(start, extendedDays, calendar).stream()
                .map(m -> new Milestone(m.name(), m.dueAt().plus(paused), m.metBy(), m.optional())).toList();
    }

    String code() {
        return code;
    }

    /** Time waiting for external appraisal or testing does not count (CN-CBIRC). */
    boolean pausesForThirdParty() {
        return pausesForThirdParty;
    }

    /** New facts from the complainant start the clock again (CN-CBIRC). */
    boolean restartsOnNewFacts() {
        return restartsOnNewFacts;
    }

    /** Days after the decision in which the customer may ask for a review; null if the preset has none. */
    Integer reviewWindowDays() {
        return reviewWindowDays;
    }

    List<ExtensionRule> extensions() {
        return extensions;
    }

    Optional<ExtensionRule> extension(int level) {
        return extensions.stream().filter(e -> e.level() == level).findFirst();
    }

    static Optional<RegulatoryClockPreset> of(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    static List<String> codes() {
        return Arrays.stream(values()).map(RegulatoryClockPreset::code).toList();
    }
}
