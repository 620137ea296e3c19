package org.kefu.customer;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kefu.platform.BlindIndex;
import org.kefu.platform.DataScope;
import org.kefu.platform.FieldCipher;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The customer tables. Personal data is encrypted here and nowhere else, so no other class handles an
 * envelope; every read takes the caller's {@link DataScope}.
 */
@Repository
class CustomerStore {

    static final String BIRTH_DATE = "customer.birth-date";
    static final String ID_NUMBER = "customer.id-number";
    static final String MOBILE = "customer.mobile";
    static final String EMAIL = "customer.email";
    static final String ADDRESS = "customer.address";

    static final Map<String, String> SORTABLE = Map.of("number", "c.number", "name", "c.name",
            "createdAt", "c.created_at");

    private static final String SELECT = "select c.*, o.code as org_unit_code from customer c"
            + " join org_unit o on o.id = c.org_unit_id where ";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final BlindIndex index;

    CustomerStore(JdbcClient jdbc, FieldCipher cipher, BlindIndex index) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
    }

    /** Search criteria; at most one is usually given, all given ones must match. */
    record Criteria(String namePrefix, String mobile, String idNumber) {
    }

    String insert(CustomerData data, long unitId) {
        String number = jdbc.sql("select 'C' || lpad(nextval('customer_number_seq')::text, 10, '0')")
                .query(String.class).single();
        long id = jdbc.sql("insert into customer (number, name, org_unit_id, customer_type) values (?, ?, ?, ?)"
                + " returning id").params(number, data.name(), unitId, data.customerType().name())
                .query(Long.class).single();
        write(id, data, unitId);
        return number;
    }

    /** Overwrites everything; false if {@code version} is no longer current. */
    boolean update(long id, CustomerData data, long unitId, int version) {
        int rows = jdbc.sql("update customer set version = version + 1, updated_at = now()"
                + " where id = ? and version = ? and erased_at is null").params(id, version).update();
        if (rows == 0) {
            return false;
        }
        write(id, data, unitId);
        return true;
    }

    private void write(long id, CustomerData d, long unitId) {
        jdbc.sql("""
                update customer set name = ?, gender = ?, birth_date_enc = ?, id_type = ?, id_number_enc = ?,
                  id_number_idx = ?, mobile_enc = ?, mobile_idx = ?, email_enc = ?, address_enc = ?, occupation = ?,
                  customer_type = ?, risk_preference = ?, account_types = ?::text[], segment = ?, value_tier = ?,
                  lifecycle_stage = ?, relationship_manager = ?, org_unit_id = ?, tags = ?::text[],
                  next_return_visit_on = ?
                where id = ?""")
                .params(d.name(), name(d.gender()),
                        cipher.encrypt(BIRTH_DATE, d.birthDate() == null ? null : d.birthDate().toString()),
                        name(d.idType()), cipher.encrypt(ID_NUMBER, d.idNumber()), index.of(ID_NUMBER, d.idNumber()),
                        cipher.encrypt(MOBILE, d.mobile()), index.of(MOBILE, d.mobile()),
                        cipher.encrypt(EMAIL, d.email()), cipher.encrypt(ADDRESS, d.address()), d.occupation(),
                        d.customerType().name(), name(d.riskPreference()), sorted(d.accountTypes()), d.segment(),
                        d.valueTier(), name(d.lifecycleStage()), d.relationshipManager(), unitId, sorted(d.tags()),
                        d.nextReturnVisitOn(), id)
                .update();
        jdbc.sql("delete from customer_consent where customer_id = ?").param(id).update();
        for (Consent consent : d.consents()) {
            jdbc.sql("insert into customer_consent (customer_id, purpose, given_at, withdrawn_at) values (?, ?, ?, ?)")
                    .params(id, consent.purpose(), Timestamp.from(consent.givenAt()),
                            consent.withdrawnAt() == null ? null : Timestamp.from(consent.withdrawnAt()))
                    .update();
        }
    }

    Optional<Customer> find(String number, DataScope scope) {
        return jdbc.sql(SELECT + "c.number = ? and " + scope.sql("c.org_unit_id"))
                .params(number, scope.sqlArgument()).query((rs, n) -> customer(rs)).optional();
    }

    PageResult<Customer> search(Criteria criteria, DataScope scope, PageQuery page) {
        StringBuilder where = new StringBuilder(scope.sql("c.org_unit_id"));
        List<Object> args = new ArrayList<>(List.of(scope.sqlArgument()));
        if (criteria.namePrefix() != null) {
            // Escape LIKE wildcards: a name is matched by prefix only.
            where.append(" and c.name like ? escape '\\'");
            args.add(criteria.namePrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (criteria.mobile() != null) {
            where.append(" and c.mobile_idx = ?");
            args.add(index.of(MOBILE, criteria.mobile()));
        }
        if (criteria.idNumber() != null) {
            where.append(" and c.id_number_idx = ?");
            args.add(index.of(ID_NUMBER, criteria.idNumber()));
        }
        long total = jdbc.sql("select count(*) from customer c where " + where).params(args)
                .query(Long.class).single();
        List<Customer> items = jdbc.sql(SELECT + where + page.sqlTail(SORTABLE, "c.id")).params(args)
                .query((rs, n) -> customer(rs)).list();
        return PageResult.of(items, page, total);
    }

    /**
     * What other modules need of a customer to reach them — number, mobile, e-mail — for the living
     * customers in scope whose number, mobile or ID number is {@code value}; at most two rows (two mean
     * ambiguous). One indexed query that decrypts two fields: intake calls it on every case it opens.
     */
    List<CustomerDirectory.KnownCustomer> contacts(String field, String value, DataScope scope) {
        String where = switch (field) {
            case "number" -> "c.number = ?";
            case "mobile" -> "c.mobile_idx = ?";
            case "idNumber" -> "c.id_number_idx = ?";
            default -> throw new IllegalArgumentException(field);
        };
        Object key = switch (field) {
            case "mobile" -> index.of(MOBILE, value);
            case "idNumber" -> index.of(ID_NUMBER, value);
            default -> value;
        };
        return jdbc.sql("select c.number, c.mobile_enc, c.email_enc from customer c where " + where
                        + " and c.erased_at is null and " + scope.sql("c.org_unit_id") + " limit 2")
                .params(key, scope.sqlArgument())
                .query((rs, n) -> new CustomerDirectory.KnownCustomer(rs.getString(1),
                        cipher.decrypt(MOBILE, rs.getString(2)), cipher.decrypt(EMAIL, rs.getString(3)))).list();
    }

    /** Removes every personal datum and keeps the row under a pseudonym (PIPL art. 47). */
    /**
     * Removes every personal datum — identity, contact, and the financial profile (holdings, risk
     * preference, segment, tier, stage) — and keeps the row under a pseudonym (PIPL art. 47). Returns false
     * when someone else erased it first.
     */
    boolean erase(long id, String number) {
        int erased = jdbc.sql("""
                update customer set name = ?, gender = null, birth_date_enc = null, id_type = null,
                  id_number_enc = null, id_number_idx = null, mobile_enc = null, mobile_idx = null, email_enc = null,
                  address_enc = null, occupation = null, relationship_manager = null, tags = '{}',
                  account_types = '{}', risk_preference = null, segment = null, value_tier = null,
                  lifecycle_stage = null, next_return_visit_on = null,
                  erased_at = now(), updated_at = now(), version = version + 1
                where id = ? and erased_at is null""").params(Customer.pseudonym(number), id).update();
        jdbc.sql("delete from customer_consent where customer_id = ?").param(id).update();
        return erased == 1;
    }

    long count() {
        return jdbc.sql("select count(*) from customer").query(Long.class).single();
    }

    private Customer customer(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String birthDate = cipher.decrypt(BIRTH_DATE, rs.getString("birth_date_enc"));
        Timestamp erasedAt = rs.getTimestamp("erased_at");
        return new Customer(id, rs.getString("number"), rs.getString("name"),
                value(Gender.class, rs.getString("gender")), birthDate == null ? null : LocalDate.parse(birthDate),
                value(IdType.class, rs.getString("id_type")), cipher.decrypt(ID_NUMBER, rs.getString("id_number_enc")),
                cipher.decrypt(MOBILE, rs.getString("mobile_enc")), cipher.decrypt(EMAIL, rs.getString("email_enc")),
                cipher.decrypt(ADDRESS, rs.getString("address_enc")), rs.getString("occupation"),
                value(CustomerType.class, rs.getString("customer_type")),
                value(RiskPreference.class, rs.getString("risk_preference")), strings(rs.getArray("account_types")),
                rs.getString("segment"), rs.getString("value_tier"),
                value(LifecycleStage.class, rs.getString("lifecycle_stage")), rs.getString("relationship_manager"),
                rs.getString("org_unit_code"), consents(id), strings(rs.getArray("tags")),
                rs.getObject("next_return_visit_on", LocalDate.class), erasedAt == null ? null : erasedAt.toInstant(), rs.getInt("version"));
    }

    private List<Consent> consents(long customerId) {
        return jdbc.sql("select purpose, given_at, withdrawn_at from customer_consent where customer_id = ?"
                        + " order by purpose").param(customerId)
                .query((rs, n) -> new Consent(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant())).list();
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : new LinkedHashSet<>(List.of((String[]) array.getArray()));
    }

    private static String[] sorted(Set<String> values) {
        return values.stream().map(String::strip).sorted().toArray(String[]::new);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
