package org.kefu.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Only the postmaster the pid file describes may be stopped, never a process that reused its pid. */
class StalePostmasterTests {

    @Test
    void aProcessThatIsNotPostgresIsNeverThePostmaster() {
        ProcessHandle me = ProcessHandle.current();
        long started = me.info().startInstant().orElseThrow().getEpochSecond();
        assertThat(StalePostmaster.isThePostmasterOf(me, List.of(String.valueOf(me.pid()), "/data/pg",
                String.valueOf(started)))).as("a java process is not postgres").isFalse();
    }

    @Test
    void aPidFileWithoutAStartTimeIdentifiesNothing() {
        ProcessHandle me = ProcessHandle.current();
        assertThat(StalePostmaster.isThePostmasterOf(me, List.of(String.valueOf(me.pid())))).isFalse();
        assertThat(StalePostmaster.isThePostmasterOf(me, List.of(String.valueOf(me.pid()), "/d", "yesterday"))).isFalse();
    }
}
