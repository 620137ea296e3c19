package org.kefu.knowledge.intent;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sparse half of the features: the training terms seen in at least {@code minDocuments} utterances,
 * weighted by sublinear term frequency times smoothed inverse document frequency, each vector of unit
 * length. Terms never seen in training are ignored — which is what makes gibberish score low everywhere.
 */
final class TermVocabulary {

    private final Map<String, Integer> index;
    private final String[] terms;
    private final float[] idf;

    TermVocabulary(String[] terms, float[] idf) {
        this.terms = terms;
        this.idf = idf;
        this.index = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            index.put(terms[i], i);
        }
    }

    static TermVocabulary learn(List<List<String>> documents, int minDocuments) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (List<String> document : documents) {
            document.stream().distinct().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        String[] kept = documentFrequency.entrySet().stream()
                .filter(e -> e.getValue() >= minDocuments)
                .map(Map.Entry::getKey).sorted().toArray(String[]::new);
        float[] idf = new float[kept.length];
        int n = documents.size();
        for (int i = 0; i < kept.length; i++) {
            idf[i] = (float) (Math.log((1.0 + n) / (1.0 + documentFrequency.get(kept[i]))) + 1.0);
        }
        return new TermVocabulary(kept, idf);
    }

    int size() {
        return terms.length;
    }

    String[] terms() {
        return terms;
    }

    float[] idf() {
        return idf;
    }

    /** Indices (ascending, 0-based) and unit-length weights of the known terms. */
    SparseVector vectorize(List<String> documentTerms) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String term : documentTerms) {
            Integer i = index.get(term);
            if (i != null) {
                counts.merge(i, 1, Integer::sum);
            }
        }
        int[] indices = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] values = new float[indices.length];
        double norm = 0;
        for (int k = 0; k < indices.length; k++) {
            double v = (1.0 + Math.log(counts.get(indices[k]))) * idf[indices[k]];
            values[k] = (float) v;
            norm += v * v;
        }
        if (norm > 0) {
            float scale = (float) (1.0 / Math.sqrt(norm));
            for (int k = 0; k < values.length; k++) {
                values[k] *= scale;
            }
        }
        return new SparseVector(indices, values);
    }

    record SparseVector(int[] indices, float[] values) {
        boolean isEmpty() {
            return indices.length == 0;
        }

        @Override
        public String toString() {
            return Arrays.toString(indices);
        }
    }
}
