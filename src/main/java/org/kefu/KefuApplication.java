package org.kefu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/** Kefu's own users and API clients authenticate; Boot's generated demo user must never exist. */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class KefuApplication {

    public static void main(String[] args) {
        SpringApplication.run(KefuApplication.class, args);
    }
}
