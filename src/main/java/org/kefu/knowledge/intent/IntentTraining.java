package org.kefu.knowledge.intent;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.kefu.knowledge.IntentCatalog;
import org.kefu.knowledge.IntentsChanged;
import org.kefu.knowledge.LabelledUtterance;
import org.kefu.knowledge.Language;
import org.kefu.platform.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Trains the classifier in the background, one run at a time, on the knowledge base's utterances: on
 * request, when the intents changed (debounced, so a burst of publications trains once), and at start-up
 * when no model is stored yet. Each run is a row that shows its progress; a finished run's model is stored
 * and put in use at once. With several nodes, each looks every {@code model-poll-interval} for a newer ready
 * model (another node trained it) and loads it, and beats the heart of its own run so that a node starting
 * meanwhile does not take it for one cut short.
 */
@Service
class IntentTraining {

    private static final Logger log = LoggerFactory.getLogger(IntentTraining.class);

    private final IntentModelStore store;
    private final ObjectProvider<IntentCatalog> catalog;
    private final SentenceEncoder encoder;
    private final KnowledgeIntentClassifier classifier;
    private final ApplicationEventPublisher events;
    private final IntentClassifierProperties properties;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "intent-training");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY); // answering customers comes first
        return thread;
    });
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "intent-model-poll");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pendingRetrain;
    /** The stored version in use here (0: none) and the newest one tried, so an unreadable model is tried once. */
    private long inUseId;
    private long triedId;
    private volatile Long runningHere;
    /** The training set of the model in use (stored with it): a change that leaves it as it was trains nothing. */
    private volatile String inUseTrainingSet;

    IntentTraining(IntentModelStore store, ObjectProvider<IntentCatalog> catalog, SentenceEncoder encoder,
                   KnowledgeIntentClassifier classifier, ApplicationEventPublisher events,
                   IntentClassifierProperties properties) {
        this.store = store;
        this.catalog = catalog;
        this.encoder = encoder;
        this.classifier = classifier;
        this.events = events;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startUp() {
        store.failStale(properties.staleTrainingAfter());
        boolean loaded = catchUp();
        if (!loaded && properties.trainAtStartup() && !utterances().isEmpty()) {
            // Not request(): a run may still be going on another node (or look so, until its heartbeat is
            // stale), and a 409 must not stop this node starting; this tries again until it can.
            retrainQuietly("start-up: no usable model yet");
        }
        long every = properties.modelPollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            Long running = runningHere;
            if (running != null) {
                store.heartbeat(running);
            }
            store.failStale(properties.staleTrainingAfter());
            catchUp();
        } catch (RuntimeException e) {
            log.warn("Could not look for a newer intent model; trying again later", e);
        }
    }

    /** Loads the newest ready model if it is newer than the one in use (trained here or by another node). */
    synchronized boolean catchUp() {
        long newest = store.newestReadyId();
        if (newest <= inUseId || newest == triedId) {
            return newest != 0 && newest == inUseId;
        }
        triedId = newest;
        return store.newestReady().filter(stored -> stored.id() == newest).map(this::load).orElse(false);
    }

    /** Puts a model in use unless a newer one already is (another node's run may finish before this one). */
    private synchronized void use(IntentModel model, long id, String trainingSet) {
        if (id > inUseId) {
            classifier.use(model, IntentModelVersion.versionOf(id));
            inUseId = id;
            inUseTrainingSet = trainingSet;
        }
    }

    /**
     * Puts a stored model in use unless it was trained on other encoders' vectors (an upgrade changed a
     * model) or cannot be read: then a new one is trained rather than Kefu answering nonsense or not starting.
     */
    private boolean load(IntentModelStore.Stored stored) {
        String version = IntentModelVersion.versionOf(stored.id());
        try {
            IntentModel model = IntentModelCodec.fromBytes(stored.model());
            if (!model.englishEncoder().equals(encoder.modelName(Language.EN))
                    || !model.chineseEncoder().equals(encoder.modelName(Language.ZH))) {
                log.warn("Intent model {} was trained on other embeddings ({}, {}); retraining", version,
                        model.englishEncoder(), model.chineseEncoder());
                return false;
            }
            use(model, stored.id(), stored.trainingSet());
            log.info("Intent model {} loaded", version);
            return true;
        } catch (RuntimeException e) {
            log.warn("Intent model {} cannot be read; retraining", version, e);
            return false;
        }
    }

    /** Starts a run now; 409 while one is running. */
    synchronized IntentModelVersion request(String requestedBy, String reason) {
        if (store.training()) {
            throw new ConflictException("knowledge.intent.model.training-running");
        }
        long id = store.start(requestedBy, reason);
        events.publishEvent(new IntentModelTrainingRequested(id, reason));
        worker.execute(() -> run(id));
        return store.find(id).orElseThrow();
    }

    @TransactionalEventListener(fallbackExecution = true)
    synchronized void on(IntentsChanged changed) {
        if (!properties.retrainOnChange()) {
            return;
        }
        if (pendingRetrain != null) {
            pendingRetrain.cancel(false);
        }
        pendingRetrain = worker.schedule(() -> retrainQuietly("intents changed: " + changed.reason()),
                properties.retrainDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void retrainQuietly(String reason) {
        if (fingerprint(utterances()).equals(inUseTrainingSet)) {
            // Announced, but the same utterances (the demo seed at start-up, an article edited elsewhere).
            log.debug("Intent model not retrained ({}): the utterances are those of the model in use", reason);
            return;
        }
        try {
            IntentModelVersion version = request("system", reason.length() > 200 ? reason.substring(0, 200) : reason);
            log.info("Intent model {} training: {}", version.version(), reason);
        } catch (ConflictException running) {
            // A run is going on — with the utterances of a moment ago; try again once it is over.
            pendingRetrain = worker.schedule(() -> retrainQuietly(reason), properties.retrainDelay().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void run(long id) {
        runningHere = id;
        try {
            List<LabelledUtterance> utterances = utterances();
            long intents = utterances.stream().map(LabelledUtterance::intent).distinct().count();
            if (intents < 2) {
                throw new IllegalArgumentException("needs at least two intents with utterances, found " + intents);
            }
            long started = System.nanoTime();
            IntentTrainer.Result result = new IntentTrainer(encoder, IntentTrainer.Settings.defaults())
                    .train(utterances, new StoredProgress(id));
            byte[] bytes = IntentModelCodec.toBytes(result.model());
            String trainingSet = fingerprint(utterances);
            store.ready(id, result, bytes, trainingSet);
            use(result.model(), id, trainingSet);
            log.info("Intent model {} in use: {} intents, {} utterances, held-out accuracy {}, {} s",
                    IntentModelVersion.versionOf(id), intents, utterances.size(), result.heldOutAccuracy(),
                    (System.nanoTime() - started) / 1_000_000_000);
            events.publishEvent(new IntentModelTrained(id, true, (int) intents, utterances.size(),
                    Double.isNaN(result.heldOutAccuracy()) ? null : result.heldOutAccuracy(), null));
        } catch (RuntimeException | OutOfMemoryError e) {
            if (e instanceof IllegalArgumentException) {
                log.info("Intent model {} not trained: {}", IntentModelVersion.versionOf(id), e.getMessage());
            } else {
                log.warn("Intent model {} training failed", IntentModelVersion.versionOf(id), e);
            }
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            store.failed(id, error);
            events.publishEvent(new IntentModelTrained(id, false, null, null, null, error));
        } finally {
            runningHere = null;
        }
    }

    /** The training set in a word: its utterances, in order, hashed. */
    private static String fingerprint(List<LabelledUtterance> utterances) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            utterances.stream().map(u -> u.intent() + "\u0000" + u.language() + "\u0000" + u.text() + "\n").sorted()
                    .forEach(line -> sha.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<LabelledUtterance> utterances() {
        IntentCatalog source = catalog.getIfAvailable();
        return source == null ? List.of() : source.trainingSet().stream()
                .filter(u -> u.text() != null && !u.text().isBlank() && u.intent() != null && !u.intent().isBlank())
                .toList();
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
        worker.shutdownNow();
    }

    /** Writes progress to the run's row when it moved by 5 points or changed stage, not on every batch. */
    private final class StoredProgress implements IntentTrainer.Progress {
        private final long id;
        private String stage = "";
        private double reported = -1;

        StoredProgress(long id) {
            this.id = id;
        }

        @Override
        public void report(String stage, double fraction) {
            if (!stage.equals(this.stage) || fraction - reported >= 0.05) {
                this.stage = stage;
                this.reported = fraction;
                store.progress(id, stage, fraction);
            }
        }
    }
}
