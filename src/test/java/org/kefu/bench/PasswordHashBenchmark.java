package org.kefu.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The cost of checking a staff password: the delegating encoder Kefu uses (bcrypt, strength 10). This is
 * most of the time a sign-in takes, and what an attacker pays per guess.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PasswordHashBenchmark {

    private PasswordEncoder encoder;
    private String hash;

    @Setup
    public void setUp() {
        encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        hash = encoder.encode("kefu-demo-2026!");
    }

    @Benchmark
    public boolean checkPassword() {
        return encoder.matches("kefu-demo-2026!", hash);
    }
}
