package org.kefu.cases;

import org.kefu.platform.ProblemType;

/**
 * An upload refused because of the file (problem type and status say why: too large, not a type we take,
 * content that is not what it claims). Answered as a problem naming the field {@code file}; no row is
 * written.
 *
 * @param code       stable code for programs ({@code too-large}, {@code unsupported-type}, ...)
 * @param messageKey the reason in the caller's language
 */
class CaseAttachmentRefused extends RuntimeException {

    private final transient ProblemType type;
    private final String code;
    private final String messageKey;
    private final transient Object[] args;

    CaseAttachmentRefused(ProblemType type, String code, String messageKey, Object... args) {
        super("Attachment refused: " + code);
        this.type = type;
        this.code = code;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** Whether the servlet container refused to parse a multipart body for its size. */
    static boolean isUploadSizeExceeded(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.apache.tomcat.util.http.fileupload.impl.SizeException) {
                return true;
            }
        }
        return false;
    }

    ProblemType type() {
        return type;
    }

    String code() {
        return code;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args;
    }
}
