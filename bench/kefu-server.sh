# Sourced by bench/intake.sh and bench/queries.sh: starts Kefu from the jar on the generated data directory
# (bench/generate.sh) with the API rate limit raised for the benchmark, and stops it on exit.
# Environment: KEFU_BENCH_DATA_DIR (default target/bench-load), KEFU_BENCH_PORT (default 18081),
#              JAVA_OPTS (default -Xmx1g), KEFU_BENCH_POOL (connection pool, default 20).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DATA_DIR="$(cd "${KEFU_BENCH_DATA_DIR:-target/bench-load}" && pwd)"
PORT="${KEFU_BENCH_PORT:-18081}"
URL="http://localhost:${PORT}"
JAR=target/kefu-0.1.0-SNAPSHOT.jar
LOG="target/bench-logs/kefu-$(date +%H%M%S).log"
KEFU_PID=""
[[ -f "$DATA_DIR/bench-population.properties" ]] || { echo "$DATA_DIR has no generated data: run bench/generate.sh" >&2; exit 2; }

if [[ ! -f "$JAR" ]] || [[ -n "$(find src/main pom.xml -newer "$JAR" -print -quit)" ]]; then
    echo "Building $JAR ..."
    mvn -q ${MAVEN_OFFLINE:+-o} -DskipTests package
fi
mvn -q ${MAVEN_OFFLINE:+-o} test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
BENCH_CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

stop_kefu() {
    if [[ -n "$KEFU_PID" ]] && kill -0 "$KEFU_PID" 2>/dev/null; then
        kill -TERM "$KEFU_PID"
        wait "$KEFU_PID" 2>/dev/null || true
    fi
    KEFU_PID=""
}
trap stop_kefu EXIT

start_kefu() {
    mkdir -p target/bench-logs
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
    env -u KEFU_DB_URL -u KEFU_DB_USER -u KEFU_DB_PASSWORD KEFU_DATA_DIR="$DATA_DIR" KEFU_PORT="$PORT" \
        KEFU_DB_POOL_SIZE="${KEFU_BENCH_POOL:-20}" \
        java ${JAVA_OPTS:--Xmx1g} -jar "$JAR" --kefu.api.rate-limit.capacity=1000000 \
        --kefu.api.rate-limit.per-second=1000000 "$@" >"$LOG" 2>&1 &
    KEFU_PID=$!
    for _ in $(seq 1 240); do
        if grep -q "Kefu is ready" "$LOG"; then
            PG_PORT="$(grep -o 'Embedded PostgreSQL 17 is running on port [0-9]*' "$LOG" | grep -o '[0-9]*$')"
            JDBC_URL="jdbc:postgresql://localhost:${PG_PORT}/kefu?user=postgres"
            echo "Kefu is up at $URL (log $LOG, PostgreSQL on port $PG_PORT)"
            return 0
        fi
        kill -0 "$KEFU_PID" 2>/dev/null || { tail -30 "$LOG" >&2; exit 1; }
        sleep 0.5
    done
    echo "Kefu did not start" >&2; exit 1
}

driver() {
    java -Xmx1g -cp "$BENCH_CP" org.kefu.bench.LoadDriver --url "$URL" --data-dir "$DATA_DIR" "$@"
}

machine() {
    echo "Machine: $(nproc) CPUs, $(awk '/^MemTotal:/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM;" \
        "$(java -version 2>&1 | head -n 1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

# CPU clock ticks (1/100 s) used so far by Kefu's JVM, and by its PostgreSQL (postmaster with the backends it
# has reaped, plus the living backends): the machine is shared, so CPU per request is the steadier figure.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
kefu_ticks() { ticks "$KEFU_PID"; }
pg_ticks() {
    local pm total child
    pm="$(head -1 "$DATA_DIR/pg/postmaster.pid")"
    total="$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat")"
    for child in $(pgrep -P "$pm"); do total=$((total + $(ticks "$child"))); done
    echo "$total"
}
# Prints CPU ms per request of a run: cpu_per_request <label> <kefu ticks before> <pg ticks before> <requests>
cpu_per_request() {
    local k p
    k=$(( $(kefu_ticks) - $2 )); p=$(( $(pg_ticks) - $3 ))
    awk -v l="$1" -v k="$k" -v p="$p" -v n="$4" -v c="$(nproc)" 'BEGIN { if (n > 0) printf \
        "%-28s CPU per request: Kefu JVM %.2f ms + PostgreSQL %.2f ms = %.2f ms (%d cores: at most %.0f/s if nothing else ran)\n", \
        l, k * 10 / n, p * 10 / n, (k + p) * 10 / n, c, c * 1000 / ((k + p) * 10 / n) }'
}
ok_count() { grep -v warm-up | grep -o '(ok [0-9,]*' | tr -d '(ok ,'; }
