package org.kefu.platform;

import java.io.Serializable;

/**
 * A one-time message shown at the top of the next page after a redirect
 * ({@code redirect.addFlashAttribute("flash", Flash.success("..."))}).
 *
 * @param level      Bootstrap alert level: success, info, warning, danger
 * @param messageKey message key, so the text follows the reader's language
 */
public record Flash(String level, String messageKey, Object... args) implements Serializable {

    public static Flash success(String messageKey, Object... args) {
        return new Flash("success", messageKey, args);
    }

    public static Flash info(String messageKey, Object... args) {
        return new Flash("info", messageKey, args);
    }

    public static Flash warning(String messageKey, Object... args) {
        return new Flash("warning", messageKey, args);
    }

    public static Flash danger(String messageKey, Object... args) {
        return new Flash("danger", messageKey, args);
    }
}
