package org.kefu.identity;

import java.util.Set;

import org.kefu.identity.apiclient.ApiClients;
import org.kefu.platform.Actor;
import org.kefu.platform.DatabaseMode;
import org.kefu.platform.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The demo organisation, users and API client — development only. Present on the embedded database
 * (or with {@code kefu.demo.enabled=true}), never otherwise, and written once: a second start finds the
 * head office and leaves everything as it is.
 */
@Component
@Order(10)
class DemoIdentities implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIdentities.class);

    private final DemoSettings settings;
    private final OrgUnits orgUnits;
    private final Users users;
    private final ApiClients apiClients;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final TransactionTemplate transaction;

    DemoIdentities(DemoSettings settings, OrgUnits orgUnits, Users users, ApiClients apiClients, JdbcClient jdbc,
                   FieldCipher cipher, TransactionTemplate transaction) {
        this.settings = settings;
        this.orgUnits = orgUnits;
        this.users = users;
        this.apiClients = apiClients;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled() || orgUnits.tree().byCode("HQ").isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> create());
        log.warn("Demo organisation, users and API client created (development only)");
    }

    /** Printed last, next to the URL, so a newcomer knows how to get in. Never the secrets themselves. */
    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (settings.enabled()) {
            log.info("Demo sign-in (development only): admin (with TOTP), agent.bj, agent.hd, agent.sh, supervisor.bj,"
                    + " manager.hq, compliance.hq, auditor.hq - password, TOTP secret and API key: see README, 'Demo data'");
        }
    }

    private void create() {
        orgUnits.create("HQ", OrgUnitType.HEAD_OFFICE, null, "总行", "Head Office");
        orgUnits.create("BJ", OrgUnitType.BRANCH, "HQ", "北京分行", "Beijing Branch");
        orgUnits.create("BJ-HD", OrgUnitType.SUB_BRANCH, "BJ", "海淀支行", "Haidian Sub-branch");
        orgUnits.create("SH", OrgUnitType.BRANCH, "HQ", "上海分行", "Shanghai Branch");
        Actor system = Actor.system();
        user("admin", "系统管理员", "HQ", "administrator", system);
        user("agent.bj", "王芳", "BJ", "agent", system);
        user("agent.hd", "李强", "BJ-HD", "agent", system);
        user("agent.sh", "陈静", "SH", "agent", system);
        user("supervisor.bj", "刘洋", "BJ", "supervisor", system);
        user("manager.hq", "赵敏", "HQ", "manager", system);
        user("compliance.hq", "孙磊", "HQ", "compliance_officer", system);
        user("auditor.hq", "周婷", "HQ", "auditor", system);
        reportsTo("agent.bj", "supervisor.bj");
        reportsTo("agent.hd", "supervisor.bj");
        reportsTo("agent.sh", "manager.hq");
        reportsTo("supervisor.bj", "manager.hq");
        long admin = users.findByUsername("admin").orElseThrow().id();
        jdbc.sql("update app_user set totp_secret = ?, totp_enabled = true where id = ?")
                .params(cipher.encrypt("identity.totp-secret", settings.adminTotpSecret()), admin).update();
        long beijing = orgUnits.tree().byCode("BJ").orElseThrow().id();
        apiClients.createWithKey("demo-mobile-app", "CHANNEL", "mobile_banking", beijing, null,
                Set.of("cases.create", "cases.read", "sla.simulate", "assistant.use", "identity.org-units.read"),
                "system", settings.apiKey());
    }

    private void reportsTo(String username, String manager) {
        jdbc.sql("update app_user set reports_to = (select id from app_user where username = ?) where username = ?")
                .params(manager, username).update();
    }

    private void user(String username, String name, String unit, String role, Actor by) {
        users.create(new Users.NewUser(username, name, unit, Set.of(role), settings.password()), by);
    }

    /** {@code kefu.demo.*}: on by default only with the embedded database. */
    @Component
    static class DemoSettings {
        private final boolean enabled;
        private final String password;
        private final String adminTotpSecret;
        private final String apiKey;

        DemoSettings(DatabaseMode mode, @Value("${kefu.demo.enabled:}") String enabled,
                     @Value("${kefu.demo.password:kefu-demo-2026!}") String password,
                     @Value("${kefu.demo.admin-totp-secret:JBSWY3DPEHPK3PXP}") String adminTotpSecret,
                     @Value("${kefu.demo.api-key:kefu_demo_mobile_key}") String apiKey) {
            this.enabled = enabled.isBlank() ? mode.isEmbedded() : Boolean.parseBoolean(enabled);
            this.password = password;
            this.adminTotpSecret = adminTotpSecret;
            this.apiKey = apiKey;
        }

        boolean enabled() {
            return enabled;
        }

        String password() {
            return password;
        }

        String adminTotpSecret() {
            return adminTotpSecret;
        }

        String apiKey() {
            return apiKey;
        }
    }
}
