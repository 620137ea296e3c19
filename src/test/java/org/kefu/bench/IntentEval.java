package org.kefu.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.kefu.knowledge.IntentPrediction;
import org.kefu.knowledge.LabelledUtterance;
import org.kefu.knowledge.Language;
import org.kefu.knowledge.intent.OfflineIntentTraining;
import org.kefu.knowledge.intent.OfflineIntentTraining.Trained;

/**
 * Evaluates the product's intent classifier on any labelled set: {@code IntentEval train.csv test.csv
 * [out-of-scope.csv]} (CSV {@code text,category} with a header; xSID's {@code .tsv} with columns
 * {@code intent,text} is read as well). Trains through the same code as knowledge-base training, then
 * reports accuracy, macro-F1, the most confused pairs, training time, model size and classification latency.
 * {@code IntentEval --validate train.csv} instead cuts a validation split from train and compares settings,
 * so that the test set is only touched for the figure reported.
 */
public final class IntentEval {

    private static final Path CACHE = Path.of("target/intent-embeddings.bin");

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("--validate")) {
            validate(read(Path.of(args[1])));
            return;
        }
        if (args.length < 2) {
            System.err.println("usage: intent-eval.sh <train.csv> <test.csv> [out-of-scope.csv] | --validate <train.csv>");
            System.exit(2);
        }
        List<LabelledUtterance> train = read(Path.of(args[0]));
        List<LabelledUtterance> test = read(Path.of(args[1]));
        List<LabelledUtterance> outOfScope = args.length > 2 ? read(Path.of(args[2])) : List.of();
        System.out.printf("train %s: %d utterances, %d intents; test %s: %d%n", args[0], train.size(),
                train.stream().map(LabelledUtterance::intent).distinct().count(), args[1], test.size());
        long start = System.nanoTime();
        Trained trained = OfflineIntentTraining.train(train, CACHE);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("training: %.1f s (embeddings cached in %s after the first run; delete it to time a cold run)%n",
                seconds, CACHE);
        System.out.printf("model: %,d bytes, %,d features, held-out accuracy %.2f%%, temperature %.3f, threshold %.3f%n",
                trained.modelBytes(), trained.features(), 100 * trained.heldOutAccuracy(), trained.temperature(),
                trained.threshold());
        report(trained, test, outOfScope);
    }

    private static void report(Trained trained, List<LabelledUtterance> test, List<LabelledUtterance> outOfScope) {
        for (int i = 0; i < Math.min(50, test.size()); i++) { // warm-up
            trained.classifier().classify(test.get(i).text(), test.get(i).language());
        }
        long[] nanos = new long[test.size()];
        List<IntentPrediction> predictions = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            long t = System.nanoTime();
            predictions.add(trained.classifier().classify(test.get(i).text(), test.get(i).language()));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        Scores scores = new Scores();
        int handedOff = 0;
        int answeredRight = 0;
        int answered = 0;
        int ambiguous = 0;
        for (int i = 0; i < test.size(); i++) {
            IntentPrediction p = predictions.get(i);
            String predicted = p.top().map(s -> s.intent()).orElse("-");
            scores.add(test.get(i).intent(), predicted);
            if (p.outOfScope()) {
                handedOff++;
            } else if (p.ambiguous()) {
                ambiguous++;
            } else {
                answered++;
                if (predicted.equals(test.get(i).intent())) {
                    answeredRight++;
                }
            }
        }
        System.out.printf("accuracy (top-1): %.2f%% (%d/%d)%n", 100.0 * scores.correct / test.size(), scores.correct, test.size());
        System.out.printf("macro-F1: %.2f%%%n", 100 * scores.macroF1());
        System.out.printf("answered %d (%.1f%%), of which right %.2f%%; ambiguous (clarify) %d; out of scope (hand-off) %d%n",
                answered, 100.0 * answered / test.size(), 100.0 * answeredRight / Math.max(1, answered), ambiguous, handedOff);
        System.out.printf("latency per classify: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", nanos[nanos.length / 2] / 1e6,
                nanos[(int) Math.min(nanos.length - 1, Math.ceil(nanos.length * 0.99) - 1)] / 1e6, nanos[nanos.length - 1] / 1e6);
        System.out.println("most confused (true -> predicted: count):");
        scores.confused().stream().limit(10).forEach(e -> System.out.printf("  %s: %d%n", e.getKey(), e.getValue()));
        if (!outOfScope.isEmpty()) {
            int recalled = 0;
            for (LabelledUtterance u : outOfScope) {
                if (trained.classifier().classify(u.text(), u.language()).outOfScope()) {
                    recalled++;
                }
            }
            System.out.printf("out of scope: hand-off recall %.2f%% (%d/%d); in-scope accuracy (right and not handed off) %.2f%%%n",
                    100.0 * recalled / outOfScope.size(), recalled, outOfScope.size(),
                    100.0 * (scores.correct - wrongButHandedOff(predictions, test)) / test.size());
        }
    }

    /** In-scope questions whose top intent was right but that were handed off anyway. */
    private static int wrongButHandedOff(List<IntentPrediction> predictions, List<LabelledUtterance> test) {
        int n = 0;
        for (int i = 0; i < test.size(); i++) {
            IntentPrediction p = predictions.get(i);
            String truth = test.get(i).intent();
            if (p.outOfScope() && p.top().map(s -> s.intent().equals(truth)).orElse(false)) {
                n++;
            }
        }
        return n;
    }

    /** Compares settings on a stratified 15% validation split of the training file; test is not read. */
    private static void validate(List<LabelledUtterance> all) {
        Map<String, List<LabelledUtterance>> byIntent = new LinkedHashMap<>();
        all.forEach(u -> byIntent.computeIfAbsent(u.intent(), k -> new ArrayList<>()).add(u));
        Random random = new Random(7);
        List<LabelledUtterance> train = new ArrayList<>();
        List<LabelledUtterance> validation = new ArrayList<>();
        byIntent.values().forEach(group -> {
            Collections.shuffle(group, random);
            int cut = group.size() * 15 / 100;
            validation.addAll(group.subList(0, cut));
            train.addAll(group.subList(cut, group.size()));
        });
        double[] costs = Arrays.stream(System.getProperty("intent.costs", "0.5,1,2").split(","))
                .mapToDouble(Double::parseDouble).toArray();
        double[] weights = Arrays.stream(System.getProperty("intent.dense", "0.5,1,2").split(","))
                .mapToDouble(Double::parseDouble).toArray();
        for (double cost : costs) {
            for (double weight : weights) {
                long start = System.nanoTime();
                Trained trained = OfflineIntentTraining.train(train, CACHE, cost, (float) weight, 0.15);
                double seconds = (System.nanoTime() - start) / 1e9;
                int correct = 0;
                for (LabelledUtterance u : validation) {
                    if (trained.classifier().classify(u.text(), u.language()).top()
                            .map(s -> s.intent().equals(u.intent())).orElse(false)) {
                        correct++;
                    }
                }
                System.out.printf(Locale.ROOT, "C=%.3g dense=%.3g: validation accuracy %.2f%% (%d/%d), train %.1f s, %,d bytes%n",
                        cost, weight, 100.0 * correct / validation.size(), correct, validation.size(), seconds,
                        trained.modelBytes());
            }
        }
    }

    public static List<LabelledUtterance> read(Path file) throws IOException {
        boolean tsv = file.toString().endsWith(".tsv");
        CSVFormat format = (tsv ? CSVFormat.TDF.builder().setQuote(null) : CSVFormat.DEFAULT.builder())
                .setHeader().setSkipHeaderRecord(true).get();
        List<LabelledUtterance> utterances = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                String text = row.get("text");
                String intent = tsv ? row.get("intent") : row.get("category");
                Language language = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        ? Language.ZH : Language.EN;
                utterances.add(new LabelledUtterance(text, intent, language));
            }
        }
        return utterances;
    }

    /** Per-intent counts for accuracy, macro-F1 and the confusion pairs. */
    private static final class Scores {
        int correct;
        final Map<String, int[]> perIntent = new HashMap<>(); // true positives, false positives, false negatives
        final Map<String, Integer> pairs = new HashMap<>();

        void add(String truth, String predicted) {
            if (truth.equals(predicted)) {
                correct++;
                perIntent.computeIfAbsent(truth, k -> new int[3])[0]++;
            } else {
                perIntent.computeIfAbsent(predicted, k -> new int[3])[1]++;
                perIntent.computeIfAbsent(truth, k -> new int[3])[2]++;
                pairs.merge(truth + " -> " + predicted, 1, Integer::sum);
            }
        }

        double macroF1() {
            double sum = 0;
            int n = 0;
            for (String intent : new TreeSet<>(perIntent.keySet())) {
                int[] c = perIntent.get(intent);
                if (c[0] + c[2] == 0) {
                    continue; // never the truth: not an intent of the test set
                }
                double precision = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
                double recall = (double) c[0] / (c[0] + c[2]);
                sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                n++;
            }
            return sum / n;
        }

        List<Map.Entry<String, Integer>> confused() {
            return pairs.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .toList();
        }
    }
}
