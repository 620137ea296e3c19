package org.kefu.customer;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A PIPL consent: the customer agreed to {@code purpose} at {@code givenAt}, until {@code withdrawnAt}. */
record Consent(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String purpose, @NotNull Instant givenAt,
               Instant withdrawnAt) {

    public boolean active() {
        return withdrawnAt == null;
    }
}
