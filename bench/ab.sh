#!/usr/bin/env bash
# A/B of two Gatehouse jars on this machine, for a change on the request path: both run at once,
# each on a fresh database of its own, and GET /api/v1/users/me and the liveness endpoint are
# measured on each in alternation, the order flipping every round, so that the machine's drift over
# the minutes falls on both alike. Only the ratios within a round compare (see bench/README.md).
#
#   bash bench/ab.sh <jar A> <jar B>       e.g. the jar of main before the change, and after it
#
# Prints, per round, req/s and the JVM's CPU time per request for each jar, and the median of the
# B/A ratios. Knobs: BENCH_PORT (18300; B listens on the next port), BENCH_ROUNDS (6),
# BENCH_DURATION (10s), PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres).
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LUA_DIR=$ROOT/bench/lua
LOG_TAG=ab
# shellcheck source=lib.sh
. "$ROOT/bench/lib.sh"

[[ $# -eq 2 && -f $1 && -f $2 ]] || die "usage: bash bench/ab.sh <jar A> <jar B> (two existing jars)"
declare -A JAR=([a]=$(realpath "$1") [b]=$(realpath "$2")) PORT DB PID TOKENS
PORT=([a]=${BENCH_PORT:-18300} [b]=$((${BENCH_PORT:-18300} + 1)))
ROUNDS=${BENCH_ROUNDS:-6}
DURATION=${BENCH_DURATION:-10s}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
WORK=$(mktemp -d -t gatehouse-ab.XXXXXX)
PASSWORD="ab-$(date +%s)-staple-battery-horse"

cleanup() {
  local side
  for side in a b; do
    SERVER_PID=${PID[$side]:-} stop_server
    [[ -z ${DB[$side]:-} ]] || psql -d postgres -qc "DROP DATABASE IF EXISTS ${DB[$side]} WITH (FORCE)" || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

start() {  # start <side>: a fresh database, the jar through bootstrap/run.sh, until ready
  local side=$1 t0
  DB[$side]=gatehouse_ab_${side}_$(date +%s)_$$
  psql -d postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE ${DB[$side]}" || die "cannot create ${DB[$side]}"
  if curl -s -o /dev/null -m 1 "http://127.0.0.1:${PORT[$side]}/"; then die "port ${PORT[$side]} is in use"; fi
  t0=$(date +%s%N)
  env GATEHOUSE_JAR="${JAR[$side]}" GATEHOUSE_APP_DIR="$WORK/app-$side" JAVA_HOME="$JAVA_HOME" \
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/${DB[$side]}" \
    SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    APP_RATE_LIMIT_ENABLED=false SERVER_PORT="${PORT[$side]}" \
    sh "$ROOT/bootstrap/run.sh" >"$WORK/$side.log" 2>&1 &
  SERVER_PID=$!
  PID[$side]=$SERVER_PID
  await_ready "http://127.0.0.1:${PORT[$side]}/actuator/health/readiness" "jar $side" "$t0" 300
  log "jar $side ready on port ${PORT[$side]} in $STARTED_MS ms (the first start trains its AOT cache)"
}

sign_in() {  # sign_in <side>: four accounts' access tokens, so no single principal is cached
  local side=$1 base="http://127.0.0.1:${PORT[$1]}/api/v1/auth" i email
  TOKENS[$side]=$WORK/tokens-$side.txt
  for i in 1 2 3 4; do
    email="ab-$i-$$@example.com"
    curl -fsS -o /dev/null -H 'Content-Type: application/json' \
      -d "{\"email\":\"$email\",\"password\":\"$PASSWORD\"}" "$base/register" || die "registration failed"
    curl -fsS -H 'Content-Type: application/json' \
      -d "{\"email\":\"$email\",\"password\":\"$PASSWORD\"}" "$base/login" | jq -r .access_token
  done >"${TOKENS[$side]}" || die "login failed"
}

measure() {  # measure <side> <me|liveness> -> "req/s JVM-µs-per-request non-2xx"
  local side=$1 scenario=$2 lua=get.lua path=/actuator/health/liveness cpu0 cpu result
  if [[ $scenario == me ]]; then lua=me.lua path=/api/v1/users/me; fi
  cpu0=$(cpu_ms "${PID[$side]}")
  result=$(BENCH_SCENARIO=$scenario BENCH_DATA=${TOKENS[$side]} BENCH_THREADS=2 \
    wrk -t2 -c16 -d"$DURATION" --timeout 10s -s "$LUA_DIR/$lua" "http://127.0.0.1:${PORT[$side]}$path" |
    sed -n 's/^BENCH_RESULT //p')
  [[ -n $result ]] || die "wrk gave no result for $scenario on jar $side"
  jq -r --argjson cpu $(($(cpu_ms "${PID[$side]}") - cpu0)) \
    '"\(.rps | round) \($cpu * 1000 / .requests | round) \([.status | to_entries[] | select(.key | startswith("2") | not) | .value] | add // 0)"' \
    <<<"$result"
}

ensure_wrk
start a
start b
sign_in a
sign_in b
log "warming up: two passes of each scenario on each jar"
for pass in 1 2; do
  for side in a b; do
    for scenario in me liveness; do measure "$side" "$scenario" >/dev/null; done
  done
done

declare -A RATIOS=([me]="" [liveness]="")
printf '| round | scenario | A req/s | B req/s | B ÷ A | A µs JVM CPU a request | B µs | non-2xx A/B |\n'
printf '|---:|---|---:|---:|---:|---:|---:|---|\n'
for ((round = 1; round <= ROUNDS; round++)); do
  order=(a b)
  ((round % 2 == 0)) && order=(b a)
  for scenario in me liveness; do
    declare -A RESULT=()
    for side in "${order[@]}"; do RESULT[$side]=$(measure "$side" "$scenario"); done
    read -r rps_a cpu_a bad_a <<<"${RESULT[a]}"
    read -r rps_b cpu_b bad_b <<<"${RESULT[b]}"
    ratio=$(awk -v a="$rps_a" -v b="$rps_b" 'BEGIN { printf "%.2f", b / a }')
    RATIOS[$scenario]+=" $ratio"
    printf '| %d (%s first) | %s | %s | %s | %s | %s | %s | %s/%s |\n' \
      "$round" "${order[0]^^}" "$scenario" "$rps_a" "$rps_b" "$ratio" "$cpu_a" "$cpu_b" "$bad_a" "$bad_b"
  done
done
for scenario in me liveness; do
  # shellcheck disable=SC2086 # one ratio a word
  printf '\n%s: B ÷ A median %s (rounds:%s)' "$scenario" "$(median ${RATIOS[$scenario]})" "${RATIOS[$scenario]}"
done
printf '\n'
grep -h ' ERROR ' "$WORK"/a.log "$WORK"/b.log | head -5 >&2 || true
