package org.kefu.identity.apiclient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kefu.platform.ConflictException;
import org.kefu.platform.DataScope;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * API keys for channel systems and staff personal tokens. A key is shown once, at creation; Kefu keeps
 * its SHA-256 only. Use is recorded at most once a minute per key, so busy channels do not turn every
 * request into a write. Channel keys are remembered for {@code kefu.api.key-cache} (default 5 s, 0 turns
 * it off; see {@link ApiKeyCache}): a revocation on this node is immediate, elsewhere it takes at most
 * that long. Personal tokens are read every time, as their owner's state decides what they may do.
 */
@Service
public class ApiClients {

    private static final String COLUMNS = "id, name, kind, channel, org_unit_id, owner_user_id, key_prefix,"
            + " permissions, created_by, created_at, revoked_at, last_used_at";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();
    private final ApiKeyCache cache;

    ApiClients(JdbcClient jdbc, ApplicationEventPublisher events,
               @Value("${kefu.api.key-cache:5s}") Duration keyCache) {
        this.jdbc = jdbc;
        this.events = events;
        this.cache = new ApiKeyCache(keyCache, System::nanoTime);
    }

    /** A new client with its key, the only time the key is visible. */
    public record Issued(ApiClient client, String key) {
    }

    @Transactional
    public Issued create(String name, String kind, String channel, long orgUnitId, Long ownerUserId,
                         Set<String> permissions, String createdBy) {
        return createWithKey(name, kind, channel, orgUnitId, ownerUserId, permissions, createdBy, newKey());
    }

    /** For demo data only: a client whose key is known in advance. */
    @Transactional
    public Issued createWithKey(String name, String kind, String channel, long orgUnitId, Long ownerUserId,
                                Set<String> permissions, String createdBy, String key) {
        try {
            long id = jdbc.sql("insert into api_client (name, kind, channel, org_unit_id, owner_user_id, key_prefix,"
                            + " key_hash, permissions, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                    .params(name, kind, channel, orgUnitId, ownerUserId, key.substring(0, Math.min(12, key.length())),
                            hash(key), permissions.stream().sorted().toArray(String[]::new), createdBy)
                    .query(Long.class).single();
            events.publishEvent(ApiClientEvent.created(name, orgUnitId, permissions));
            return new Issued(find(id).orElseThrow(), key);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("name", "duplicate", "identity.api-client.name.taken");
        }
    }

    @Transactional
    public void revoke(long id, String by, DataScope scope) {
        ApiClient client = find(id).filter(c -> scope.includes(c.orgUnitId()))
                .orElseThrow(() -> new NotFoundException("api client", id));
        if (client.revoked()) {
            throw new ConflictException("identity.api-client.already-revoked");
        }
        jdbc.sql("update api_client set revoked_at = now(), revoked_by = ? where id = ?").params(by, id).update();
        events.publishEvent(ApiClientEvent.revoked(client.name()));
        // Again after the commit: a request may have read the key, still valid, in between.
        cache.forget(id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.forget(id);
                }
            });
        }
    }

    /**
     * Forgets the remembered keys, for when {@code api_client} rows were changed behind this service's
     * back (by hand in the database, or by a test): the next request of each client reads its row again.
     */
    public void forgetCachedKeys() {
        cache.clear();
    }

    /** The client a presented key belongs to, if it is valid and not revoked. */
    public Optional<ApiClientPrincipal> authenticate(String key) {
        if (key == null || key.length() < 16 || key.length() > 200) {
            return Optional.empty();
        }
        String hash = hash(key);
        Optional<ApiClientPrincipal> cached = cache.get(hash);
        if (cached.isPresent()) {
            return cached;
        }
        record Row(long id, String name, long unit, String kind, Long owner, String[] permissions, Long usedAgoMs) {
        }
        Optional<Row> row = jdbc.sql("select id, name, org_unit_id, kind, owner_user_id, permissions,"
                        + " (extract(epoch from now() - last_used_at) * 1000)::bigint from api_client"
                        + " where key_hash = ? and revoked_at is null")
                .param(hash)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        (Long) rs.getObject(5), (String[]) rs.getArray(6).getArray(), (Long) rs.getObject(7)))
                .optional();
        Optional<ApiClientPrincipal> principal = row.flatMap(r -> {
            Set<String> permissions = new HashSet<>(Arrays.asList(r.permissions()));
            long unit = r.unit();
            if (r.owner() != null) {
                // A personal token never outlives, outranks or outmoves its owner.
                Optional<Owner> owner = owner(r.owner());
                if (owner.isEmpty()) {
                    return Optional.empty();
                }
                permissions.retainAll(owner.get().permissions());
                unit = owner.get().unitId();
            }
            return Optional.of(new ApiClientPrincipal(r.id(), r.name(), unit, Set.copyOf(permissions)));
        });
        row.filter(r -> r.owner() == null).ifPresent(r -> cache.put(hash, principal.orElseThrow(),
                r.usedAgoMs() == null ? null : Duration.ofMillis(r.usedAgoMs())));
        return principal;
    }

    public Optional<ApiClient> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from api_client where id = ?").param(id)
                .query(ApiClientRows::map).optional();
    }

    public PageResult<ApiClient> list(DataScope scope, Long ownerUserId, PageQuery page) {
        String where = " where " + scope.sql("org_unit_id") + (ownerUserId == null ? "" : " and owner_user_id = ?");
        List<Object> params = ownerUserId == null ? List.of(scope.sqlArgument()) : List.of(scope.sqlArgument(), ownerUserId);
        List<ApiClient> items = jdbc.sql("select " + COLUMNS + " from api_client" + where
                        + page.sqlTail(ApiClientRows.SORTABLE, "id desc"))
                .params(params).query(ApiClientRows::map).list();
        long total = jdbc.sql("select count(*) from api_client" + where).params(params).query(Long.class).single();
        return PageResult.of(items, page, total);
    }

    private record Owner(long unitId, Set<String> permissions) {
    }

    /** An enabled owner's current unit and permissions; empty when the owner is disabled or gone. */
    private Optional<Owner> owner(long userId) {
        record Row(long unit, String permission) {
        }
        List<Row> rows = jdbc.sql("select u.org_unit_id, coalesce(rp.permission, '') from app_user u left join user_role ur"
                        + " on ur.user_id = u.id left join role_permission rp on rp.role_code = ur.role_code"
                        + " where u.id = ? and u.enabled").param(userId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2))).list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Owner(rows.get(0).unit(),
                rows.stream().map(Row::permission).collect(java.util.stream.Collectors.toSet())));
    }

    /**
     * Notes that a client called, at most once a minute: called once the client is the request's actor,
     * so that the audit entry names it.
     */
    public void recordUse(ApiClientPrincipal client) {
        if (cache.useRecentlyRecorded(client.clientId())) {
            return;
        }
        int updated = jdbc.sql("update api_client set last_used_at = now() where id = ? and (last_used_at is null"
                + " or last_used_at < now() - interval '60 seconds')").param(client.clientId()).update();
        if (updated == 1) {
            events.publishEvent(ApiClientEvent.used(client.name()));
        }
        // Updated now, or found updated within the minute (by another node): nothing to do for a minute.
        cache.useRecorded(client.clientId());
    }

    private String newKey() {
        StringBuilder key = new StringBuilder("kefu_");
        for (int i = 0; i < 40; i++) {
            key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
