package org.kefu.knowledge.intent;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.kefu.knowledge.Language;

/**
 * Sentence embeddings from the ONNX models shipped inside the langchain4j jars — nothing is downloaded:
 * all-MiniLM-L6-v2 (quantised) for English, bge-small-zh-v1.5 for Chinese. Each model is loaded on first
 * use (a second or two and ~100 MB), so a Kefu that never classifies Chinese never loads the Chinese one.
 *
 * <p>The sessions are built here rather than by langchain4j's model classes so that each runs on one
 * thread: a query is a few milliseconds of work, and ONNX Runtime's default pool of spinning threads
 * only adds tail latency on a shared machine. Batches (training) run in parallel across texts instead.
 */
final class OnnxSentenceEncoder implements SentenceEncoder {

    private volatile EmbeddingModel english;
    private volatile EmbeddingModel chinese;

    @Override
    public String modelName(Language language) {
        return language == Language.ZH ? "bge-small-zh-v1.5" : "all-minilm-l6-v2-q";
    }

    @Override
    public int dimensions(Language language) {
        return language == Language.ZH ? 512 : 384;
    }

    @Override
    public List<float[]> encode(List<String> texts, Language language) {
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList();
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (Embedding embedding : model(language).embedAll(segments).content()) {
            vectors.add(unit(embedding.vector()));
        }
        return vectors;
    }

    private EmbeddingModel model(Language language) {
        if (language == Language.ZH) {
            if (chinese == null) {
                synchronized (this) {
                    if (chinese == null) {
                        chinese = load("bge-small-zh-v1.5", PoolingMode.CLS, 512);
                    }
                }
            }
            return chinese;
        }
        if (english == null) {
            synchronized (this) {
                if (english == null) {
                    english = load("all-minilm-l6-v2-q", PoolingMode.MEAN, 384);
                }
            }
        }
        return english;
    }

    private EmbeddingModel load(String name, PoolingMode pooling, int dimensions) {
        ClassLoader loader = OnnxSentenceEncoder.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(name + ".onnx");
             InputStream tokenizer = loader.getResourceAsStream(name + "-tokenizer.json")) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("embedding model " + name + " is not on the class path");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new SingleThreadedModel(new OnnxBertBiEncoder(environment, session, tokenizer, pooling), dimensions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("embedding model " + name + " does not load", e);
        }
    }

    /** langchain4j's in-process model around our session; batches spread over the machine's cores. */
    private static final class SingleThreadedModel extends AbstractInProcessEmbeddingModel {
        private static final ExecutorService BATCHES = Executors.newFixedThreadPool(
                Math.max(1, Runtime.getRuntime().availableProcessors()), runnable -> {
                    Thread thread = new Thread(runnable, "intent-embedding");
                    thread.setDaemon(true);
                    return thread;
                });

        private final OnnxBertBiEncoder encoder;
        private final int dimensions;

        SingleThreadedModel(OnnxBertBiEncoder encoder, int dimensions) {
            super(BATCHES);
            this.encoder = encoder;
            this.dimensions = dimensions;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return dimensions;
        }
    }

    static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm > 0) {
            float scale = (float) (1.0 / Math.sqrt(norm));
            for (int i = 0; i < vector.length; i++) {
                vector[i] *= scale;
            }
        }
        return vector;
    }
}
