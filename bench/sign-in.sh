#!/usr/bin/env bash
# End-to-end sign-in time against a running Kefu with demo data: GET /login (CSRF token) then POST
# /login as agent.bj, timed by curl. Stays under the per-address limit of 20 sign-ins a minute.
#
# Usage: bench/sign-in.sh [BASE_URL] [RUNS]     (defaults http://localhost:8080, 15)
set -euo pipefail
BASE="${1:-http://localhost:8080}"
RUNS="${2:-15}"
PASSWORD="${KEFU_DEMO_PASSWORD:-kefu-demo-2026!}"
(( RUNS <= 20 )) || { echo "at most 20 runs a minute from one address" >&2; exit 2; }
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
times=()
for (( i = 1; i <= RUNS; i++ )); do
    : > "$jar"
    token="$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//;s/"$//')"
    t="$(curl -s -o /dev/null -c "$jar" -b "$jar" -w '%{http_code} %{time_total}' \
        --data-urlencode username=agent.bj --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" \
        "$BASE/login")"
    [[ "${t%% *}" == 302 ]] || { echo "sign-in $i answered ${t%% *}" >&2; exit 1; }
    times+=("$(awk -v s="${t#* }" 'BEGIN { printf "%.1f", s * 1000 }')")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END {
    printf "sign-ins: %d, min %.1f ms, median %.1f ms, max %.1f ms\n", NR, a[1], a[int((NR + 1) / 2)], a[NR] }'
