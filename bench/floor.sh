#!/usr/bin/env bash
# The platform's floor: how fast the smallest Spring Boot web service starts on this machine, and
# how much memory it holds, next to Gatehouse, in one run. See bench/README.md, "The platform's floor".
#
#   bash bench/floor.sh
#
# Three services, each launched the way bootstrap/run.sh launches Gatehouse (the extracted jar,
# bootstrap/jvm.options and a JDK AOT cache trained for it), restarted in alternation:
#   floor             bench/floor: one controller and the actuator, no database, no security;
#   floor+spring-aot  the same jar with Spring AOT's generated code (-Dspring.aot.enabled=true);
#   gatehouse         bootstrap/run.sh on a fresh database (migrated by a first, untimed start).
# Each is timed from launch until /actuator/health/readiness answers 200. Then each is started once
# more and its RSS read when ready and after FLOOR_LOAD_ROUNDS rounds of 10 s of wrk on its
# liveness endpoint (the one endpoint all three have).
#
# Knobs (environment): FLOOR_RESTARTS (4), FLOOR_LOAD_ROUNDS (3), BENCH_PORT (8080),
# BENCH_SKIP_BUILD (unset: build both jars), PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres).
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FLOOR=$ROOT/bench/floor
RESTARTS=${FLOOR_RESTARTS:-4}
LOAD_ROUNDS=${FLOOR_LOAD_ROUNDS:-3}
PORT=${BENCH_PORT:-8080}
BASE=http://127.0.0.1:$PORT
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=gatehouse_floor_$(date +%s)_$$
WORK=$(mktemp -d -t gatehouse-floor.XXXXXX)
SERVER_PID=
DB_CREATED=
VARIANTS=(floor floor+spring-aot gatehouse)

LOG_TAG=floor
# shellcheck source=lib.sh
. "$ROOT/bench/lib.sh"

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_server || true
  if [[ -n $DB_CREATED ]]; then
    psql -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" && log "dropped database $DB" \
      || log "WARNING: could not drop database $DB"
  fi
  if [[ $rc -ne 0 && -f $WORK/server.log ]]; then tail -n 30 "$WORK/server.log" >&2 || true; fi
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

