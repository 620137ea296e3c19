package org.kefu.knowledge.intent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Classifier versions in {@code knowledge_intent_model}: training runs, their progress, the models. */
@Repository
class IntentModelStore {

    private static final String COLUMNS = "id, status, stage, progress, requested_by, reason, utterances, intents,"
            + " held_out_accuracy, held_out_size, threshold, model_bytes, error, created_at, finished_at,"
            + " id = (select max(id) from knowledge_intent_model where status = 'ready') as active";

    /** A ready model's bytes and version. */
    record Stored(long id, byte[] model) {
    }

    private final JdbcClient jdbc;

    IntentModelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(String requestedBy, String reason) {
        return jdbc.sql("insert into knowledge_intent_model (requested_by, reason) values (?, ?) returning id")
                .params(requestedBy, reason).query(Long.class).single();
    }

    void progress(long id, String stage, double progress) {
        jdbc.sql("update knowledge_intent_model set stage = ?, progress = ? where id = ? and status = 'training'")
                .params(stage, (float) Math.max(0, Math.min(1, progress)), id).update();
    }

    void ready(long id, IntentTrainer.Result result, byte[] model) {
        jdbc.sql("update knowledge_intent_model set status = 'ready', stage = 'done', progress = 1, utterances = ?,"
                        + " intents = ?, held_out_accuracy = ?, held_out_size = ?, threshold = ?, temperature = ?,"
                        + " model = ?, model_bytes = ?, finished_at = now() where id = ?")
                .params(result.examples(), result.model().intents().length,
                        Double.isNaN(result.heldOutAccuracy()) ? null : result.heldOutAccuracy(), result.heldOutSize(),
                        result.model().threshold(), result.model().temperature(), model, model.length, id)
                .update();
    }

    void failed(long id, String error) {
        jdbc.sql("update knowledge_intent_model set status = 'failed', error = ?, finished_at = now() where id = ?")
                .params(error.length() > 500 ? error.substring(0, 500) : error, id).update();
    }

    /** Runs cut short by a stop of the application never finish: say so. */
    int failUnfinished() {
        return jdbc.sql("update knowledge_intent_model set status = 'failed', error = 'interrupted: Kefu stopped',"
                + " finished_at = now() where status = 'training'").update();
    }

    boolean training() {
        return jdbc.sql("select exists (select 1 from knowledge_intent_model where status = 'training')")
                .query(Boolean.class).single();
    }

    Optional<Stored> newestReady() {
        return jdbc.sql("select id, model from knowledge_intent_model where status = 'ready' order by id desc limit 1")
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getBytes("model"))).optional();
    }

    List<IntentModelVersion> list(int limit) {
        return jdbc.sql("select " + COLUMNS + " from knowledge_intent_model order by id desc limit ?").param(limit)
                .query(IntentModelStore::version).list();
    }

    Optional<IntentModelVersion> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from knowledge_intent_model where id = ?").param(id)
                .query(IntentModelStore::version).optional();
    }

    private static IntentModelVersion version(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new IntentModelVersion(id, IntentModelVersion.versionOf(id), rs.getString("status"), rs.getString("stage"),
                rs.getFloat("progress"), rs.getString("requested_by"), rs.getString("reason"),
                rs.getObject("utterances", Integer.class), rs.getObject("intents", Integer.class),
                rs.getObject("held_out_accuracy", Double.class), rs.getObject("held_out_size", Integer.class),
                rs.getObject("threshold", Double.class), rs.getObject("model_bytes", Integer.class),
                rs.getString("error"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("finished_at")),
                rs.getBoolean("active"));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
