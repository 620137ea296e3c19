package org.kefu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "OK", value = {
            "short                          | identity.password.too-short",
            "elevenchars                    | identity.password.too-short",
            "十二个汉字组成的一句很长的口令     | OK",
            "password1234                   | identity.password.common",
            "PASSWORD1234                   | identity.password.common",
            "woaini1314520                  | identity.password.common",
            "aaaaaaaaaaaaaaaa               | identity.password.common",
            "abababababababab               | identity.password.common",
            "my name is agent.bj ok         | identity.password.contains-username",
            "correct horse battery staple   | OK"})
    void judgesPasswords(String password, String expected) {
        assertThat(policy.violation(password.strip(), "agent.bj").orElse(null)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void refusesAbsurdLengths() {
        assertThat(policy.violation("x".repeat(64) + "y".repeat(65), null)).hasValue("identity.password.too-long");
    }
}
