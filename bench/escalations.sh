#!/usr/bin/env bash
# SLA timers at scale: open cases each carrying a breach timer, a steady stream of breaches falling due, then
# a burst; lag p99 after the deadline, escalations/s, memory. On a throw-away embedded PostgreSQL.
# Usage: bench/escalations.sh [armed=1000000] [rate/s=2000] [seconds=15] [burst=30000] [threads=2] [polling=250ms] [batch=200]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q ${MAVEN_OFFLINE:+-o} test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.kefu.bench.EscalationBenchmark "$@"
