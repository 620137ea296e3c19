package org.kefu.complaint;

import java.util.Locale;
import java.util.Optional;

/** The letters a complainant receives, in the order of the handling. */
enum ComplaintLetterKind {

    /** 受理通知: the complaint was accepted, with the regulatory dates by which we answer. */
    ACCEPTANCE,
    /** 延期告知: the regulatory clock was extended, with the new date and the reason. */
    EXTENSION,
    /** 处理决定: outcome, remedy, compensation and the customer's further options. */
    DECISION;

    /** The lower-case name used in the database, in URLs, file names and templates. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    String template() {
        return code();
    }

    static Optional<ComplaintLetterKind> of(String code) {
        for (ComplaintLetterKind k : values()) {
            if (k.code().equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
