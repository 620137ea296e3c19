package org.kefu.knowledge.intent;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kefu.knowledge.Language;

/**
 * Embeddings remembered in a file, for evaluation runs that train on the same data set again and again
 * (the product never uses it). Keyed by model name and text.
 */
final class CachedSentenceEncoder implements SentenceEncoder {

    private final SentenceEncoder encoder;
    private final Path file;
    private final Map<String, float[]> cache = new HashMap<>();

    CachedSentenceEncoder(SentenceEncoder encoder, Path file) {
        this.encoder = encoder;
        this.file = file;
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String key = in.readUTF();
                    float[] v = new float[in.readInt()];
                    for (int d = 0; d < v.length; d++) {
                        v[d] = in.readFloat();
                    }
                    cache.put(key, v);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String modelName(Language language) {
        return encoder.modelName(language);
    }

    @Override
    public int dimensions(Language language) {
        return encoder.dimensions(language);
    }

    @Override
    public synchronized List<float[]> encode(List<String> texts, Language language) {
        List<String> missing = texts.stream().filter(t -> !cache.containsKey(key(t, language))).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> vectors = encoder.encode(missing, language);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(key(missing.get(i), language), vectors.get(i));
            }
        }
        List<float[]> result = new ArrayList<>(texts.size());
        texts.forEach(t -> result.add(cache.get(key(t, language)).clone()));
        return result;
    }

    private String key(String text, Language language) {
        return encoder.modelName(language) + '\u0000' + text;
    }

    void save() {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(cache.size());
            for (Map.Entry<String, float[]> e : cache.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
