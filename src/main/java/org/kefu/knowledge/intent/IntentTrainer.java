package org.kefu.knowledge.intent;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.kefu.knowledge.Language;
import org.kefu.knowledge.LabelledUtterance;
import org.kefu.knowledge.intent.TermVocabulary.SparseVector;

/**
 * Trains an {@link IntentModel} from labelled utterances — the knowledge base's and the benchmark's alike.
 * A stratified share of the utterances is held out first: a model fitted on the rest is scored on it to
 * fit the temperature, tune the out-of-scope threshold and report accuracy; then the model is fitted
 * again on everything with that calibration.
 */
final class IntentTrainer {

    static {
        Linear.disableDebugOutput();
    }

    /** How a model is trained; {@link #defaults()} were tuned on a validation split of BANKING77's train set. */
    record Settings(double cost, float denseWeight, int minDocuments, double heldOutShare, double targetPrecision,
                    double minimumThreshold, long seed) {

        static Settings defaults() {
            return new Settings(1.0, 2.0f, 2, 0.15, 0.95, 0.6, 20261129L);
        }
    }

    /** Where training is: a stage name and the fraction done (0..1). */
    interface Progress {
        Progress NONE = (stage, fraction) -> { };

        void report(String stage, double fraction);
    }

    record Result(IntentModel model, double heldOutAccuracy, int heldOutSize, int examples) {
    }

    private final SentenceEncoder encoder;
    private final Settings settings;

    IntentTrainer(SentenceEncoder encoder, Settings settings) {
        this.encoder = encoder;
        this.settings = settings;
    }

    Result train(List<LabelledUtterance> utterances, Progress progress) {
        String[] intents = new TreeSet<>(utterances.stream().map(LabelledUtterance::intent).toList())
                .toArray(String[]::new);
        if (intents.length < 2) {
            throw new IllegalArgumentException("at least two intents with utterances are needed, found " + intents.length);
        }
        List<Example> examples = featurize(utterances, intents, progress);
        List<List<Example>> split = split(examples, intents.length);
        List<Example> fit = split.get(0);
        List<Example> heldOut = split.get(1);
        progress.report("fitting", 0.6);
        double temperature = 0.1;
        double threshold = settings.minimumThreshold();
        double accuracy = Double.NaN;
        if (!heldOut.isEmpty()) {
            IntentModel provisional = fit(fit, intents, 1.0, 0.0);
            Calibration calibration = Calibration.fit(provisional, heldOut, settings);
            temperature = calibration.temperature();
            threshold = calibration.threshold();
            accuracy = calibration.accuracy();
        }
        progress.report("fitting", 0.8);
        IntentModel model = fit(examples, intents, temperature, threshold);
        progress.report("done", 1.0);
        return new Result(model, accuracy, heldOut.size(), examples.size());
    }

    /** One utterance ready for fitting: its terms, its embedding and the intent's index. */
    record Example(List<String> terms, float[] embedding, Language language, int intent) {
    }

    private List<Example> featurize(List<LabelledUtterance> utterances, String[] intents, Progress progress) {
        Map<String, Integer> intentIndex = new LinkedHashMap<>();
        for (int i = 0; i < intents.length; i++) {
            intentIndex.put(intents[i], i);
        }
        Language[] languages = utterances.stream().map(u -> Scripts.languageOf(u.text(), u.language()))
                .toArray(Language[]::new);
        float[][] embeddings = new float[utterances.size()][];
        int done = 0;
        for (Language language : Language.values()) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < languages.length; i++) {
                if (languages[i] == language) {
                    positions.add(i);
                }
            }
            for (int from = 0; from < positions.size(); from += 64) {
                List<Integer> batch = positions.subList(from, Math.min(from + 64, positions.size()));
                List<float[]> vectors = encoder.encode(batch.stream().map(i -> utterances.get(i).text()).toList(), language);
                for (int k = 0; k < batch.size(); k++) {
                    embeddings[batch.get(k)] = vectors.get(k);
                }
                done += batch.size();
                progress.report("embedding", 0.6 * done / utterances.size());
            }
        }
        List<Example> examples = new ArrayList<>(utterances.size());
        for (int i = 0; i < utterances.size(); i++) {
            LabelledUtterance u = utterances.get(i);
            examples.add(new Example(TextTerms.of(u.text()), embeddings[i], languages[i], intentIndex.get(u.intent())));
        }
        return examples;
    }

    /** Stratified: a share of each intent with at least four utterances is held out. */
    private List<List<Example>> split(List<Example> examples, int intentCount) {
        List<List<Example>> byIntent = new ArrayList<>();
        for (int i = 0; i < intentCount; i++) {
            byIntent.add(new ArrayList<>());
        }
        examples.forEach(e -> byIntent.get(e.intent()).add(e));
        Random random = new Random(settings.seed());
        List<Example> fit = new ArrayList<>();
        List<Example> heldOut = new ArrayList<>();
        for (List<Example> group : byIntent) {
            Collections.shuffle(group, random);
            int held = group.size() >= 4 ? (int) Math.floor(group.size() * settings.heldOutShare()) : 0;
            heldOut.addAll(group.subList(0, held));
            fit.addAll(group.subList(held, group.size()));
        }
        return List.of(fit, heldOut);
    }

    IntentModel fit(List<Example> examples, String[] intents, double temperature, double threshold) {
        TermVocabulary vocabulary = TermVocabulary.learn(examples.stream().map(Example::terms).toList(),
                settings.minDocuments());
        int english = encoder.dimensions(Language.EN);
        int chinese = encoder.dimensions(Language.ZH);
        IntentModel shape = new IntentModel(intents, vocabulary, encoder.modelName(Language.EN), english,
                encoder.modelName(Language.ZH), chinese, settings.denseWeight(), null, temperature, threshold);
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = shape.featureCount();
        problem.bias = -1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            problem.x[i] = features(shape, vocabulary.vectorize(e.terms()), e.embedding(), e.language());
            problem.y[i] = e.intent();
        }
        Model trained = Linear.train(problem, new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, settings.cost(), 0.01));
        float[][] weights = new float[intents.length][shape.featureCount()];
        int[] labels = trained.getLabels();
        for (int k = 0; k < labels.length; k++) {
            for (int f = 0; f < shape.featureCount(); f++) {
                weights[labels[k]][f] = (float) trained.getDecfunCoef(f + 1, k);
            }
        }
        return new IntentModel(intents, vocabulary, shape.englishEncoder(), english, shape.chineseEncoder(), chinese,
                settings.denseWeight(), weights, temperature, threshold);
    }

    static Feature[] features(IntentModel shape, SparseVector terms, float[] embedding, Language language) {
        Feature[] x = new Feature[terms.indices().length + embedding.length + 1];
        int k = 0;
        for (int i = 0; i < terms.indices().length; i++) {
            x[k++] = new FeatureNode(terms.indices()[i] + 1, terms.values()[i]);
        }
        int offset = shape.denseOffset(language);
        for (int d = 0; d < embedding.length; d++) {
            x[k++] = new FeatureNode(offset + d + 1, embedding[d] * shape.denseWeight());
        }
        x[k] = new FeatureNode(shape.featureCount(), 1.0);
        return x;
    }
}
