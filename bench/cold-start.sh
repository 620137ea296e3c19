#!/usr/bin/env bash
# Cold start of Kefu to its first served page: launch `java -jar`, poll GET / every 50 ms until it
# answers 200, record wall time from launch and the JVM's RSS at that moment, stop with SIGTERM.
#
# Usage: bench/cold-start.sh [RUNS]            (default 5; run from the repo root or anywhere)
# Environment:
#   KEFU_BENCH_PORT      HTTP port (default 18080; must be free)
#   KEFU_BENCH_DATA_DIR  data directory (default target/bench-data; the embedded PostgreSQL lives in it)
#   KEFU_BENCH_TIMEOUT   seconds to wait for the first 200 of one run (default 120)
#   JAVA_OPTS            extra JVM options, e.g. "-Xmx512m"
# Logs of each run are kept in target/bench-logs/. Only localhost is contacted.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

RUNS="${1:-5}"
PORT="${KEFU_BENCH_PORT:-18080}"
DATA_DIR="$(mkdir -p "${KEFU_BENCH_DATA_DIR:-target/bench-data}" && cd "${KEFU_BENCH_DATA_DIR:-target/bench-data}" && pwd)"
TIMEOUT_S="${KEFU_BENCH_TIMEOUT:-120}"
STOP_TIMEOUT_S=60
JAR=target/kefu-0.1.0-SNAPSHOT.jar
LOG_DIR=target/bench-logs
URL="http://localhost:${PORT}/"
PG_DIR="${DATA_DIR}/pg"

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive integer, got '$RUNS'" >&2; exit 2; }
for tool in java curl mvn; do
    command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done

JVM_PID=""

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# True while the process exists and is not a zombie (an exited child we have not reaped yet).
alive() {
    local state
    [[ -r "/proc/$1/stat" ]] || return 1
    state="$(sed -E 's/^.*\) (.).*$/\1/' "/proc/$1/stat" 2>/dev/null)" || return 1
    [[ -n "$state" && "$state" != Z ]]
}

http_code() {
    curl -s --noproxy '*' --connect-timeout 1 --max-time 2 -o /dev/null -w '%{http_code}' "$URL" || true
}

# The postmaster of our data directory, if one is running (postmaster.pid line 1 = pid, line 2 = data dir).
postmaster_pid() {
    local pid dir
    [[ -f "$PG_DIR/postmaster.pid" ]] || return 0
    pid="$(sed -n 1p "$PG_DIR/postmaster.pid" 2>/dev/null || true)"
    dir="$(sed -n 2p "$PG_DIR/postmaster.pid" 2>/dev/null || true)"
    if [[ "$pid" =~ ^[0-9]+$ && "$dir" == "$PG_DIR" ]] && alive "$pid" \
        && [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == postgres* ]]; then
        echo "$pid"
    fi
}

