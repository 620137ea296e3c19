package org.kefu.cases;

import java.util.EnumSet;
import java.util.Set;

import org.kefu.platform.Actor;
import org.kefu.platform.DataScope;
import org.kefu.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an online-chat channel (the knowledge module's assistant) may do with cases: open one for the
 * customer it talks to. Like {@link PortalCases} it has no staff actor: it acts as the system actor
 * {@code assistant} of the configured unit, so numbering, grading ({@link PriorityPolicy}: account security
 * is P1), routing, the audit entry and the "accepted" message are the ordinary ones. Reading a case back for
 * a customer goes through {@link PortalCases#contactsOf} and {@link PortalCases#publicView}.
 */
@Service
public class ChatCases {

    private final Cases cases;
    private final CaseStore store;
    private final JdbcClient jdbc;
    private final String unitCode;

    ChatCases(Cases cases, CaseStore store, JdbcClient jdbc,
              @Value("${kefu.assistant.unit:${kefu.portal.unit:HQ}}") String unitCode) {
        this.cases = cases;
        this.store = store;
        this.jdbc = jdbc;
        this.unitCode = unitCode;
    }

    /**
     * A request from the chat. {@code kind} is a lower_snake_case case kind a customer may choose
     * ({@link PortalCases#KINDS}); {@code accountSecurity} marks what endangers the customer's account now
     * (a lost card), which makes the case P1.
     */
    public record Request(String kind, String category, String subject, String description, boolean accountSecurity,
                          String contactName, String mobile) {
    }

    /** Opens the case from the online-chat channel and returns its number. */
    @Transactional
    public String open(Request r, String clientAddress) {
        CaseKind kind = PortalCases.KINDS.contains(r.kind())
                ? JsonNames.parse(CaseKind.class, r.kind()).orElseThrow() : null;
        if (kind == null) {
            throw new InvalidInputException("kind", "invalid", "cases.field.kind");
        }
        if (r.category() != null && !store.categoryExists(r.category())) {
            throw new InvalidInputException("category", "invalid", "cases.field.category");
        }
        Long unitId = jdbc.sql("select id from org_unit where code = ?").param(unitCode).query(Long.class).optional()
                .orElseThrow(() -> new PortalCases.Unavailable("kefu.assistant.unit " + unitCode + " does not exist"));
        Actor assistant = new Actor(Actor.Type.SYSTEM, "assistant", unitId, unitCode, clientAddress, Set.of(),
                DataScope.all());
        Set<CaseFlag> flags = r.accountSecurity() ? EnumSet.of(CaseFlag.ACCOUNT_SECURITY) : Set.of();
        CaseIntake intake = new CaseIntake(kind, CaseChannel.ONLINE_CHAT, r.category(), r.subject(), r.description(),
                flags, null, r.mobile() == null ? null : new CaseIntake.Contact(r.contactName(), r.mobile(), null));
        return cases.open(intake, null, assistant, null).stored().theCase().number();
    }
}
