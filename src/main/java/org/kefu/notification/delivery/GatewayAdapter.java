package org.kefu.notification.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kefu.notification.NotificationChannel;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * SMS or app push through the vendor's HTTP gateway: {@code POST <base>/sms} with
 * {@code {to, text, reference}} or {@code POST <base>/push} with {@code {deviceToken, text, reference}},
 * the API key in a header. The reference is the message id; receipts name it. A 5xx, 429 or timeout may
 * pass and is retried; any other 4xx is the vendor refusing this message and fails it.
 */
class GatewayAdapter implements ChannelAdapter {

    private final NotificationChannel channel;
    private final String path;
    private final String recipientProperty;
    private final RestClient client;
    private final boolean configured;

    GatewayAdapter(NotificationChannel channel, String path, String recipientProperty, RestClient client,
                   boolean configured) {
        this.channel = channel;
        this.path = path;
        this.recipientProperty = recipientProperty;
        this.client = client;
        this.configured = configured;
    }

    @Override
    public NotificationChannel channel() {
        return channel;
    }

    @Override
    public SendOutcome send(QueuedMessage message, RenderedMessage rendered) {
        if (!configured) {
            return new SendOutcome.Retry("no gateway configured (kefu.notification.gateway.base-url)");
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put(recipientProperty, message.recipient());
        body.put("text", rendered.body());
        body.put("reference", String.valueOf(message.id()));
        try {
            client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
            return new SendOutcome.Sent(false);
        } catch (RestClientResponseException e) {
            // The vendor's response body may echo the number; only the status is kept.
            return outcomeOf(e.getStatusCode());
        } catch (ResourceAccessException e) {
            return new SendOutcome.Retry("gateway unreachable or timed out");
        } catch (RestClientException e) {
            return new SendOutcome.Retry("gateway answer unreadable");
        }
    }

    static SendOutcome outcomeOf(HttpStatusCode status) {
        if (status.is5xxServerError() || status.value() == 429 || status.value() == 408) {
            return new SendOutcome.Retry("gateway answered HTTP " + status.value());
        }
        return new SendOutcome.Failed("gateway refused the message: HTTP " + status.value());
    }
}
