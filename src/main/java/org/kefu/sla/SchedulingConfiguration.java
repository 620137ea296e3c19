package org.kefu.sla;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings of SLA timers and escalation; {@link SchedulingLifecycle} runs this node's {@link TimerNode}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SchedulingProperties.class, EscalationProperties.class})
class SchedulingConfiguration {

    /** Host name plus a random suffix: two nodes on one host (or a restart) never share a name. */
    static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "kefu";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
