package org.kefu.knowledge.assistant;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How well the assistant serves: Micrometer counters as it goes ({@code kefu.assistant.*}), and the figures
 * over a period from the stored conversations. A conversation has ended when it was handed off or nobody
 * wrote in it for the idle timeout; it was contained when it ended served by the assistant alone — its last
 * outcome (the last reply that was not a courtesy) an answer, a case's status or a case the flow opened. One
 * that ended on the offer of a person after an honest I-am-not-sure, a cancelled or abandoned flow, or a clarifying
 * question left unanswered is not contained, even though the customer did not ask for a human.
 */
@Component
class AssistantMetrics {

    /** The outcomes of a conversation the assistant served alone. */
    private static final String CONTAINED = "'answer', 'status', 'case_opened'";

    private final MeterRegistry meters;
    private final Counter started;
    private final Counter handOffs;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration idle;

    AssistantMetrics(MeterRegistry meters, JdbcClient jdbc, Clock clock, AssistantProperties properties) {
        this.meters = meters;
        this.jdbc = jdbc;
        this.clock = clock;
        this.idle = properties.idleTimeout();
        this.started = Counter.builder("kefu.assistant.conversations").description("Conversations started")
                .register(meters);
        this.handOffs = Counter.builder("kefu.assistant.handoffs").description("Conversations handed to a human")
                .register(meters);
    }

    void started() {
        started.increment();
    }

    void replied(Turn turn) {
        meters.counter("kefu.assistant.replies", "kind", turn.kind().name().toLowerCase(java.util.Locale.ROOT))
                .increment();
        if (turn.kind() == Turn.Kind.HANDED_OFF) {
            handOffs.increment();
        }
    }

    void rated(boolean helpful) {
        meters.counter("kefu.assistant.ratings", "rating", helpful ? "helpful" : "unhelpful").increment();
    }

    /** Figures of the conversations started in the last {@code days} days. */
    record Figures(int days, long conversations, long ended, long contained, long handedOff,
                   Double containmentRate, Double handOffRate, long helpful, long unhelpful) {
    }

    @Transactional(readOnly = true)
    Figures figures(int days) {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(Duration.ofDays(days)));
        Timestamp idleSince = Timestamp.from(now.minus(idle));
        Figures counts = jdbc.sql("select count(*), count(*) filter (where handed_off or last_at <= ?),"
                        + " count(*) filter (where handed_off), count(*) filter (where not handed_off and last_at <= ?"
                        + " and outcome in (" + CONTAINED + ")) from knowledge_assistant_conversation"
                        + " where started_at >= ?")
                .params(idleSince, idleSince, since).query((rs, n) -> {
                    long all = rs.getLong(1);
                    long ended = rs.getLong(2);
                    long handed = rs.getLong(3);
                    long contained = rs.getLong(4);
                    return new Figures(days, all, ended, contained, handed,
                            ended == 0 ? null : (double) contained / ended,
                            all == 0 ? null : (double) handed / all, 0, 0);
                }).single();
        long[] ratings = jdbc.sql("select count(*) filter (where helpful), count(*) filter (where not helpful)"
                        + " from knowledge_assistant_message where rated_at >= ?")
                .param(since).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new Figures(days, counts.conversations(), counts.ended(), counts.contained(), counts.handedOff(),
                counts.containmentRate(), counts.handOffRate(), ratings[0], ratings[1]);
    }
}
