package org.kefu.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The complaint record (投诉登记) behind a complaint case: its coding and what the regulator counts, and the
 * decision once one is recorded ({@code decision} null before).
 */
public record ComplaintRecord(long caseId, String caseNumber, long orgUnitId, LocalDate acceptedOn,
                              String channelCode, String businessCode, String causeCode, String codedBy,
                              Instant codedAt, List<String> products, BigDecimal amountInDispute, String demand,
                              boolean mediaAttention, String regulatorReference, String jurisdiction,
                              String subjectStaff, String locale, boolean repeatComplaint, int version,
                              Decision decision) {

    /** Outcome, remedy and compensation; {@code compensationState} none|pending|approved|rejected. */
    public record Decision(String outcome, String remedy, BigDecimal compensation, String compensationState,
                           String decidedBy, Instant decidedAt, String checkedBy, Instant checkedAt,
                           String checkComment) {
    }

    public boolean coded() {
        return codedAt != null;
    }
}
