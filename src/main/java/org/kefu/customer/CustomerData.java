package org.kefu.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Everything a customer record holds, as staff and channels send it. Only these fields exist: the
 * platform rejects any other JSON field with a 400 naming it (minimum necessary, PIPL art. 6).
 * Cross-field rules (ID number format per type, the unit in the caller's scope) are in
 * {@link CustomerRules}. {@code version} is the one read before a change (required there, 409 when
 * stale) and ignored on create.
 */
record CustomerData(
        @NotBlank @Size(max = 100) String name,
        Gender gender,
        @Past LocalDate birthDate,
        IdType idType,
        @Size(max = 40) String idNumber,
        @Pattern(regexp = "1[3-9][0-9]{9}") String mobile,
        @Email @Size(max = 200) String email,
        @Size(max = 300) String address,
        @Size(max = 100) String occupation,
        @NotNull CustomerType customerType,
        RiskPreference riskPreference,
        @Size(max = 20) Set<@NotBlank @Size(max = 40) String> accountTypes,
        @Size(max = 40) String segment,
        @Size(max = 40) String valueTier,
        LifecycleStage lifecycleStage,
        @Size(max = 64) String relationshipManager,
        @NotBlank String orgUnitCode,
        @Size(max = 20) List<@Valid Consent> consents,
        @Size(max = 30) Set<@NotBlank @Size(max = 30) String> tags,
        LocalDate nextReturnVisitOn,
        Integer version) {

    CustomerData {
        accountTypes = accountTypes == null ? Set.of() : Set.copyOf(accountTypes);
        consents = consents == null ? List.of() : List.copyOf(consents);
        // Stripped before the set is built, so " VIP" and "VIP" are one tag.
        tags = tags == null ? Set.of() : tags.stream().map(String::strip).collect(java.util.stream.Collectors.toUnmodifiableSet());
        name = name == null ? null : name.strip();
        idNumber = blankToNull(idNumber);
        mobile = blankToNull(mobile);
        email = blankToNull(email);
        address = blankToNull(address);
        relationshipManager = blankToNull(relationshipManager);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
