package org.kefu.complaint;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.kefu.identity.OrgUnit;
import org.kefu.identity.OrgUnits;
import org.kefu.identity.StaffDirectory;
import org.kefu.notification.Notification;
import org.kefu.notification.NotificationChannel;
import org.kefu.notification.NotificationTemplate;
import org.kefu.notification.Notifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates overdue rectification actions (still open after their due date, China time), at most once a day
 * each: level 1 tells the owner's line manager(s), level 2 the holders of complaint.rectification at head
 * office (also level 1's recipients when the owner has no manager). Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several nodes may sweep at once; each escalation is an in-app
 * notification and an audit entry. Level 2 is the last.
 */
@Component
class RectificationSweep {

    static final Duration ONCE_A_DAY = Duration.ofDays(1);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final OrgUnits orgUnits;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RectificationSweep(JdbcClient jdbc, StaffDirectory staff, OrgUnits orgUnits, Notifications notifications,
                       ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.orgUnits = orgUnits;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${kefu.complaint.rectification-sweep-delay:PT2M}",
            fixedDelayString = "${kefu.complaint.rectification-sweep-every:PT15M}")
    void scheduled() {
        sweep(clock.instant());
    }

    private record Due(long id, String caseNumber, String action, String owner, LocalDate dueOn, int level) {
    }

    /** Escalates what is overdue at {@code now}; returns how many actions were escalated. */
    @Transactional
    public int sweep(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Rectifications.CHINA);
        List<Due> due = jdbc.sql("select x.id, r.case_number, x.action, x.owner, x.due_on, x.escalation_level"
                        + " from complaint_rectification x join complaint_record r on r.case_id = x.case_id"
                        + " where x.state = 'open' and x.due_on < ? and x.escalation_level < 2"
                        + " and (x.last_escalated_at is null or x.last_escalated_at <= ?)"
                        + " order by x.due_on, x.id limit ? for update of x skip locked")
                .params(today, Timestamp.from(now.minus(ONCE_A_DAY)), BATCH)
                .query((rs, i) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getInt(6))).list();
        List<Notification> messages = new ArrayList<>();
        for (Due d : due) {
            int level = d.level() + 1;
            Set<String> to = new TreeSet<>(level == 1 ? staff.managersOf(d.owner()) : Set.of());
            if (to.isEmpty()) {
                to.addAll(headOffice());
            }
            jdbc.sql("update complaint_rectification set escalation_level = ?, last_escalated_at = ?,"
                    + " version = version + 1 where id = ?").params(level, Timestamp.from(now), d.id()).update();
            for (String user : to) {
                messages.add(new Notification(NotificationChannel.IN_APP, user, NotificationTemplate.RECTIFICATION_OVERDUE,
                        Notification.CHINESE, Map.of("caseNumber", d.caseNumber(), "action", d.action(),
                        "dueOn", d.dueOn().toString()), d.caseNumber()));
            }
            events.publishEvent(new RectificationChanged(d.caseNumber(), d.id(), "escalated", level, List.copyOf(to)));
        }
        if (!messages.isEmpty()) {
            notifications.queueAll(messages);
        }
        return due.size();
    }

    private List<String> headOffice() {
        OrgUnit hq = orgUnits.tree().units().stream().filter(u -> u.parentId() == null).findFirst().orElseThrow();
        return staff.activeHoldersOf(hq.id(), ComplaintStatisticsConfiguration.RECTIFICATION);
    }
}
