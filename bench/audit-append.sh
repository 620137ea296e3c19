#!/usr/bin/env bash
# Audit append throughput: writer threads, each entry in its own transaction, on a throw-away embedded
# PostgreSQL with fsync on; then the chainer's rate and lag. Usage: bench/audit-append.sh [entries] [threads]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q ${MAVEN_OFFLINE:+-o} test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.kefu.bench.AuditAppendBenchmark "$@"
