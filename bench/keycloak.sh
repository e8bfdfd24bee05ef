#!/usr/bin/env bash
# Gatehouse next to Keycloak, side by side on this machine, in one run: issue 7's target "reads 1.5x
# Keycloak's userinfo" measured, not inferred. See bench/README.md, "Next to Keycloak".
#
#   bash bench/keycloak.sh
#
# Keycloak's server distribution comes from Maven Central (org.keycloak:keycloak-quarkus-dist, its
# SHA-1 checked) into bench/target/, and is built once for PostgreSQL (kc.sh build). Both services run
# on the same PostgreSQL, each on a fresh database, as shipped: Gatehouse through bootstrap/run.sh
# (the README's launch line), Keycloak through `kc.sh start --optimized` with its own JVM settings.
#
# One server at a time. Each round starts one, times the start from launch to readiness, takes fresh
# access tokens for KC_ACCOUNTS accounts, warms up with two passes of every scenario, measures each
# scenario once with wrk -t2 -c16, reads the RSS and stops it; then the other. The order alternates
# by round, so neither always runs in the same minute of the machine.
#   me     GET /api/v1/users/me                                   | Keycloak: GET .../userinfo
#   jwks   GET /.well-known/jwks.json                             | Keycloak: GET .../certs
# The reads take round-robin the tokens of KC_ACCOUNTS accounts (bench/lua/me.lua); the keys are
# fetched without a token (bench/lua/get.lua).
#
# Knobs (environment): KC_VERSION (26.7.3), KC_ROUNDS (3), KC_DURATION (15s), KC_WARMUP_DURATION
# (10s), KC_ACCOUNTS (4), BENCH_PORT (8080; Keycloak takes BENCH_PORT+1 and BENCH_PORT+2 for its
# management interface), BENCH_SKIP_BUILD, PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres).
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LUA_DIR=$ROOT/bench/lua
KC_VERSION=${KC_VERSION:-26.7.3}
ROUNDS=${KC_ROUNDS:-3}
DURATION=${KC_DURATION:-15s}
WARMUP=${KC_WARMUP_DURATION:-10s}
ACCOUNTS=${KC_ACCOUNTS:-4}
PORT=${BENCH_PORT:-8080}
KC_PORT=$((PORT + 1))
KC_MANAGEMENT_PORT=$((PORT + 2))
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
STAMP=$(date +%s)_$$
GH_DB=gatehouse_vs_kc_$STAMP
KC_DB=keycloak_vs_gh_$STAMP
WORK=$(mktemp -d -t gatehouse-keycloak.XXXXXX)
KC_HOME=$ROOT/bench/target/keycloak-$KC_VERSION
SERVER_PID=
DBS_CREATED=()
SERVERS=(gatehouse keycloak)

LOG_TAG=keycloak
# shellcheck source=lib.sh
. "$ROOT/bench/lib.sh"