rss_mib() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# The JDK: JAVA_HOME when it is 25 or newer (the AOT cache needs 25), else the newest in /usr/lib/jvm.
if [[ -z ${JAVA_HOME:-} || ! -x ${JAVA_HOME:-}/bin/java ]] || (($(java_major "$JAVA_HOME") < 25)); then
  JAVA_HOME=$(for d in /usr/lib/jvm/*/; do [[ -x $d/bin/java ]] && echo "$(java_major "${d%/}") ${d%/}"; done \
    | sort -n | tail -1 | cut -d' ' -f2)
fi
export JAVA_HOME
JAVA=$JAVA_HOME/bin/java
(($(java_major "$JAVA_HOME") >= 25)) || die "no JDK 25+ found (JAVA_HOME=$JAVA_HOME)"
ensure_wrk

# The floor must be built on the Spring Boot Gatehouse is built on, or the comparison means nothing.
boot_version() { sed -n '/<parent>/,/<\/parent>/s:.*<version>\(.*\)</version>.*:\1:p' "$1"; }
[[ $(boot_version "$ROOT/pom.xml") == "$(boot_version "$FLOOR/pom.xml")" ]] \
  || die "bench/floor/pom.xml's Spring Boot ($(boot_version "$FLOOR/pom.xml")) is not the project's ($(boot_version "$ROOT/pom.xml"))"

if [[ -z ${BENCH_SKIP_BUILD:-} ]]; then
  log "building Gatehouse and the floor service"
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package && ./mvnw -B -q -f bench/floor/pom.xml -DskipTests package)
fi
[[ -f $ROOT/bootstrap/target/gatehouse.jar && -f $FLOOR/target/floor.jar ]] || die "a jar is missing: build without BENCH_SKIP_BUILD"

# Extracts the floor jar and trains an AOT cache for each of its two ways, as run.sh does for Gatehouse.
prepare_floor() {  # prepare_floor <dir> [extra JVM option]
  "$JAVA" -Djarmode=tools -jar "$FLOOR/target/floor.jar" extract --destination "$1" >/dev/null
  SERVER_PORT=0 "$JAVA" @"$ROOT/bootstrap/jvm.options" ${2:+"$2"} -XX:AOTCacheOutput="$1/app.aot" \
    -Dspring.context.exit=onRefresh -jar "$1/floor.jar" >"$1/aot-training.log" 2>&1 \
    || die "training the floor's AOT cache failed (see $1/aot-training.log)"
}
log "preparing the launches (extraction and AOT cache training, not timed)"
prepare_floor "$WORK/floor"
prepare_floor "$WORK/floor-aot" -Dspring.aot.enabled=true
GATEHOUSE_PREPARE_ONLY=1 "$ROOT/bootstrap/run.sh" >>"$WORK/server.log" 2>&1 || die "bootstrap/run.sh could not prepare"
psql -d postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $DB" || die "cannot create database $DB"
DB_CREATED=1

# Each branch execs, so that SERVER_PID is the JVM itself (run.sh execs java too) and a SIGTERM to it
# is a graceful shutdown, not the end of a subshell that would leave the JVM running.
launch() {  # launch <variant>: starts it in the background, sets SERVER_PID
  case $1 in
    floor) exec "$JAVA" @"$ROOT/bootstrap/jvm.options" -XX:AOTCache="$WORK/floor/app.aot" -jar "$WORK/floor/floor.jar" ;;
    floor+spring-aot) exec "$JAVA" @"$ROOT/bootstrap/jvm.options" -Dspring.aot.enabled=true \
      -XX:AOTCache="$WORK/floor-aot/app.aot" -jar "$WORK/floor-aot/floor.jar" ;;
    gatehouse) SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
      SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-} exec "$ROOT/bootstrap/run.sh" ;;
  esac >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
}

STARTED_MS=
start_server() {  # start_server <variant>: sets STARTED_MS, launch to readiness
  if curl -s -o /dev/null -m 1 "$BASE/"; then die "port $PORT is already in use (set BENCH_PORT)"; fi
  local t0
  t0=$(date +%s%N)
  SERVER_PORT=$PORT launch "$1"
  await_ready "$BASE/actuator/health/readiness" "$1" "$t0" 120
}

log "first start of Gatehouse (migrates the empty database; not timed)"
start_server gatehouse
stop_server

declare -A TIMES
for ((round = 1; round <= RESTARTS; round++)); do
  for variant in "${VARIANTS[@]}"; do
    start_server "$variant"
    stop_server
    TIMES[$variant]="${TIMES[$variant]:-} $STARTED_MS"
    log "round $round: $variant ready after $STARTED_MS ms"
  done
done

declare -A READY_RSS LOADED_RSS LIVENESS
for variant in "${VARIANTS[@]}"; do
  start_server "$variant"
  READY_RSS[$variant]=$(rss_mib "$SERVER_PID")
  rates=()
  for ((round = 1; round <= LOAD_ROUNDS; round++)); do
    rates+=("$(wrk -t2 -c16 -d10s "$BASE/actuator/health/liveness" | awk '/^Requests\/sec/ { printf "%d", $2 }')")
  done
  LOADED_RSS[$variant]=$(rss_mib "$SERVER_PID")
  LIVENESS[$variant]=${rates[-1]}
  stop_server
  log "$variant: RSS ${READY_RSS[$variant]} MiB when ready, ${LOADED_RSS[$variant]} MiB after the load (liveness ${rates[*]} req/s)"
done

printf '\n%s, %s cores, Java %s, %d restarts each in alternation\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" \
  "$(nproc)" "$(java_major "$JAVA_HOME")" "$RESTARTS"
printf '| service | restart to readiness, median (all, ms) | RSS ready | RSS after %d × 10 s of liveness load | liveness req/s, last round |\n' "$LOAD_ROUNDS"
printf '|---|---|---:|---:|---:|\n'
for variant in "${VARIANTS[@]}"; do
  # shellcheck disable=SC2086 # the times are a space-separated list
  printf '| %s | %s ms (%s) | %s MiB | %s MiB | %s |\n' "$variant" "$(median ${TIMES[$variant]})" \
    "$(echo ${TIMES[$variant]} | tr ' ' '/')" "${READY_RSS[$variant]}" "${LOADED_RSS[$variant]}" "${LIVENESS[$variant]}"
done
