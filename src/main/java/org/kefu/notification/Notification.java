package org.kefu.notification;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A message to queue.
 *
 * @param recipient   e-mail address, mobile number, device token or staff user name, by channel
 * @param locale      {@code zh-CN} or {@code en}; the customer's language, not the agent's
 * @param variables   every variable the template names
 * @param correlation what the message is about, e.g. a case number; may be null
 */
public record Notification(NotificationChannel channel, String recipient, NotificationTemplate template,
                           Locale locale, Map<String, String> variables, String correlation) {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    public Notification {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(locale, "locale");
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("recipient is required");
        }
        if (!languageTag(locale).equals("zh-CN") && !languageTag(locale).equals("en")) {
            throw new IllegalArgumentException("locale must be zh-CN or en");
        }
        variables = Map.copyOf(variables);
        for (String name : template.variables()) {
            if (!variables.containsKey(name)) {
                throw new IllegalArgumentException("Template " + template.key() + " needs variable " + name);
            }
        }
        recipient = recipient.strip();
    }

    /** {@code zh-CN} or {@code en}: the only languages texts exist in. */
    public static String languageTag(Locale locale) {
        return locale.getLanguage().equals("zh") ? "zh-CN" : locale.toLanguageTag();
    }
}
