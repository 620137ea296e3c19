package org.kefu.platform.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.kefu.platform.BlindIndex;

/** HMAC-SHA-256 over {@code field || 0x00 || normalized value} with the keyring's blind-index key. */
public final class HmacBlindIndex implements BlindIndex {

    private static final HexFormat HEX = HexFormat.of();

    /** A Mac is stateful and not thread-safe; initialising one per call would dominate the cost. */
    private final ThreadLocal<Mac> macs;

    public HmacBlindIndex(Keyring keyring) {
        SecretKey key = keyring.blindIndexKey();
        this.macs = ThreadLocal.withInitial(() -> newMac(key));
        macs.get();
    }

    @Override
    public String of(String field, String value) {
        Objects.requireNonNull(field, "field");
        if (field.indexOf('\0') >= 0) {
            // The 0x00 separator only keeps (field, value) pairs apart if the field cannot contain it.
            throw new IllegalArgumentException("A field name must not contain NUL");
        }
        if (value == null) {
            return null;
        }
        Mac mac = macs.get();
        mac.update(field.getBytes(UTF_8));
        mac.update((byte) 0);
        return HEX.formatHex(mac.doFinal(normalize(value).getBytes(UTF_8)));
    }

    /** Trim, NFKC (full-width digits and spaces become ASCII), drop spaces and '-', upper-case. */
    static String normalize(String value) {
        String folded = Normalizer.normalize(value.strip(), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    private static Mac newMac(SecretKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot initialise HmacSHA256 with the blind-index key", e);
        }
    }
}
