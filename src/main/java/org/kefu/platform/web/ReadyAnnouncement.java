package org.kefu.platform.web;

import org.kefu.platform.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import java.util.Locale;

/** Tells whoever started Kefu where to point the browser, once it really serves pages. */
@Component
class ReadyAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

    @EventListener
    void announce(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        String contextPath = event.getApplicationContext().getEnvironment()
                .getProperty("server.servlet.context-path", "");
        DatabaseMode mode = event.getApplicationContext().getBean(DatabaseMode.class);
        log.info("Kefu is ready at http://localhost:{}{}/ (database: {}, started in {} s)",
                web.getWebServer().getPort(), contextPath, mode.name().toLowerCase(Locale.ROOT),
                String.format(Locale.ROOT, "%.1f", event.getTimeTaken().toMillis() / 1000.0));
    }
}
