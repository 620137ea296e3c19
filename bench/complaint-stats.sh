#!/usr/bin/env bash
# Regulator statistics return at scale (issue 7): gives the generated complaint cases (bench/generate.sh:
# ~12 % of 10 M cases) their complaint records in SQL (bench/complaint-records.sql, codes, outcomes, repeats,
# resolution and due times spread by hash), checks that the API's figures equal a direct count
# (bench/complaint-direct.sql), then times the page, the API and the .xlsx for one month x {HQ, BJ}:
# cold (first request after a restart of Kefu and its embedded PostgreSQL) and warm (median and max of N).
# Usage: bench/complaint-stats.sh [from (2026-10-01)] [to (2026-10-31)] [warm requests (10)]
# Environment: see bench/kefu-server.sh (KEFU_BENCH_DATA_DIR: generated first with bench/generate.sh if empty).
set -euo pipefail
cd "$(dirname "$0")/.."
FROM="${1:-2026-10-01}"
TO="${2:-2026-10-31}"
WARM="${3:-10}"
if [[ ! -f "${KEFU_BENCH_DATA_DIR:-target/bench-load}/bench-population.properties" ]]; then
    bench/generate.sh
fi
source bench/kefu-server.sh
PASSWORD="${KEFU_DEMO_PASSWORD:-kefu-demo-2026!}"

# As bench/kefu-server.sh's start_kefu, but waiting up to 10 minutes: with 10 M cases on a shared, loaded
# machine a start (demo-data checks over the case table) can take longer than its 2 minutes.
start_kefu() {
    mkdir -p target/bench-logs
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
    env -u KEFU_DB_URL -u KEFU_DB_USER -u KEFU_DB_PASSWORD KEFU_DATA_DIR="$DATA_DIR" KEFU_PORT="$PORT" \
        KEFU_DB_POOL_SIZE="${KEFU_BENCH_POOL:-20}" \
        java ${JAVA_OPTS:--Xmx1g} -jar "$JAR" "$@" >"$LOG" 2>&1 &
    KEFU_PID=$!
    for _ in $(seq 1 1200); do
        if grep -q "Kefu is ready" "$LOG"; then
            PG_PORT="$(grep -o 'Embedded PostgreSQL 17 is running on port [0-9]*' "$LOG" | grep -o '[0-9]*$')"
            echo "Kefu is up at $URL (log $LOG, PostgreSQL on port $PG_PORT)"
            return 0
        fi
        kill -0 "$KEFU_PID" 2>/dev/null || { tail -30 "$LOG" >&2; exit 1; }
        sleep 0.5
    done
    echo "Kefu did not start" >&2; exit 1
}
machine

psql_kefu() { psql -X -q "postgresql://postgres@localhost:${PG_PORT}/kefu" "$@"; }

# A signed-in session (cookie jar) and a personal API token of the user: echoes "jar token".
sign_in() {
    local jar token key
    jar="$(mktemp)"
    token="$(curl -s -c "$jar" -b "$jar" "$URL/login" | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//;s/"$//')"
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
        --data-urlencode "_csrf=$token" "$URL/login"
    token="$(curl -s -c "$jar" -b "$jar" "$URL/account" | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//;s/"$//')"
    key="$(curl -s -L -c "$jar" -b "$jar" --data-urlencode "name=bench-$(date +%s%N)" --data-urlencode "_csrf=$token" \
        "$URL/account/tokens" | grep -o 'kefu_[A-Za-z0-9_-]*' | head -1)"
    echo "$jar $key"
}

# One request: "status seconds bytes".
fetch() {
    local kind="$1" path="$2" jar="$3" key="$4"
    if [[ "$kind" == api ]]; then
        curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' -H "Authorization: Bearer $key" "$URL$path"
    else
        curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' -b "$jar" "$URL$path"
    fi
}