# SIGTERM the JVM, wait for it to exit (SIGKILL after STOP_TIMEOUT_S), then make sure its PostgreSQL is gone.
stop_kefu() {
    local pid="$JVM_PID" deadline pg
    if [[ -n "$pid" ]]; then
        if alive "$pid"; then
            kill -TERM "$pid" 2>/dev/null || true
            deadline=$(( $(now_ms) + STOP_TIMEOUT_S * 1000 ))
            while alive "$pid" && (( $(now_ms) < deadline )); do sleep 0.1; done
            if alive "$pid"; then
                echo "WARNING: JVM $pid did not exit ${STOP_TIMEOUT_S}s after SIGTERM; killing it" >&2
                kill -KILL "$pid" 2>/dev/null || true
            fi
        fi
        wait "$pid" 2>/dev/null || true
        JVM_PID=""
    fi
    pg="$(postmaster_pid)"
    if [[ -n "$pg" ]]; then
        echo "WARNING: PostgreSQL $pg of $PG_DIR outlived the JVM; fast shutdown" >&2
        kill -INT "$pg" 2>/dev/null || true
        deadline=$(( $(now_ms) + 30000 ))
        while alive "$pg" && (( $(now_ms) < deadline )); do sleep 0.1; done
        alive "$pg" && kill -KILL "$pg" 2>/dev/null || true
        return 1
    fi
    return 0
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_kefu || true
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts Kefu and waits for the first 200. Sets ELAPSED_MS and RSS_KB.
start_and_measure() {
    local log="$1" t0 code deadline
    if [[ "$(http_code)" != 000 ]]; then
        echo "Something already answers on port $PORT; set KEFU_BENCH_PORT to a free port" >&2
        return 1
    fi
    t0="$(date +%s%N)"
    # env -u: the benchmark is of the embedded database, whatever the caller's shell has configured.
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
    env -u KEFU_DB_URL -u KEFU_DB_USER -u KEFU_DB_PASSWORD \
        KEFU_DATA_DIR="$DATA_DIR" KEFU_PORT="$PORT" \
        java ${JAVA_OPTS:-} -jar "$JAR" >"$log" 2>&1 &
    JVM_PID=$!
    deadline=$(( t0 / 1000000 + TIMEOUT_S * 1000 ))
    while :; do
        code="$(http_code)"
        if [[ "$code" == 200 ]]; then
            ELAPSED_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
            RSS_KB="$(awk '/^VmRSS:/ {print $2}' "/proc/$JVM_PID/status" 2>/dev/null || echo '?')"
            return 0
        fi
        if ! alive "$JVM_PID"; then
            echo "Kefu exited before serving a page; last lines of $log:" >&2
            tail -n 30 "$log" >&2
            return 1
        fi
        if (( $(now_ms) > deadline )); then
            echo "No 200 from $URL within ${TIMEOUT_S}s (last status $code); last lines of $log:" >&2
            tail -n 30 "$log" >&2
            return 1
        fi
        sleep 0.05
    done
}

# Build once: when the jar is missing or any source is newer than it.
if [[ ! -f "$JAR" ]] || [[ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]]; then
    echo "Building $JAR ..."
    mvn -q -o -DskipTests package
fi

mkdir -p "$LOG_DIR"
echo "Kefu cold start: $RUNS run(s), port $PORT, data dir $DATA_DIR"
echo "Machine: $(nproc) CPUs, $(awk '/^MemTotal:/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM; $(java -version 2>&1 | head -n 1)"
echo "Load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews the figures)"

echo -n "Warm-up start (initialises the embedded PostgreSQL) ... "
start_and_measure "$LOG_DIR/warmup.log"
echo "200 after ${ELAPSED_MS} ms"
stop_kefu || { echo "PostgreSQL was left running after the warm-up" >&2; exit 1; }

times=()
for (( i = 1; i <= RUNS; i++ )); do
    start_and_measure "$LOG_DIR/run-$i.log"
    times+=("$ELAPSED_MS")
    printf 'run %d: %6d ms to first 200, JVM RSS %s\n' "$i" "$ELAPSED_MS" \
        "$( [[ "$RSS_KB" =~ ^[0-9]+$ ]] && echo "$(( RSS_KB / 1024 )) MiB" || echo "$RSS_KB")"
    stop_kefu || { echo "PostgreSQL was left running after run $i" >&2; exit 1; }
done

mapfile -t sorted < <(printf '%s\n' "${times[@]}" | sort -n)
n=${#sorted[@]}
if (( n % 2 )); then
    median=${sorted[n / 2]}
else
    median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 ))
fi
echo "min/median/max: ${sorted[0]} / ${median} / ${sorted[n - 1]} ms"
ready="$(grep -o 'Kefu is ready at .*' "$LOG_DIR/run-$RUNS.log" | tail -n 1 || true)"
echo "App log (run $RUNS): ${ready:-<no 'Kefu is ready' line found in $LOG_DIR/run-$RUNS.log>}"