cleanup() {
  local rc=$? db
  trap - EXIT INT TERM
  stop_server || true
  for db in "${DBS_CREATED[@]}"; do
    psql -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" && log "dropped database $db" \
      || log "WARNING: could not drop database $db"
  done
  if [[ $rc -ne 0 && -f $WORK/server.log ]]; then tail -n 30 "$WORK/server.log" >&2 || true; fi
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The JVM's process: run.sh execs java, kc.sh starts it as a child (and forwards SIGTERM to it).
jvm_pid() {
  if [[ $(readlink "/proc/$SERVER_PID/exe") == */java ]]; then echo "$SERVER_PID"; else pgrep -P "$SERVER_PID" -x java; fi
}
rss_mib() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# The JDK: JAVA_HOME when it is 25 or newer (Gatehouse's AOT cache needs 25; Keycloak 26 runs on it),
# else the newest in /usr/lib/jvm.
if [[ -z ${JAVA_HOME:-} || ! -x ${JAVA_HOME:-}/bin/java ]] || (($(java_major "$JAVA_HOME") < 25)); then
  JAVA_HOME=$(for d in /usr/lib/jvm/*/; do [[ -x $d/bin/java ]] && echo "$(java_major "${d%/}") ${d%/}"; done \
    | sort -n | tail -1 | cut -d' ' -f2)
fi
export JAVA_HOME
(($(java_major "$JAVA_HOME") >= 25)) || die "no JDK 25+ found (JAVA_HOME=$JAVA_HOME)"
ensure_wrk

if [[ -z ${BENCH_SKIP_BUILD:-} ]]; then
  log "building Gatehouse"
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
fi
[[ -f $ROOT/bootstrap/target/gatehouse.jar ]] || die "bootstrap/target/gatehouse.jar is missing: build without BENCH_SKIP_BUILD"

# Keycloak from Maven Central, once per version: download, check, unpack, build for PostgreSQL.
install_keycloak() {
  [[ -f $KC_HOME/.built ]] && return
  local name=keycloak-quarkus-dist-$KC_VERSION.tar.gz
  local url=https://repo.maven.apache.org/maven2/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/$name
  log "downloading Keycloak $KC_VERSION from Maven Central"
  mkdir -p "$WORK/download"
  curl -sSf -o "$WORK/download/$name" "$url" || die "cannot download $url"
  [[ $(sha1sum <"$WORK/download/$name" | cut -d' ' -f1) == "$(curl -sSf "$url.sha1" | cut -c1-40)" ]] \
    || die "$name does not match Maven Central's SHA-1"
  rm -rf "$KC_HOME"
  mkdir -p "$KC_HOME"
  tar -xzf "$WORK/download/$name" -C "$KC_HOME" --strip-components=1
  log "building Keycloak for PostgreSQL (kc.sh build, once)"
  "$KC_HOME/bin/kc.sh" build --db=postgres --health-enabled=true >"$WORK/kc-build.log" 2>&1 \
    || { cat "$WORK/kc-build.log" >&2; die "kc.sh build failed"; }
  touch "$KC_HOME/.built"
}
install_keycloak
GATEHOUSE_PREPARE_ONLY=1 "$ROOT/bootstrap/run.sh" >>"$WORK/server.log" 2>&1 || die "bootstrap/run.sh could not prepare"

for db in "$GH_DB" "$KC_DB"; do
  psql -d postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $db" || die "cannot create database $db"
  DBS_CREATED+=("$db")
done

base_url() { [[ $1 == gatehouse ]] && echo "http://127.0.0.1:$PORT" || echo "http://127.0.0.1:$KC_PORT"; }
ready_url() {
  [[ $1 == gatehouse ]] && echo "http://127.0.0.1:$PORT/actuator/health/readiness" \
    || echo "http://127.0.0.1:$KC_MANAGEMENT_PORT/health/ready"
}
read_path() { [[ $1 == gatehouse ]] && echo /api/v1/users/me || echo /realms/bench/protocol/openid-connect/userinfo; }
keys_path() { [[ $1 == gatehouse ]] && echo /.well-known/jwks.json || echo /realms/bench/protocol/openid-connect/certs; }

# Both branches exec, so that SERVER_PID is run.sh's JVM itself or kc.sh, which passes a SIGTERM on
# to its JVM: either way a SIGTERM to it is a graceful shutdown.
launch() {  # launch <server>: starts it in the background, sets SERVER_PID
  case $1 in
    gatehouse) SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$GH_DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
      SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-} SERVER_PORT=$PORT APP_RATE_LIMIT_ENABLED=false \
      exec "$ROOT/bootstrap/run.sh" ;;
    keycloak) KC_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$KC_DB" KC_DB_USERNAME=$PGUSER \
      KC_DB_PASSWORD=${PGPASSWORD:-unused} KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      exec "$KC_HOME/bin/kc.sh" start --optimized --http-enabled=true --http-host=127.0.0.1 \
      --http-port="$KC_PORT" --http-management-port="$KC_MANAGEMENT_PORT" --hostname-strict=false ;;
  esac >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
}

STARTED_MS=
start_server() {  # start_server <server>: sets STARTED_MS, launch to readiness
  local url t0
  url=$(ready_url "$1")
  if curl -s -o /dev/null -m 1 "$(base_url "$1")/"; then die "port of $1 is already in use (set BENCH_PORT)"; fi
  t0=$(date +%s%N)
  launch "$1"
  await_ready "$url" "$1" "$t0" 180
}

email() { echo "bench-user-$1@example.com"; }
password() { echo "bench-pass-$1-correct-horse"; }

# Accounts, made once on each server's fresh database. Keycloak: realm "bench" (access tokens live an
# hour, as long as a run), a public client with the password grant, and the users.
setup_gatehouse() {
  local n status
  for ((n = 1; n <= ACCOUNTS; n++)); do
    status=$(curl -s -o "$WORK/out" -w '%{http_code}' -H 'Content-Type: application/json' \
      -d "$(jq -cn --arg e "$(email "$n")" --arg p "$(password "$n")" '{email: $e, password: $p, displayName: "Bench User"}')" \
      "http://127.0.0.1:$PORT/api/v1/auth/register")
    [[ $status == 201 ]] || die "Gatehouse registration answered $status: $(head -c 300 "$WORK/out")"
  done
}

keycloak_admin_json() {  # keycloak_admin_json <admin token> <path> <json>
  local status
  status=$(curl -s -o "$WORK/out" -w '%{http_code}' -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d "$3" "http://127.0.0.1:$KC_PORT/admin/realms$2")
  [[ $status == 201 ]] || die "Keycloak POST /admin/realms$2 answered $status: $(head -c 300 "$WORK/out")"
}

setup_keycloak() {
  local admin n
  admin=$(curl -sSf -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
    "http://127.0.0.1:$KC_PORT/realms/master/protocol/openid-connect/token" | jq -r .access_token) \
    || die "cannot get Keycloak's admin token"
  keycloak_admin_json "$admin" "" \
    '{"realm":"bench","enabled":true,"accessTokenLifespan":3600,"ssoSessionIdleTimeout":36000,"ssoSessionMaxLifespan":36000}'
  keycloak_admin_json "$admin" /bench/clients \
    '{"clientId":"bench","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false}'
  for ((n = 1; n <= ACCOUNTS; n++)); do
    keycloak_admin_json "$admin" /bench/users "$(jq -cn --arg u "bench-user-$n" --arg e "$(email "$n")" --arg p "$(password "$n")" \
      '{username: $u, email: $e, firstName: "Bench", lastName: "User", emailVerified: true, enabled: true,
        credentials: [{type: "password", value: $p, temporary: false}]}')"
  done
}

# One access token a line in $WORK/tokens-<server>.txt.
fresh_tokens() {
  local n
  for ((n = 1; n <= ACCOUNTS; n++)); do
    if [[ $1 == gatehouse ]]; then
      curl -sSf -H 'Content-Type: application/json' \
        -d "$(jq -cn --arg e "$(email "$n")" --arg p "$(password "$n")" '{email: $e, password: $p}')" \
        "http://127.0.0.1:$PORT/api/v1/auth/login"
    else
      curl -sSf -d grant_type=password -d client_id=bench -d scope=openid -d username="bench-user-$n" \
        --data-urlencode password="$(password "$n")" \
        "http://127.0.0.1:$KC_PORT/realms/bench/protocol/openid-connect/token"
    fi | jq -er .access_token || die "$1 gave no access token for account $n"
  done >"$WORK/tokens-$1.txt"
  # A token the read refuses would make the comparison one of 401s.
  [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(head -1 "$WORK/tokens-$1.txt")" \
    "$(base_url "$1")$(read_path "$1")") == 200 ]] || die "$1 refused its own access token"
}

# run_wrk <server> <lua script> <path> <duration> -> the BENCH_RESULT JSON (bench/lua/common.lua)
run_wrk() {
  BENCH_SCENARIO="$1 $3" BENCH_DATA=$WORK/tokens-$1.txt wrk -t2 -c16 -d"$4" --timeout 10s \
    -s "$LUA_DIR/$2" "$(base_url "$1")$3" >"$WORK/wrk.log" 2>&1 || true
  sed -n 's/^BENCH_RESULT //p' "$WORK/wrk.log" | jq -ec . || { cat "$WORK/wrk.log" >&2; die "wrk gave no result"; }
}

log "first starts (Gatehouse migrates its database, Keycloak makes its schema; not timed), accounts"
start_server gatehouse
setup_gatehouse
stop_server
start_server keycloak
setup_keycloak
stop_server

RESULTS=$WORK/results.jsonl
for ((round = 1; round <= ROUNDS; round++)); do
  order=("${SERVERS[@]}")
  ((round % 2 == 0)) && order=(keycloak gatehouse)
  for server in "${order[@]}"; do
    start_server "$server"
    started=$STARTED_MS
    fresh_tokens "$server"
    for pass in 1 2; do
      run_wrk "$server" me.lua "$(read_path "$server")" "$WARMUP" >/dev/null
      run_wrk "$server" get.lua "$(keys_path "$server")" "$WARMUP" >/dev/null
    done
    read=$(run_wrk "$server" me.lua "$(read_path "$server")" "$DURATION")
    keys=$(run_wrk "$server" get.lua "$(keys_path "$server")" "$DURATION")
    rss=$(rss_mib "$(jvm_pid)")
    stop_server
    jq -cn --arg s "$server" --argjson r "$round" --argjson ms "$started" --argjson rss "$rss" \
      --argjson read "$read" --argjson keys "$keys" \
      '{server: $s, round: $r, started_ms: $ms, rss_mib: $rss, read: $read, keys: $keys}' >>"$RESULTS"
    log "round $round: $server ready after $started ms; read $(jq -r .rps <<<"$read") req/s (p99 $(jq -r .p99_ms <<<"$read") ms, $(jq -c .status <<<"$read")); keys $(jq -r .rps <<<"$keys") req/s; RSS $rss MiB"
  done
done

# Per round: both servers' figures and Gatehouse's read as a multiple of Keycloak's.
printf '\n%s, %s cores, Java %s, Keycloak %s, wrk -t2 -c16 -d%s after 2 × %s warm-up, %d accounts, one server at a time\n\n' \
  "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(nproc)" "$(java_major "$JAVA_HOME")" "$KC_VERSION" "$DURATION" "$WARMUP" "$ACCOUNTS"
printf '| round | server | read req/s | read p50 / p99 ms | read statuses | keys req/s | keys p99 ms | restart to ready ms | RSS after MiB |\n'
printf '|---|---|---:|---:|---|---:|---:|---:|---:|\n'
jq -r '"| \(.round) | \(.server) | \(.read.rps | floor) | \(.read.p50_ms) / \(.read.p99_ms) | \(.read.status | to_entries | map("\(.key): \(.value)") | join(", "))\(if (.read.socket_errors | add) > 0 then ", socket errors: \(.read.socket_errors | add)" else "" end) | \(.keys.rps | floor) | \(.keys.p99_ms) | \(.started_ms) | \(.rss_mib) |"' "$RESULTS"
printf '\n| round | Gatehouse me ÷ Keycloak userinfo (target ≥ 1.5) | Gatehouse JWKS ÷ Keycloak certs |\n|---|---:|---:|\n'
jq -rs 'group_by(.round)[] | (map(select(.server == "gatehouse"))[0]) as $g | (map(select(.server == "keycloak"))[0]) as $k
  | "| \($g.round) | \(($g.read.rps / $k.read.rps * 100 | round) / 100) | \(($g.keys.rps / $k.keys.rps * 100 | round) / 100) |"' "$RESULTS"
jq -rs '[group_by(.round)[] | (map(select(.server == "gatehouse"))[0].read.rps) / (map(select(.server == "keycloak"))[0].read.rps)]
  | sort | "\nMedian of the rounds, me ÷ userinfo: \((.[(length - 1) / 2 | floor] * 100 | round) / 100)"' "$RESULTS"
