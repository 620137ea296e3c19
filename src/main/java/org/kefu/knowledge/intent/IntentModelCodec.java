package org.kefu.knowledge.intent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A model as bytes for its database row: a small versioned binary format (gzip), not Java serialization,
 * so that a stored model can never run code when it is read back.
 */
final class IntentModelCodec {

    private static final int MAGIC = 0x4B464931; // "KFI1"
    private static final int FORMAT = 1;

    private IntentModelCodec() {
    }

    static byte[] toBytes(IntentModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(model.intents().length);
            for (String intent : model.intents()) {
                out.writeUTF(intent);
            }
            TermVocabulary vocabulary = model.vocabulary();
            out.writeInt(vocabulary.size());
            for (int i = 0; i < vocabulary.size(); i++) {
                out.writeUTF(vocabulary.terms()[i]);
                out.writeFloat(vocabulary.idf()[i]);
            }
            out.writeUTF(model.englishEncoder());
            out.writeInt(model.englishDimensions());
            out.writeUTF(model.chineseEncoder());
            out.writeInt(model.chineseDimensions());
            out.writeFloat(model.denseWeight());
            out.writeDouble(model.temperature());
            out.writeDouble(model.threshold());
            for (float[] row : model.weights()) {
                for (float w : row) {
                    out.writeFloat(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static IntentModel fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IllegalArgumentException("not an intent model of a known format");
            }
            String[] intents = new String[in.readInt()];
            for (int i = 0; i < intents.length; i++) {
                intents[i] = in.readUTF();
            }
            String[] terms = new String[in.readInt()];
            float[] idf = new float[terms.length];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = in.readUTF();
                idf[i] = in.readFloat();
            }
            String english = in.readUTF();
            int englishDimensions = in.readInt();
            String chinese = in.readUTF();
            int chineseDimensions = in.readInt();
            float denseWeight = in.readFloat();
            double temperature = in.readDouble();
            double threshold = in.readDouble();
            int features = terms.length + englishDimensions + chineseDimensions + 1;
            float[][] weights = new float[intents.length][features];
            for (float[] row : weights) {
                for (int f = 0; f < features; f++) {
                    row[f] = in.readFloat();
                }
            }
            return new IntentModel(intents, new TermVocabulary(terms, idf), english, englishDimensions, chinese,
                    chineseDimensions, denseWeight, weights, temperature, threshold);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
