package org.kefu.sla;

import java.nio.charset.StandardCharsets;

import com.github.kagkarlsson.scheduler.serializer.Serializer;

/**
 * Timer data is a short text ({@link TimerStep#data()}), stored as UTF-8 rather than a Java-serialised
 * object: readable with psql, stable across class changes, and writable in bulk by plain SQL.
 */
final class TimerSerializer implements Serializer {

    @Override
    public byte[] serialize(Object data) {
        return data == null ? null : data.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T deserialize(Class<T> type, byte[] bytes) {
        if (type != String.class) {
            throw new IllegalArgumentException("Timer data is text, not " + type.getName());
        }
        return bytes == null ? null : (T) new String(bytes, StandardCharsets.UTF_8);
    }
}
