#!/usr/bin/env bash
# Intake throughput and latency (issue 4): POST /api/v1/cases with the demo channel key, synchronous
# commit, audit and encryption on, against the generated database; then the raw PostgreSQL ceiling of an
# equivalent single-row insert at the same concurrency, and the ratio.
# Usage: bench/intake.sh [seconds per run (30)] [closed-loop concurrency (32)] [open-loop rates ("500 1000 1500")]
# Environment: see bench/kefu-server.sh; KEFU_BENCH_COMMIT_DELAY / KEFU_BENCH_COMMIT_SIBLINGS (µs / sessions,
# default 0 / 5 = PostgreSQL's defaults) set group commit with ALTER SYSTEM before the runs (reported).
set -euo pipefail
source "$(dirname "$0")/kefu-server.sh"
SECONDS_PER_RUN="${1:-30}"
CONCURRENCY="${2:-32}"
RATES="${3:-500 1000 1500}"
machine
start_kefu
java -cp "$BENCH_CP" org.kefu.bench.RawInsert "$JDBC_URL" settings "${KEFU_BENCH_COMMIT_DELAY:-0}" \
    "${KEFU_BENCH_COMMIT_SIBLINGS:-5}"
driver --mode intake --rate 0 --concurrency "$CONCURRENCY" --warmup 15 --duration "$SECONDS_PER_RUN" \
    --label "intake closed loop c=$CONCURRENCY" | tee target/bench-logs/intake-closed.txt
for rate in $RATES; do
    driver --mode intake --rate "$rate" --warmup 5 --duration "$SECONDS_PER_RUN" --label "intake at $rate/s"
done
java -cp "$BENCH_CP" org.kefu.bench.RawInsert "$JDBC_URL" ceiling "$CONCURRENCY" "$SECONDS_PER_RUN" \
    "$(grep -v warm-up target/bench-logs/intake-closed.txt | grep -o '[0-9,.]* req/s' | tr -d ', req/s')"
