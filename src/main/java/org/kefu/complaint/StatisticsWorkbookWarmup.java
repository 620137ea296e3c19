package org.kefu.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes one empty statistics workbook in the background once Kefu is ready: Apache POI's first workbook
 * loads several thousand classes (about 3 s on the benchmark machine), which would otherwise fall on the
 * first person to download the return after a restart.
 */
@Component
class StatisticsWorkbookWarmup {

    private static final Logger log = LoggerFactory.getLogger(StatisticsWorkbookWarmup.class);

    private final MessageSource messages;

    StatisticsWorkbookWarmup(MessageSource messages) {
        this.messages = messages;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                LocalDate day = LocalDate.of(2026, 1, 1);
                new StatisticsWorkbook(messages, Locale.SIMPLIFIED_CHINESE).write(new StatisticsReturn("-", "-", "-",
                        day, day, Instant.now(), 0, List.of(new StatisticsReturn.Block("cause", List.of())), 0, 0, 0, 0,
                        StatisticsReturn.percent(0, 0), 0, StatisticsReturn.percent(0, 0), false));
            } catch (RuntimeException e) {
                log.debug("Workbook warm-up failed; the first download will be slower", e);
            }
        }, "statistics-workbook-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
