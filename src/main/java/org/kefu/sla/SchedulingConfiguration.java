package org.kefu.sla;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler wired by hand: its Spring Boot starter registers nothing on Boot 4. Two parts: a client
 * that writes timers in the caller's transaction (through a {@link TransactionAwareDataSourceProxy}, and
 * never commits itself, so a case change and its timers commit or roll back together), and this node's
 * scheduler, which {@link SchedulingLifecycle} starts once the application is ready and stops before the
 * data source closes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SchedulingProperties.class, EscalationProperties.class})
class SchedulingConfiguration {

    @Bean
    SchedulerClient timerClient(DataSource dataSource, TimerTasks tasks) {
        return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), tasks.all())
                .serializer(new TimerSerializer())
                .build();
    }

    @Bean
    Scheduler timerScheduler(TimerTasks tasks) {
        return tasks.scheduler(nodeName());
    }

    /** Host name plus a random suffix: two nodes on one host (or a restart) never share a name. */
    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "kefu";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
