# Sourced by comm4j's benchmark scripts: the method that makes a ratio hold on a noisy machine.
# shellcheck shell=bash
#
# 1. Alternate: launch the implementations A B C, A B C, ... K times (launches_alternate), each
#    launch short, so a slow spell of the machine hits every implementation alike.
# 2. Record: every launch prints its usual line, recorded as a raw line
#      RESULT <what>-launch launch=<l> <key>=<value> ... impl=<impl> ...
# 3. Aggregate (launches_aggregate): per group (the values of the group keys) and implementation,
#    the median over the launches of every numeric key (the lower median: always a measured value,
#    so bytes / median time is also the median throughput), the spread of the main metric over the
#    launches (<metric>_lo, <metric>_hi), launches=K, and for each verdict "SUBJECT <= F x REF":
#    on REF's line ratio = median(SUBJECT) / median(REF), goal=F and held = in how many of the
#    launches that measured both SUBJECT's value was <= F x REF's value of the same launch (the pair);
#    on SUBJECT's line held = the launches in which all its verdicts held.
#
# Functions only; no side effects when sourced. Tested by bench's LaunchesLibraryTest.

# How many launches per implementation: BENCH_LAUNCHES, 5 unless set; exits naming a bad value.
launches_count() {
  local k="${BENCH_LAUNCHES:-5}"
  if ! [[ "$k" =~ ^[1-9][0-9]*$ ]]; then
    echo "BENCH_LAUNCHES must be a positive number, got '$k'" >&2
    return 2
  fi
  printf '%s\n' "$k"
}

# launches_alternate K CMD...: for l in 1..K runs every CMD (one word each: a function or command
# name) in the given order as "CMD l". Stops at nothing: a failing CMD is the caller's to record.
launches_alternate() {
  local k="$1" l cmd
  shift
  for ((l = 1; l <= k; l++)); do
    for cmd in "$@"; do
      "$cmd" "$l" || true
    done
  done
}

# launches_best_of FILE WHAT GROUPKEYS METRIC NEWIMPL PATTERN: for every launch and group, prints a
# raw line for implementation NEWIMPL that is a copy of the line with the lowest METRIC among the
# implementations matching the awk regex PATTERN, with best_of=<that impl> (e.g. "MPI best" over
# two malloc settings, chosen per launch so that pairs stay pairs).
launches_best_of() {
  awk -v what="$2-launch" -v gk="$3" -v metric="$4" -v newimpl="$5" -v pat="$6" '
    $1 == "RESULT" && $2 == what {
      delete kv; for (i = 3; i <= NF; i++) { split($i, p, "="); kv[p[1]] = p[2] }
      if (kv["impl"] !~ pat) next
      key = kv["launch"]; n = split(gk, g, ","); for (i = 1; i <= n; i++) key = key SUBSEP kv[g[i]]
      if (!(key in best) || kv[metric] + 0 < best[key] + 0) { best[key] = kv[metric]; line[key] = $0; from[key] = kv["impl"] }
    }
    END { for (k in line) { l = line[k]; sub(/ impl=[^ ]*/, " impl=" newimpl, l); print l " best_of=" from[k] } }' "$1"
}

