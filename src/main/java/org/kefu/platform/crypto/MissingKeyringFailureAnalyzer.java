package org.kefu.platform.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing keyring into Spring Boot's "APPLICATION FAILED TO START" report instead of a stack trace. */
public class MissingKeyringFailureAnalyzer extends AbstractFailureAnalyzer<MissingKeyringException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingKeyringException cause) {
        return new FailureAnalysis(cause.reason(), MissingKeyringException.HOW_TO_FIX, cause);
    }
}
