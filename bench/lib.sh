# Helpers the benchmark scripts share; sourced, not run. The caller sets LOG_TAG first.

log() { printf '[%s %s] %s\n' "$LOG_TAG" "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

java_major() {  # prints the feature version of $1/bin/java, or 0
  local v
  v=$("$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }') || true
  v=${v#1.}  # 1.8.0 -> 8.0 (old scheme)
  echo "${v%%[.+-]*}" | grep -E '^[0-9]+$' || echo 0
}

# The scripts' one server at a time: SERVER_PID is its process (the JVM, or a launcher that passes
# SIGTERM on to it); set it without a subshell, or it is lost and the JVM orphaned.

# await_ready <readiness url> <name> <launch time, date +%s%N> <seconds>: waits until the URL answers
# 200, and sets STARTED_MS to the milliseconds since the launch.
await_ready() {
  until [[ $(curl -s -o /dev/null -w '%{http_code}' -m 1 "$1" || true) == 200 ]]; do
    kill -0 "$SERVER_PID" 2>/dev/null || { SERVER_PID=; die "$2 exited during start-up"; }
    (($(date +%s%N) - $3 < $4 * 10 ** 9)) || die "$2 was not ready within $4 s"
    sleep 0.05
  done
  STARTED_MS=$((($(date +%s%N) - $3) / 1000000))
}

# SIGTERM (graceful shutdown), wait for the exit; SIGKILL only if it hangs.
stop_server() {
  [[ -n ${SERVER_PID:-} ]] || return 0
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  local i
  for ((i = 0; i < 600; i++)); do
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    log "server did not stop within 60 s: SIGKILL"
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=
}

ensure_wrk() {
  command -v wrk >/dev/null && return
  log "wrk is missing: installing it with apt-get"
  local sudo=
  [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get install -y wrk || { $sudo apt-get update && $sudo apt-get install -y wrk; }
  command -v wrk >/dev/null || die "could not install wrk"
}

# cpu_ms <pid...>: the user + system CPU time those processes have used, in ms (ended ones count 0).
CLOCK_TICKS=$(getconf CLK_TCK)
cpu_ms() {
  local pid stat fields ticks=0
  for pid in "$@"; do
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
    read -r -a fields <<<"${stat##*) }"  # from field 3 on: the command name may hold spaces
    ticks=$((ticks + fields[11] + fields[12]))  # utime and stime, fields 14 and 15
  done
  echo $((ticks * 1000 / CLOCK_TICKS))
}
