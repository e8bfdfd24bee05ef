#!/usr/bin/env bash
# Does POST /api/v1/auth/password-reset take the same time whether or not the address has an
# account? Starts the jar on a fresh PostgreSQL database (rate limits off, no SMTP: requests never
# touch SMTP anyway), registers accounts, then times, interleaved and one at a time:
#   known    - an enabled account's first request (its answer queues a token, a mail and an event)
#   repeat   - the same account again within 60 s (its answer: an event, no mail)
#   unknown  - an address with no account (its answer: an event without the address)
# and prints median, p90 and mean per kind, and each kind's median against "unknown". The request
# itself only queues; the reset-requests worker answers off the request, so the script waits for
# the queue to empty before it counts the mails the answers wrote.
#
#   bash bench/reset-timing.sh            # RESET_SAMPLES (200), BENCH_PORT (8080), BENCH_SKIP_BUILD
set -euo pipefail
export LC_ALL=C
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PORT=${BENCH_PORT:-8080}
SAMPLES=${RESET_SAMPLES:-200}
BASE=http://127.0.0.1:$PORT
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=gatehouse_reset_timing_$(date +%s)_$$
WORK=$(mktemp -d -t gatehouse-reset-timing.XXXXXX)
SERVER_PID=

log() { printf '[reset-timing %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
cleanup() {
  if [[ -n $SERVER_PID ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  psql -d postgres -qc "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [[ -z ${BENCH_SKIP_BUILD:-} ]]; then
  log "building the jar"
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package -pl bootstrap -am)
fi
psql -d postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $DB"
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
  SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-} APP_RATE_LIMIT_ENABLED=false SERVER_PORT=$PORT \
  APP_AUTH_BCRYPT_COST=4 "$JAVA" -jar "$ROOT/bootstrap/target/gatehouse.jar" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
until [[ $(curl -s -o /dev/null -w '%{http_code}' -m 1 "$BASE/actuator/health/readiness" || true) == 200 ]]; do
  kill -0 "$SERVER_PID" 2>/dev/null || { log "the server exited; its log:"; cat "$WORK/server.log"; exit 1; }
  sleep 0.2
done
log "registering $SAMPLES accounts"
for ((i = 1; i <= SAMPLES; i++)); do
  curl -fsS -o /dev/null "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"email\":\"known-$i@example.com\",\"password\":\"reset timing passphrase $i\"}"
done
reset() {  # reset <email> <kind>: one timed request, appended to $WORK/<kind>
  curl -fsS -o /dev/null -w '%{time_total}\n' "$BASE/api/v1/auth/password-reset" \
    -H 'Content-Type: application/json' -d "{\"email\":\"$1\"}" >>"$WORK/$2"
}
log "warming up"
for ((i = 1; i <= 50; i++)); do reset "warm-$i@example.com" warmup; done
log "timing $SAMPLES requests of each kind, interleaved"
for ((i = 1; i <= SAMPLES; i++)); do
  reset "unknown-$i@example.com" unknown
  reset "known-$i@example.com" known
  reset "known-$i@example.com" repeat
done
stats() {  # prints "median p90 mean" in ms
  sort -n "$WORK/$1" | awk '{ v[NR] = $1 * 1000; s += $1 * 1000 }
    END { printf "%.2f %.2f %.2f\n", v[int((NR + 1) / 2)], v[int(NR * 0.9 + 0.5)], s / NR }'
}
read -r um up ua < <(stats unknown)
echo
echo "password-reset request, $SAMPLES each, sequential, commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores"
echo
echo "| kind | median ms | p90 ms | mean ms | median vs unknown |"
echo "|---|---|---|---|---|"
for kind in unknown known repeat; do
  read -r m p a < <(stats "$kind")
  printf '| %s | %s | %s | %s | %s |\n' "$kind" "$m" "$p" "$a" "$(awk "BEGIN { printf \"%.2f×\", $m / $um }")"
done
for ((i = 0; i < 300; i++)); do  # the worker answers every 500 ms; 30 s at most
  [[ $(psql -d "$DB" -tAc "SELECT count(*) FROM password_reset_requests") == 0 ]] && break
  sleep 0.1
done
waiting=$(psql -d "$DB" -tAc "SELECT count(*) FROM password_reset_requests")
queued=$(psql -d "$DB" -tAc "SELECT count(*) FROM mail_outbox WHERE topic = 'PASSWORD_RESET'")
echo
echo "(reset mails written to the outbox: $queued, one per known account's first request; none sent: no SMTP;"
echo " requests still waiting to be answered: $waiting)"
