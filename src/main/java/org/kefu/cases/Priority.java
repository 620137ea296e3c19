package org.kefu.cases;

/** P1 is the most urgent. Declared in that order, so a lower ordinal is a higher priority. */
public enum Priority {
    P1, P2, P3, P4;

    boolean isHigherThan(Priority other) {
        return ordinal() < other.ordinal();
    }

    /** One level more urgent; P1 stays P1. */
    Priority raised() {
        return this == P1 ? P1 : values()[ordinal() - 1];
    }
}
