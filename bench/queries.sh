#!/usr/bin/env bash
# Reads at scale (issue 4): GET /api/v1/cases with filters over the generated 10 M cases (each filter alone,
# then all mixed), customer lookup by mobile over 1 M customers, and optionally a staff page.
# Usage: bench/queries.sh [seconds per run (20)] [list rate/s (20)] [lookup rate/s (100)]
# Environment: see bench/kefu-server.sh; lookups POST the mobile to KEFU_BENCH_LOOKUP_PATH
# (KEFU_BENCH_LOOKUP=get for a query string); KEFU_BENCH_PAGE=/path to also load a page as agent.bj (session cookie).
set -euo pipefail
source "$(dirname "$0")/kefu-server.sh"
SECONDS_PER_RUN="${1:-20}"
LIST_RATE="${2:-20}"
LOOKUP_RATE="${3:-100}"
machine
start_kefu
driver --mode list --rate "$LIST_RATE" --warmup 20 --duration 1 --label "list warm-up" >/dev/null
i=0
while IFS= read -r query; do
    driver --mode list --query "$query" --rate "$LIST_RATE" --warmup 3 --duration "$SECONDS_PER_RUN" \
        --label "list q$i" | grep -v warm-up
    echo "    q$i: ${query:-(no filter)}"
    i=$((i + 1))
done < <(java -cp "$BENCH_CP" org.kefu.bench.ListQueries)
driver --mode list --rate "$LIST_RATE" --warmup 5 --duration "$SECONDS_PER_RUN" --label "list mixed" | grep -v warm-up
driver --mode lookup --lookup "${KEFU_BENCH_LOOKUP:-post}" --lookup-path "${KEFU_BENCH_LOOKUP_PATH:-/api/v1/customers/lookup}" \
    --rate "$LOOKUP_RATE" --warmup 10 --duration "$SECONDS_PER_RUN" --label "lookup by mobile"
if [[ -n "${KEFU_BENCH_PAGE:-}" ]]; then
    jar="$(mktemp)"
    token="$(curl -s -c "$jar" -b "$jar" "$URL/login" | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//;s/"$//')"
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=agent.bj \
        --data-urlencode "password=${KEFU_DEMO_PASSWORD:-kefu-demo-2026!}" --data-urlencode "_csrf=$token" "$URL/login"
    cookie="$(awk '$6 == "SESSION" || $6 == "JSESSIONID" {print $6 "=" $7}' "$jar" | head -1)"
    rm -f "$jar"
    driver --mode page --path "$KEFU_BENCH_PAGE" --cookie "$cookie" --rate "$LIST_RATE" --warmup 5 \
        --duration "$SECONDS_PER_RUN" --label "page $KEFU_BENCH_PAGE"
fi
