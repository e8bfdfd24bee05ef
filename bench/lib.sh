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
