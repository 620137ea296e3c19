package org.kefu.bench;

import java.util.concurrent.TimeUnit;
import org.kefu.platform.BlindIndex;
import org.kefu.platform.FieldCipher;
import org.kefu.platform.crypto.AesGcmFieldCipher;
import org.kefu.platform.crypto.HmacBlindIndex;
import org.kefu.platform.crypto.Keyring;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of protecting one short personal-data value (32 bytes, about an ID number plus a little). Run with
 * {@code -t 1} for a per-core figure; the target is at least 200,000 encrypt+decrypt pairs per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FieldCipherBenchmark {

    private static final String FIELD = "customer.id-number";
    private static final String VALUE = "110101199003071234-ABCDEFGHIJKLM";

    private FieldCipher cipher;
    private BlindIndex blindIndex;
    private String envelope;

    @Setup
    public void setUp() {
        Keyring keyring = Keyring.generate("bench-1");
        cipher = new AesGcmFieldCipher(keyring);
        blindIndex = new HmacBlindIndex(keyring);
        envelope = cipher.encrypt(FIELD, VALUE);
        if (VALUE.length() != 32 || !VALUE.equals(cipher.decrypt(FIELD, envelope))) {
            throw new IllegalStateException("benchmark value must be 32 bytes and round-trip");
        }
    }

    @Benchmark
    public String encryptThenDecrypt32Bytes() {
        return cipher.decrypt(FIELD, cipher.encrypt(FIELD, VALUE));
    }

    @Benchmark
    public String encrypt32Bytes() {
        return cipher.encrypt(FIELD, VALUE);
    }

    @Benchmark
    public String decrypt32Bytes() {
        return cipher.decrypt(FIELD, envelope);
    }

    @Benchmark
    public String blindIndex() {
        return blindIndex.of(FIELD, VALUE);
    }
}
