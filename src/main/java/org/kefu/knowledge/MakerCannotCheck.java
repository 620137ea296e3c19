package org.kefu.knowledge;

import org.springframework.security.access.AccessDeniedException;

/**
 * An approval refused because the approver changed or submitted the text since its last publication (403).
 * A type of its own so that the API can say why, in the reader's language, rather than a bare "forbidden".
 */
public class MakerCannotCheck extends AccessDeniedException {

    /** The message key of the explanation shown to the approver. */
    public static final String MESSAGE_KEY = "knowledge.step.own-article";

    public MakerCannotCheck() {
        super("An article is approved by someone who neither changed nor submitted it since its last publication");
    }
}