# launches_aggregate FILE WHAT GROUPKEYS METRIC [VERDICT...]: prints one aggregated line
#   RESULT <WHAT> <group keys> impl=<impl> <every other key, numeric ones as medians>
#          <METRIC>_lo=.. <METRIC>_hi=.. launches=K [ratio=.. goal=..] held=H
# per group and implementation, from the raw "RESULT <WHAT>-launch launch=l ..." lines of FILE.
# GROUPKEYS is a comma-separated list (e.g. "ranks" or "ranks,bytes"). A VERDICT is
# "SUBJECT:REF:FACTOR" (SUBJECT's metric <= FACTOR x REF's); a FACTOR written "~F" is reported
# (ratio, held on REF's line) but left out of SUBJECT's own held; with no verdict, held = K. Lower
# METRIC is better; with LAUNCHES_HIGHER_IS_BETTER=1 (a throughput) a verdict holds when
# FACTOR x SUBJECT >= REF and ratio = median(REF) / median(SUBJECT) (how many times slower).
# Groups print in ascending order of their keys, implementations in order of first appearance.
launches_aggregate() {
  local file="$1" what="$2" gk="$3" metric="$4"
  shift 4
  awk -v what="$what" -v gk="$gk" -v metric="$metric" -v verdicts="$*" -v higher="${LAUNCHES_HIGHER_IS_BETTER:-0}" '
    function isnum(v) { return v ~ /^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$/ }
    function lowmedian(key, k,   n, i, j, t, a) {
      n = cnt[key, k]; for (i = 1; i <= n; i++) a[i] = val[key, k, i] + 0
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return a[int((n + 1) / 2)]
    }
    function fmt(v) { return (v == int(v)) ? sprintf("%d", v) : sprintf("%.2f", v) }
    $1 == "RESULT" && $2 == what "-launch" {
      delete kv; delete order; nk = 0
      for (i = 3; i <= NF; i++) { eq = index($i, "="); k = substr($i, 1, eq - 1); kv[k] = substr($i, eq + 1); order[++nk] = k }
      grp = ""; ng = split(gk, g, ","); for (i = 1; i <= ng; i++) grp = grp (i > 1 ? " " : "") g[i] "=" kv[g[i]]
      if (!(grp in seen_grp)) { seen_grp[grp] = 1; grps[++ngrps] = grp }
      im = kv["impl"]; key = grp SUBSEP im
      if (!(key in seen_key)) { seen_key[key] = 1; impls[grp, ++nimpl[grp]] = im; keys[key] = "" }
      l = kv["launch"]; launches[key]++; m[grp, im, l] = kv[metric]; had[grp, l] = 1
      for (i = 1; i <= nk; i++) {
        k = order[i]
        if (k == "launch" || k == "impl" || index("," gk ",", "," k ",")) continue
        if (!((key, k) in cnt)) keys[key] = keys[key] " " k
        if (isnum(kv[k])) { val[key, k, ++cnt[key, k]] = kv[k] } else { cnt[key, k] += 0; text[key, k] = kv[k] }
      }
    }
    END {
      nv = split(verdicts, v, " ")
      # groups in ascending order of their key values (numeric where numeric)
      for (i = 1; i <= ngrps; i++) for (j = i + 1; j <= ngrps; j++) {
        split(grps[i], a, " "); split(grps[j], b, " "); swap = 0
        for (q = 1; q in a; q++) { split(a[q], x, "="); split(b[q], y, "=")
          if (x[2] + 0 != y[2] + 0) { swap = (y[2] + 0 < x[2] + 0); break } }
        if (swap) { t = grps[i]; grps[i] = grps[j]; grps[j] = t }
      }
      for (gi = 1; gi <= ngrps; gi++) {
        grp = grps[gi]
        delete subjheld; delete subjhas
        for (vi = 1; vi <= nv; vi++) {
          split(v[vi], p, ":"); s = p[1]; r = p[2]; info = (substr(p[3], 1, 1) == "~"); f = (info ? substr(p[3], 2) : p[3]) + 0
          h[vi] = 0; pairs[vi] = 0
          for (l = 1; l <= 10000; l++) {
            if (!((grp, l) in had)) continue
            if (!((grp, s, l) in m) || !((grp, r, l) in m)) continue
            pairs[vi]++
            ok = higher ? (f * (m[grp, s, l] + 0) >= m[grp, r, l] + 0) : (m[grp, s, l] + 0 <= f * (m[grp, r, l] + 0))
            if (ok) h[vi]++
            if (info) continue
            subjhas[s, l] = 1; if (!((s, l) in subjheld)) subjheld[s, l] = 1; if (!ok) subjheld[s, l] = 0
          }
        }
        for (ii = 1; ii <= nimpl[grp]; ii++) {
          im = impls[grp, ii]; key = grp SUBSEP im
          out = "RESULT " what " " grp " impl=" im
          nkk = split(keys[key], kk, " ")
          for (q = 1; q <= nkk; q++) { k = kk[q]
            out = out " " k "=" (cnt[key, k] > 0 ? fmt(lowmedian(key, k)) : text[key, k]) }
          lo = ""; hi = ""
          for (l = 1; l <= 10000; l++) if ((grp, im, l) in m) { xv = m[grp, im, l] + 0
            if (lo == "" || xv < lo) lo = xv; if (hi == "" || xv > hi) hi = xv }
          out = out " " metric "_lo=" fmt(lo) " " metric "_hi=" fmt(hi) " launches=" launches[key]
          held = ""; issubj = 0
          for (vi = 1; vi <= nv; vi++) { split(v[vi], p, ":")
            if (p[2] == im && ((grp SUBSEP p[1]) in seen_key)) {
              out = out sprintf(" ratio=%.2f goal=%s held=%d", higher ? median_of(grp, im) / median_of(grp, p[1]) : median_of(grp, p[1]) / median_of(grp, im), p[3], h[vi])
              held = "set" }
            if (p[1] == im) issubj = 1 }
          if (held == "") {
            if (issubj) { c = 0; for (l = 1; l <= 10000; l++) if (((im, l) in subjhas) && subjheld[im, l]) c++; out = out " held=" c }
            else if (nv == 0) out = out " held=" launches[key]
          }
          print out
        }
      }
    }
    function median_of(grp, im,   key, n, i, j, t, a, l) {
      n = 0; for (l = 1; l <= 10000; l++) if ((grp, im, l) in m) a[++n] = m[grp, im, l] + 0
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return a[int((n + 1) / 2)]
    }' "$file"
}

# launches_load_start CPU: starts a busy loop at the lowest priority (nice 19) pinned to CPU, for a
# loaded-machine measurement, as a background job of the calling shell (so its cleanup's
# `jobs -p` sees it); sets LAUNCHES_LOAD_PID. It ends by itself after LAUNCHES_LOAD_LIMIT seconds
# (600) in case its caller dies without launches_load_stop.
launches_load_start() {
  local cpu="$1" pin=()
  command -v taskset >/dev/null 2>&1 && pin=(taskset -c "$cpu")
  timeout -k 2 "${LAUNCHES_LOAD_LIMIT:-600}" nice -n 19 "${pin[@]}" bash -c 'while :; do :; done' >/dev/null 2>&1 &
  LAUNCHES_LOAD_PID=$!
}

# launches_load_stop: stops the busy loop launches_load_start started (its timeout, which passes the
# signal on) and waits for it.
launches_load_stop() {
  [[ -n "${LAUNCHES_LOAD_PID:-}" ]] || return 0
  kill "$LAUNCHES_LOAD_PID" 2>/dev/null || true
  wait "$LAUNCHES_LOAD_PID" 2>/dev/null || true
  LAUNCHES_LOAD_PID=""
}
