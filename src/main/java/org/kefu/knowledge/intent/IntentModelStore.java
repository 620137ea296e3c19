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
    record Stored(long id, byte[] model, String trainingSet) {
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
        jdbc.sql("update knowledge_intent_model set stage = ?, progress = ?, updated_at = now()"
                        + " where id = ? and status = 'training'")
                .params(stage, (float) Math.max(0, Math.min(1, progress)), id).update();
    }

    void ready(long id, IntentTrainer.Result result, byte[] model, String trainingSet) {
        jdbc.sql("update knowledge_intent_model set status = 'ready', stage = 'done', progress = 1, utterances = ?,"
                        + " intents = ?, held_out_accuracy = ?, held_out_size = ?, threshold = ?, temperature = ?,"
                        + " model = ?, model_bytes = ?, training_set = ?, finished_at = now(), updated_at = now()"
                        + " where id = ?")
                .params(result.examples(), result.model().intents().length,
                        Double.isNaN(result.heldOutAccuracy()) ? null : result.heldOutAccuracy(), result.heldOutSize(),
                        result.model().threshold(), result.model().temperature(), model, model.length, trainingSet, id)
                .update();
    }

    void failed(long id, String error) {
        jdbc.sql("update knowledge_intent_model set status = 'failed', error = ?, finished_at = now() where id = ?")
                .params(error.length() > 500 ? error.substring(0, 500) : error, id).update();
    }

    /** The training node is alive: its run is not taken for one cut short. */
    void heartbeat(long id) {
        jdbc.sql("update knowledge_intent_model set updated_at = now() where id = ? and status = 'training'")
                .param(id).update();
    }

    /**
     * Runs cut short by a stop of their node never finish: say so. Only runs silent for {@code quiet}: another
     * node may be training right now, and its heartbeat keeps its run from being failed by a node starting.
     */
    int failStale(java.time.Duration quiet) {
        return jdbc.sql("update knowledge_intent_model set status = 'failed', finished_at = now(),"
                        + " error = 'interrupted: no progress for ' || ? || ' s (its node stopped)'"
                        + " where status = 'training' and updated_at < now() - make_interval(secs => ?)")
                .params(quiet.toSeconds(), (double) quiet.toSeconds()).update();
    }

    boolean training() {
        return jdbc.sql("select exists (select 1 from knowledge_intent_model where status = 'training')")
                .query(Boolean.class).single();
    }

    Optional<Stored> newestReady() {
        return jdbc.sql("select id, model, training_set from knowledge_intent_model where status = 'ready'"
                        + " order by id desc limit 1")
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getBytes("model"), rs.getString("training_set")))
                .optional();
    }

    /** The version a node should be using, cheaply (without the model's bytes). */
    long newestReadyId() {
        return jdbc.sql("select coalesce(max(id), 0) from knowledge_intent_model where status = 'ready'")
                .query(Long.class).single();
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
