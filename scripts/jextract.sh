#!/usr/bin/env bash
# Regenerates the FFM bindings in bindings/src/main/java/io/comm4j/bindings/<pkg>/ from headers/ with
# jextract. The checked-in bindings were written by hand in the layout jextract 25 emits, because
# jextract is not available where they were written; run this where it is, then `scripts/test`: the
# ABI oracle holds whatever this produces to gcc, exactly as it holds the hand-written classes.
#
# Usage: scripts/jextract.sh [header.h ...]      (default: every headers/*.h that has a package below)
# Needs: jextract whose major version equals the JDK's (25-jextract+2-4 or newer), on PATH or $JEXTRACT.
#
# What it does, per header (headers/X.h -> package io.comm4j.bindings.<pkg>, header class X_h):
#   1. `jextract --dump-includes` lists every declaration jextract sees; only the lines whose
#      `# header:` is headers/X.h itself are kept, so the include filters name exactly what X.h
#      declares (our headers declare exactly what comm4j calls) and nothing from the headers it
#      includes (hccl.h includes acl.h, hcomm_private.h includes hccl.h; system headers for posix).
#   2. `jextract @filters --target-package ... --header-class-name X_h` into a scratch directory.
#   3. One correction is applied to the output (the only deviation from jextract's own code):
#      jextract builds an array member's element handle from the member's own sequence layout
#      (`f$LAYOUT.varHandle(sequenceElement())`, `f$LAYOUT.sliceHandle(...)`) but passes 0L as the
#      base offset (`f$ELEM_HANDLE.get(struct, 0L, index0)`), which addresses the first bytes of the
#      struct instead of member f. We pass f$OFFSET. IndexedAccessorTest fails without this fix.
#   4. The package directory is replaced by the new output; package-info.java is kept.
#
# Libraries: no `-l` on purpose. With `-l`, a header class opens the library in its static
# initialiser, so merely reading a constant would fail on a machine without CANN. Without `-l`,
# symbols are looked up through SymbolLookup.loaderLookup() (then the default lookup), and
# io.comm4j.bindings.NativeLibraries.loadCann() System.load()s the libraries found first:
#   acl.h           -> libascendcl.so
#   hccl.h          -> libhccl.so (CANN <= 8.3) or libhcomm.so (8.5 line: communicator functions)
#   hcomm_private.h -> libhcomm.so (older CANN: libhccl.so); optional symbols
#   posix_shm.h     -> libc (default lookup)
#   comm_context.h  -> no functions
set -euo pipefail
# shellcheck source=lib/common.sh
. "$(dirname "$0")/lib/common.sh"

HEADERS="$COMM4J_ROOT/headers"
SRC="$COMM4J_ROOT/bindings/src/main/java"
BASE_PACKAGE="io.comm4j.bindings"

# headers/X.h -> sub-package
package_of() {
  case "$1" in
    acl.h) echo acl ;;
    hccl.h) echo hccl ;;
    hcomm_private.h) echo hcomm ;;
    comm_context.h) echo comm ;;
    posix_shm.h) echo posix ;;
    *) return 1 ;;
  esac
}

JEXTRACT="${JEXTRACT:-$(command -v jextract || true)}"
if [[ -z "$JEXTRACT" || ! -x "$JEXTRACT" ]]; then
  echo "jextract.sh: jextract not found (PATH or \$JEXTRACT). Get a build matching your JDK ($COMM4J_MIN_JDK+) from the jextract project's early-access page." >&2
  exit 1
fi
require_jdk
jdk_version="$(jdk_major "$JAVA_HOME")"
jextract_version="$("$JEXTRACT" --version 2>&1 | grep -Eo '[0-9]+' | head -1 || true)"
if [[ "$jextract_version" != "$jdk_version" ]]; then
  echo "jextract.sh: jextract major version '$jextract_version' differs from the JDK's ($jdk_version at $JAVA_HOME); their output would not compile or run together." >&2
  exit 1
fi

if [[ $# -gt 0 ]]; then
  headers=("$@")
else
  headers=()
  for h in "$HEADERS"/*.h; do
    name="$(basename "$h")"
    if package_of "$name" >/dev/null; then headers+=("$name"); fi
  done
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for name in "${headers[@]}"; do
  name="$(basename "$name")"
  header="$HEADERS/$name"
  [[ -f "$header" ]] || { echo "jextract.sh: no $header" >&2; exit 1; }
  pkg="$(package_of "$name")" || { echo "jextract.sh: no package configured for $name (edit package_of)" >&2; exit 1; }
  class="${name%.h}_h"
  echo "== $name -> $BASE_PACKAGE.$pkg.$class"

  # 1. include filters: the declarations of this header file only.
  "$JEXTRACT" -I "$HEADERS" --dump-includes "$work/$name.all" "$header"
  real_header="$(realpath "$header")"
  : >"$work/$name.filters"
  while IFS= read -r line; do
    [[ "$line" == --include-* ]] || continue
    declared_in="${line##*# header: }"
    if [[ "$(realpath "$declared_in" 2>/dev/null || echo "$declared_in")" == "$real_header" ]]; then
      echo "${line%%#*}" >>"$work/$name.filters"
    fi
  done <"$work/$name.all"
  echo "   $(wc -l <"$work/$name.filters") declarations"

  # 2. generate.
  out="$work/out-$pkg"
  "$JEXTRACT" @"$work/$name.filters" \
    -I "$HEADERS" \
    --output "$out" \
    --target-package "$BASE_PACKAGE.$pkg" \
    --header-class-name "$class" \
    "$header"

  # 3. indexed array accessors address member f, not the start of the struct.
  find "$out" -name '*.java' -print0 | xargs -0 sed -i -E \
    's/([A-Za-z_][A-Za-z0-9_]*)\$ELEM_HANDLE\.(get|set|invokeExact)\(struct, 0L, /\1$ELEM_HANDLE.\2(struct, \1$OFFSET, /g'

  # 4. replace the package, keeping its package-info.java.
  dest="$SRC/${BASE_PACKAGE//.//}/$pkg"
  mkdir -p "$dest"
  keep="$work/package-info-$pkg.java"
  [[ -f "$dest/package-info.java" ]] && cp "$dest/package-info.java" "$keep"
  find "$dest" -maxdepth 1 -name '*.java' ! -name package-info.java -delete
  cp "$out/${BASE_PACKAGE//.//}/$pkg/"*.java "$dest/"
  [[ -f "$keep" ]] && cp "$keep" "$dest/package-info.java"
done

echo "Done. Now run scripts/test: the ABI oracle compares the new classes with gcc's view of headers/."
