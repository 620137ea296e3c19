#!/usr/bin/env bash
# Fills a dedicated Kefu data directory for the load benchmarks (issue 4): customers through Kefu's field
# encryption and blind index, cases over three years, timeline entries for recent cases, a benchmark API
# client. Usage: bench/generate.sh [--customers N] [--cases N] [--threads N]   (defaults 1,000,000 / 10,000,000 / 2)
# Environment: KEFU_BENCH_DATA_DIR (default target/bench-load; must not exist yet or be empty of cases),
#              MAVEN_OFFLINE=1 to build offline. The data directory is not removed: bench/intake.sh and
#              bench/queries.sh use it; delete it when done (about 6 GB at full scale).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA_DIR="${KEFU_BENCH_DATA_DIR:-target/bench-load}"
mkdir -p "$DATA_DIR"
mvn -q ${MAVEN_OFFLINE:+-o} test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# env -u: the benchmark is of the embedded database, whatever the caller's shell has configured.
exec env -u KEFU_DB_URL -u KEFU_DB_USER -u KEFU_DB_PASSWORD \
    java -Xmx2g -Dkefu.data-dir="$DATA_DIR" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.kefu.bench.DataGenerator "$@"
