#!/usr/bin/env bash
# Intake throughput and latency (issue 4): POST /api/v1/cases with the demo channel key, synchronous
# commit, audit and encryption on, against the generated database; then the raw PostgreSQL ceiling of an
# equivalent single-row insert at the same concurrency, and the ratio. CPU per request is printed too.
# Usage: bench/intake.sh [seconds per run (30)] [closed-loop concurrency (32)] [open-loop rates ("500 1000 1500")]
# First the floor of the stack (an authenticated GET of an unknown case: filters, security, one query, a 404
# problem), so the intake figures can be read against what any request costs on this machine.
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
# The floor: what a request costs here that authenticates, runs one indexed query and answers 404.
driver --mode api --rate 0 --concurrency "$CONCURRENCY" --warmup 0 --duration 15 --label "floor warm-up" >/dev/null
k0=$(kefu_ticks); p0=$(pg_ticks)
driver --mode api --rate 0 --concurrency "$CONCURRENCY" --warmup 0 --duration 15 --label "floor: GET unknown case" \
    | tee target/bench-logs/floor.txt
cpu_per_request "floor (404 after one query)" "$k0" "$p0" "$(grep -o '404=[0-9,]*' target/bench-logs/floor.txt | cut -d= -f2 | tr -d ,)"
driver --mode intake --rate 0 --concurrency "$CONCURRENCY" --warmup 0 --duration 30 --label "intake warm-up" >/dev/null
k0=$(kefu_ticks); p0=$(pg_ticks)
driver --mode intake --rate 0 --concurrency "$CONCURRENCY" --warmup 0 --duration "$SECONDS_PER_RUN" \
    --label "intake closed loop c=$CONCURRENCY" | tee target/bench-logs/intake-closed.txt
cpu_per_request "intake" "$k0" "$p0" "$(ok_count < target/bench-logs/intake-closed.txt)"
for rate in $RATES; do
    driver --mode intake --rate "$rate" --warmup 5 --duration "$SECONDS_PER_RUN" --label "intake at $rate/s" | grep -v warm-up
done
p0=$(pg_ticks)
java -cp "$BENCH_CP" org.kefu.bench.RawInsert "$JDBC_URL" ceiling "$CONCURRENCY" "$SECONDS_PER_RUN" \
    "$(grep -o '[0-9,.]* req/s' target/bench-logs/intake-closed.txt | tr -d ', req/s')" | tee target/bench-logs/raw.txt
echo "(PostgreSQL CPU during the raw runs incl. warm-up: $(( ($(pg_ticks) - p0) * 10 )) ms)"
