package org.kefu.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.kefu.cases.CaseKind;
import org.kefu.cases.CaseOpened;
import org.kefu.cases.ComplaintCases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds repeat complaints (重复投诉): a complaint repeats an earlier complaint of the same customer accepted
 * within {@code kefu.complaint.repeat-window} before it when both have the same cause code, or when their
 * texts (subject and description) are near-duplicates ({@link TextSimilarity} at least
 * {@code kefu.complaint.repeat-similarity}). Checked after intake (text) and whenever the complaint is coded
 * (cause and text); each pair is recorded once, the later complaint flagged, both cases linked while the
 * earlier one is still open, and the finding audited.
 */
@Service
public class RepeatComplaints {

    private final JdbcClient jdbc;
    private final ComplaintCases cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration window;
    private final double threshold;

    RepeatComplaints(JdbcClient jdbc, ComplaintCases cases, ApplicationEventPublisher events, Clock clock,
                     @Value("${kefu.complaint.repeat-window:30d}") Duration window,
                     @Value("${kefu.complaint.repeat-similarity:0.6}") double threshold) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
        this.window = window;
        this.threshold = threshold;
    }

    @ApplicationModuleListener
    void on(ComplaintCoded coded) {
        check(coded.caseId());
    }

    /** Only complaints: the condition keeps other kinds of case from leaving an event publication behind. */
    @ApplicationModuleListener(condition = "#p0.kind().name() == 'COMPLAINT'")
    void on(CaseOpened opened) {
        if (opened.kind() == CaseKind.COMPLAINT) {
            jdbc.sql("select case_id from complaint_record where case_number = ?").param(opened.number())
                    .query(Long.class).optional().ifPresent(this::check);
        }
    }

    private record Complaint(long id, String number, String customer, LocalDate acceptedOn, String cause, String text,
                             boolean closed) {
    }

    /** Checks one complaint against its customer's earlier ones; returns how many repeats were newly found. */
    @Transactional
    public int check(long caseId) {
        Optional<Complaint> found = jdbc.sql(SELECT + " where r.case_id = ? for update of r").param(caseId)
                .query(RepeatComplaints::complaint).optional();
        if (found.isEmpty() || found.get().customer() == null) {
            return 0;
        }
        Complaint later = found.get();
        List<Complaint> earlier = jdbc.sql(SELECT + " where r.customer_number = ? and r.case_id <> ?"
                        + " and r.accepted_on >= ? and (r.accepted_on < ? or (r.accepted_on = ? and r.case_id < ?))"
                        + " order by r.accepted_on, r.case_id")
                .params(later.customer(), later.id(), later.acceptedOn().minusDays(window.toDays()),
                        later.acceptedOn(), later.acceptedOn(), later.id())
                .query(RepeatComplaints::complaint).list();
        int newly = 0;
        for (Complaint e : earlier) {
            boolean sameCause = later.cause() != null && later.cause().equals(e.cause());
            double similarity = TextSimilarity.jaccard(later.text(), e.text());
            if (!sameCause && similarity < threshold) {
                continue;
            }
            String reason = sameCause ? "cause" : "text";
            int inserted = jdbc.sql("insert into complaint_repeat (case_id, earlier_case_id, reason, similarity, found_at)"
                            + " values (?, ?, ?, ?, ?) on conflict do nothing")
                    .params(later.id(), e.id(), reason, Math.round(similarity * 1000) / 1000.0,
                            java.sql.Timestamp.from(clock.instant())).update();
            if (inserted == 0) {
                continue;
            }
            newly++;
            // A closed case takes no new links; the repeat is still recorded and counted.
            boolean link = !e.closed() && !later.closed();
            if (link) {
                cases.link(later.number(), e.number());
            }
            events.publishEvent(new RepeatComplaintFound(later.number(), e.number(), reason, similarity, link));
        }
        if (newly > 0) {
            jdbc.sql("update complaint_record set repeat_complaint = true, updated_at = ?, version = version + 1"
                    + " where case_id = ? and not repeat_complaint")
                    .params(java.sql.Timestamp.from(clock.instant()), later.id()).update();
        }
        return newly;
    }

    private static final String SELECT = "select r.case_id, r.case_number, r.customer_number, r.accepted_on,"
            + " r.cause_code, coalesce(s.subject, '') || ' ' || coalesce(s.description, '') text,"
            + " (s.status in ('cancelled', 'archived') or s.merged_into_id is not null) closed"
            + " from complaint_record r join service_case s on s.id = r.case_id";

    private static Complaint complaint(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Complaint(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getString(5), rs.getString(6), rs.getBoolean(7));
    }
}
