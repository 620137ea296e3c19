package org.kefu.notification.delivery;

import java.util.Locale;
import java.util.Map;

import org.kefu.notification.NotificationTemplate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Fills a template's texts with its variables, in the recipient's language. */
@Component
public class MessageRenderer {

    private final MessageSource messages;

    MessageRenderer(MessageSource messages) {
        this.messages = messages;
    }

    public RenderedMessage render(NotificationTemplate template, Locale locale, Map<String, String> variables) {
        Object[] args = template.variables().stream().map(variables::get).toArray();
        String prefix = "notification." + template.key();
        return new RenderedMessage(messages.getMessage(prefix + ".subject", args, locale),
                messages.getMessage(prefix + ".body", args, locale));
    }
}
