# Sourced by comm4j's scripts: finds the JDK and the repository root. No side effects but exports.
# shellcheck shell=bash

COMM4J_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export COMM4J_ROOT

# The build targets Java 25 (maven.compiler.release); class files need a runtime at least that new.
COMM4J_MIN_JDK=25

# Prints the major version of the JDK at $1 (empty when it is not a JDK). Reads the JDK's `release`
# file when there is one (no JVM start: scripts/comm-smoke is timed end to end), else asks the JVM.
jdk_major() {
  local home="$1" line
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
  if [[ -r "$home/release" ]]; then
    line="$(grep -m1 '^JAVA_VERSION=' "$home/release" || true)"
    line="${line#JAVA_VERSION=\"}"
    line="${line#1.}"
    line="${line%%[.\"_+-]*}"
    if [[ "$line" =~ ^[0-9]+$ ]]; then
      printf '%s' "$line"
      return 0
    fi
  fi
  line="$("$home/bin/java" -XshowSettings:properties -version 2>&1 | grep -m1 'java.specification.version' || true)"
  line="${line##*= }"
  line="${line#1.}"
  printf '%s' "${line%%.*}"
}

# Exports JAVA_HOME to a JDK >= COMM4J_MIN_JDK: $JAVA_HOME when new enough, else the newest under
# /usr/lib/jvm. Exits with one line naming what it looked at when there is none.
require_jdk() {
  local candidate major best="" best_major=0 seen=()
  if [[ -n "${JAVA_HOME:-}" ]]; then
    major="$(jdk_major "$JAVA_HOME")"
    if [[ -n "$major" && "$major" -ge "$COMM4J_MIN_JDK" ]]; then
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
    seen+=("JAVA_HOME=$JAVA_HOME (${major:-not a JDK})")
  fi
  for candidate in /usr/lib/jvm/*; do
    [[ -d "$candidate" && ! -L "$candidate" ]] || continue
    major="$(jdk_major "$candidate")"
    [[ -n "$major" ]] || continue
    seen+=("$candidate ($major)")
    if [[ "$major" -gt "$best_major" ]]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [[ -z "$best" || "$best_major" -lt "$COMM4J_MIN_JDK" ]]; then
    echo "comm4j: needs a JDK >= $COMM4J_MIN_JDK (FFM, release $COMM4J_MIN_JDK); found: ${seen[*]:-no JDK under /usr/lib/jvm}. Install one (e.g. Temurin 25) or set JAVA_HOME." >&2
    exit 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# Runs Maven quietly enough for logs, in batch mode, from the repository root.
mvn_root() {
  (cd "$COMM4J_ROOT" && mvn -B -ntp "$@")
}
