package org.kefu.audit;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.kefu.audit.chain.EntryContent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a caller's summary into bounded JSON that holds neither secrets nor personal data. The audit
 * trail is kept for years and read by auditors and exported to spreadsheets, so it must not become a
 * second copy of the customer database: a value is dropped (replaced by {@value #REDACTED}) when its
 * key looks sensitive ({@link SensitiveKeys}), and text values are scrubbed of anything that looks
 * like an e-mail address, a mobile, ID or card number, whatever its key. Keys are sorted so that equal
 * summaries give equal text.
 */
final class SummarySanitiser {

    static final String REDACTED = "[redacted]";
    static final int MAX_TEXT = 256;
    static final int MAX_KEY = 64;
    static final int MAX_ITEMS = 32;
    static final int MAX_DEPTH = 4;
    static final int MAX_JSON = 4096;
    private static final int SHORT_TEXT = 32;
    private static final int MAX_VALUES = 128;

    private static final Pattern PERSONAL_IN_TEXT = Pattern.compile(String.join("|",
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+",
            "(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])",
            "(?<![0-9])(?:\\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])",
            "(?<![0-9])[0-9]{4}(?:[- ][0-9]{4}){2,3}(?:[- ][0-9]{1,3})?(?![0-9])",
            "(?<![0-9])[0-9]{12,19}(?![0-9])"));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SummarySanitiser() {
    }

    static String toJson(Map<String, ?> summary) {
        if (summary == null || summary.isEmpty()) {
            return "{}";
        }
        String json = JSON.writeValueAsString(new Walk(MAX_TEXT).object(summary, 1));
        if (json.length() > MAX_JSON) {
            json = JSON.writeValueAsString(new Walk(SHORT_TEXT).object(summary, 1));
        }
        if (json.length() > MAX_JSON) {
            json = JSON.writeValueAsString(Map.of("_truncated", "summary longer than " + MAX_JSON + " characters"));
        }
        return json;
    }

    /** Free text (a reason, a string value): personal data patterns replaced, at most {@code max} characters. */
    static String scrub(String text, int max) {
        if (text == null) {
            return null;
        }
        return EntryContent.clean(PERSONAL_IN_TEXT.matcher(text).replaceAll(REDACTED), max);
    }

    /** One pass over a summary with a budget of values, so a huge or cyclic structure cannot blow up. */
    private static final class Walk {

        private final int maxText;
        private int values;

        Walk(int maxText) {
            this.maxText = maxText;
        }

        Map<String, Object> object(Map<?, ?> map, int depth) {
            Map<String, Object> out = new TreeMap<>();
            int items = 0;
            for (Map.Entry<String, Object> entry : stringKeys(map).entrySet()) {
                if (items++ == MAX_ITEMS || values >= MAX_VALUES) {
                    out.put("…", "+" + (map.size() - out.size()) + " more");
                    break;
                }
                String key = entry.getKey();
                out.put(key, SensitiveKeys.isSensitive(key) ? REDACTED : value(entry.getValue(), depth));
            }
            return out;
        }

        private List<Object> list(Collection<?> items, int depth) {
            List<Object> out = new ArrayList<>();
            for (Object item : items) {
                if (out.size() == MAX_ITEMS || values >= MAX_VALUES) {
                    out.add("+" + (items.size() - out.size()) + " more");
                    break;
                }
                out.add(value(item, depth));
            }
            return out;
        }

        private Object value(Object value, int depth) {
            values++;
            if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long
                    || value instanceof Short || value instanceof Byte) {
                return value;
            }
            if (value instanceof Number number) {
                return Double.isFinite(number.doubleValue()) ? number : number.toString();
            }
            if (value instanceof Enum<?> constant) {
                return constant.name();
            }
            if (value instanceof Optional<?> optional) {
                return value(optional.orElse(null), depth);
            }
            if (value instanceof byte[]) {
                return "[binary]";
            }
            boolean container = value instanceof Map || value instanceof Collection || value.getClass().isArray()
                    || value.getClass().isRecord();
            if (container && depth >= MAX_DEPTH) {
                return "[nested]";
            }
            if (value instanceof Map<?, ?> map) {
                return object(map, depth + 1);
            }
            if (value instanceof Collection<?> collection) {
                return list(collection, depth + 1);
            }
            if (value.getClass().isArray()) {
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < Math.min(Array.getLength(value), MAX_ITEMS + 1); i++) {
                    items.add(Array.get(value, i));
                }
                return list(items, depth + 1);
            }
            if (value.getClass().isRecord()) {
                return object(components(value), depth + 1);
            }
            return scrub(String.valueOf(value), maxText);
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new TreeMap<>();
        map.forEach((key, value) -> out.put(scrub(String.valueOf(key), MAX_KEY), value));
        return out;
    }

    /** A record's components by name, so that its personal fields are caught by their names too. */
    private static Map<String, Object> components(Object record) {
        Map<String, Object> out = new TreeMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                out.put(component.getName(), accessor.invoke(record));
            } catch (ReflectiveOperationException | RuntimeException unreadable) {
                out.put(component.getName(), REDACTED);
            }
        }
        return out;
    }
}
