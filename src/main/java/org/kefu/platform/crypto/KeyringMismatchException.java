package org.kefu.platform.crypto;

/** The configured keyring is not the one the database's data was encrypted with. */
public class KeyringMismatchException extends RuntimeException {

    public KeyringMismatchException(String message) {
        super(message);
    }
}
