package org.kefu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Two requests of one session, each loading it before the other saved, both set an attribute the session
 * did not have: both write it as a new row. Without PostgreSQL's upsert the second write broke the
 * attribute table's primary key (a 500 for the user's parallel page loads); now the later write wins.
 */
@KefuTest
class SessionAttributeRaceTests {

    @Autowired
    JdbcIndexedSessionRepository repository;

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void twoRequestsAddingTheSameNewAttributeBothSucceedAndTheLaterWins() {
        SessionRepository<Session> sessions = (SessionRepository) repository;
        Session created = sessions.createSession();
        sessions.save(created);
        Session first = sessions.findById(created.getId());
        Session second = sessions.findById(created.getId());

        first.setAttribute("console.filters", "from the first request");
        second.setAttribute("console.filters", "from the second request");
        sessions.save(first);

        assertThatCode(() -> sessions.save(second)).doesNotThrowAnyException();
        assertThat((String) sessions.findById(created.getId()).getAttribute("console.filters"))
                .isEqualTo("from the second request");
        sessions.deleteById(created.getId());
    }
}
