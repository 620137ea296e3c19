package org.kefu.platform.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a keyring that does not fit the database instead of a stack trace. */
public class KeyringMismatchFailureAnalyzer extends AbstractFailureAnalyzer<KeyringMismatchException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KeyringMismatchException cause) {
        return new FailureAnalysis(cause.getMessage(), "Configure the keyring this database was encrypted with"
                + " (KEFU_CRYPTO_KEYRING). Never generate a new key under an id that is already in use.", cause);
    }
}
