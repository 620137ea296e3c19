package org.kefu.notification.delivery;

import org.kefu.notification.NotificationChannel;
import org.kefu.notification.NotificationPermissions;
import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.EncryptedColumn;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Wiring of the notification module: channels, the dispatch loop, encrypted columns, access rules. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfiguration {

    @Bean
    EncryptedColumn notificationRecipientColumn() {
        return new EncryptedColumn("notification_message", "id", "recipient", MessageStore.RECIPIENT_FIELD);
    }

    @Bean
    EncryptedColumn notificationVariablesColumn() {
        return new EncryptedColumn("notification_message", "id", "variables", MessageStore.VARIABLES_FIELD);
    }

    @Bean
    RestClient notificationGatewayClient(NotificationSettings settings) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(settings.gateway().timeout());
        requests.setReadTimeout(settings.gateway().timeout());
        RestClient.Builder configured = RestClient.builder().requestFactory(requests);
        if (!settings.gateway().baseUrl().isBlank()) {
            configured.baseUrl(settings.gateway().baseUrl())
                    .defaultHeader(settings.gateway().apiKeyHeader(), settings.gateway().apiKey());
        }
        return configured.build();
    }

    @Bean
    ChannelAdapter smsAdapter(RestClient notificationGatewayClient, NotificationSettings settings) {
        return new GatewayAdapter(NotificationChannel.SMS, "/sms", "to", notificationGatewayClient,
                !settings.gateway().baseUrl().isBlank());
    }

    @Bean
    ChannelAdapter appPushAdapter(RestClient notificationGatewayClient, NotificationSettings settings) {
        return new GatewayAdapter(NotificationChannel.APP_PUSH, "/push", "deviceToken", notificationGatewayClient,
                !settings.gateway().baseUrl().isBlank());
    }

    @Bean
    @ConditionalOnProperty(name = "kefu.notification.dispatcher-enabled", matchIfMissing = true)
    DispatchLoop notificationDispatchLoop(Dispatcher dispatcher, NotificationSettings settings) {
        return new DispatchLoop(dispatcher, settings);
    }

    @Bean
    AccessRules notificationAccessRules() {
        return AccessRules.of(
                new AccessRule("GET", "/api/v1/notifications", NotificationPermissions.READ),
                new AccessRule("/api/v1/notifications/receipts", NotificationPermissions.RECEIPTS_WRITE));
    }

}
