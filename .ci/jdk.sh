# Finds a JDK 21 or newer; sourced by .ci/run and ./gatehouse-dev (bash).
#   find_jdk   sets JAVA_HOME and returns 0, or returns 1 when there is none
# Looks at JAVA_HOME first, then the newest JDK under /usr/lib/jvm (Debian, Ubuntu, Fedora) and
# /Library/Java/JavaVirtualMachines (macOS), then the javac on PATH (SDKMAN, Homebrew, a tarball).

java_major() { # prints the major version of the java binary given, or 0
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1 | grep . || echo 0
}

is_jdk21() { # a JDK (it has javac) of version 21 or newer
  [ -x "$1/bin/javac" ] && [ "$(java_major "$1/bin/java")" -ge 21 ]
}

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && is_jdk21 "$JAVA_HOME"; then
    return 0
  fi
  local candidate best="" best_major=0 major on_path
  on_path=$(command -v javac 2>/dev/null) && on_path=$(dirname "$(dirname "$(readlink -f "$on_path")")")
  for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home ${on_path:+"$on_path"}; do
    is_jdk21 "$candidate" || continue
    major=$(java_major "$candidate/bin/java")
    if [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  [ -n "$best" ] || return 1
  export JAVA_HOME="$best"
}