start_kefu
t0=$(date +%s.%N)
psql_kefu -f bench/complaint-records.sql
echo "complaint records ready in $(echo "$(date +%s.%N) - $t0" | bc) s"
psql_kefu -c "select count(*) as cases, count(*) filter (where kind = 'complaint') as complaints from service_case"

query="from=$FROM&to=$TO"
for unit in HQ BJ; do
    user=manager.hq; [[ "$unit" == BJ ]] && user=supervisor.bj
    read -r jar key < <(sign_in "$user")
    # Equal to a direct count: every figure the direct GROUP BYs give, compared with the API's answer.
    psql_kefu -v from="$FROM" -v to="$TO" -v unit="$unit" -f bench/complaint-direct.sql > "target/bench-logs/direct-$unit.txt"
    curl -s -H "Authorization: Bearer $key" "$URL/api/v1/complaints/statistics?$query&unit=$unit" \
        > "target/bench-logs/api-$unit.json"
    python3 - "target/bench-logs/direct-$unit.txt" "target/bench-logs/api-$unit.json" "$unit" <<'PY'
import json, sys
direct = dict((l.split()[0], int(l.split()[1])) for l in open(sys.argv[1]) if l.strip())
api = json.load(open(sys.argv[2]))
got = {'total': api['total'], 'repeats': api['repeats'], 'overdue': api['overdue']}
for b in api['blocks']:
    for r in b['rows']:
        if b['dimension'] in ('channel', 'business', 'cause', 'outcome', 'region', 'handling') and r['count']:
            got[b['dimension'] + '/' + r['code']] = r['count']
        if b['dimension'] == 'handling' and r['code'] == 'open':
            got['open'] = r['count']
            got.pop('handling/open', None)
direct = {k: v for k, v in direct.items() if v}
bad = {k: (direct.get(k), got.get(k)) for k in set(direct) | set(got) if direct.get(k) != got.get(k)}
print(f"{sys.argv[3]}: {len(direct)} figures, total {api['total']:,}:", "EQUAL to the direct count" if not bad else f"DIFFERENT {bad}")
sys.exit(1 if bad else 0)
PY
    echo "$unit $jar $key" >> "target/bench-logs/complaint-stats-sessions.txt.$$"
done

printf '%-5s %-5s %8s %10s %10s %10s %9s %8s\n' unit what status cold_s warm_med_s warm_max_s bytes cpu_warm
for unit in HQ BJ; do
    for what in page api xlsx; do
        case "$what" in
            page) path="/complaints/statistics?$query&unit=$unit" ;;
            api) path="/api/v1/complaints/statistics?$query&unit=$unit" ;;
            xlsx) path="/complaints/statistics.xlsx?$query&unit=$unit" ;;
        esac
        # Cold: Kefu and its embedded PostgreSQL restarted (empty shared buffers; the OS page cache is not dropped).
        stop_kefu
        start_kefu >/dev/null
        user=manager.hq; [[ "$unit" == BJ ]] && user=supervisor.bj
        read -r jar key < <(sign_in "$user")
        read -r code cold bytes < <(fetch "$what" "$path" "$jar" "$key")
        times=()
        k0=$(kefu_ticks); p0=$(pg_ticks)
        for _ in $(seq 1 "$WARM"); do
            read -r _ t _ < <(fetch "$what" "$path" "$jar" "$key")
            times+=("$t")
        done
        # CPU per warm request (Kefu's JVM + PostgreSQL, 10 ms ticks): the load-independent figure on a shared machine.
        cpu=$(( ( $(kefu_ticks) - k0 + $(pg_ticks) - p0 ) * 10 / WARM ))
        sorted=($(printf '%s\n' "${times[@]}" | sort -g))
        printf '%-5s %-5s %8s %10s %10s %10s %9s %8s\n' "$unit" "$what" "$code" "$cold" \
            "${sorted[$(( ${#sorted[@]} / 2 ))]}" "${sorted[$(( ${#sorted[@]} - 1 ))]}" "$bytes" "${cpu}ms"
    done
done
rm -f target/bench-logs/complaint-stats-sessions.txt.$$
