#!/usr/bin/env bash
# The national-scale benchmark (issue 9, item 7). One command; prints, in one run, on this machine:
#   - the machine (cores, RAM, CPU, Java) and the input sizes;
#   - the bundled data/: full nightly run (wall time, exit code, peak RSS), the floor job, their ratio, the no-op rerun;
#   - the national input (bench/national-input.py, ~2.3 M score rows): the full nightly run with the launcher's
#     defaults (./parindex run --input … --warehouse …), the same-machine floor (FloorJob: read the same score files,
#     one window, write Parquet; batch/src/test/java/vn/parindex/bench/FloorJob.java), the ratio full/floor, the
#     no-op rerun and its ratio to the full run;
#   - the dashboard on the national snapshot (./parindex serve at its 256 MB heap): start-up to the first 200 on
#     /api/health, then p50/p95/max of a fixed list of pages and API calls (two passes: cold, then warm) and any
#     answer that is not 200.
# Everything is on loopback and bounded: each nightly run is stopped after RUN_TIMEOUT seconds (default 1800), the
# floor after 1800 s, the dashboard start-up after 60 s, each request after 30 s; the server is stopped at the end.
# The targets of issue 9 are printed next to each figure.
#
# Usage: bench/national.sh [--provinces N] [--skip-bundled] [--keep] [--dashboard-only]
#   --provinces N   national input with the first N provinces (default 63: ~2.3 M score rows)
#   --skip-bundled  only the national figures
#   --keep          keep the work folder (input, warehouses, logs); otherwise it is deleted at the end
#   --dashboard-only  only the dashboard part, on BENCH_DIR's kept national input and snapshot (after --keep)
# Environment: RUN_TIMEOUT (s, per nightly run, default 1800), PORT (dashboard, default 7089), BENCH_DIR (work
# folder, default a new one under /tmp), FALLBACK_JAVA_OPTS (default -Xmx8g): when the national run with the
# launcher's defaults publishes nothing (e.g. out of memory), it is run once more with
# PARINDEX_JAVA_OPTS=$FALLBACK_JAVA_OPTS, labelled as such, and the dashboard is measured on that snapshot;
# FALLBACK_JAVA_OPTS= (empty) skips that.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
provinces=63 skip_bundled=0 keep=0 dashboard_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --provinces) provinces="$2"; shift 2 ;;
    --skip-bundled) skip_bundled=1; shift ;;
    --keep) keep=1; shift ;;
    --dashboard-only) dashboard_only=1 keep=1; shift ;;
    *) echo "usage: bench/national.sh [--provinces N] [--skip-bundled] [--keep] [--dashboard-only]" >&2; exit 2 ;;
  esac
done
run_timeout="${RUN_TIMEOUT:-1800}"
fallback_opts="${FALLBACK_JAVA_OPTS--Xmx8g}"
port="${PORT:-7089}"
work="${BENCH_DIR:-$(mktemp -d /tmp/parindex-national.XXXXXX)}"
mkdir -p "$work"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ "$keep" -eq 0 ]; then rm -rf "$work"; else echo "work folder kept: $work"; fi
}
trap cleanup EXIT

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
ratio() { if [ -n "$1" ] && [ -n "$2" ]; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; else echo "n/a"; fi; }

# ---- build outside the measurement: the batch module, the dashboard, the floor job's test classes ----
echo "== preparing (builds, not measured)"
# the steps' timings (StepCpu) are INFO lines of the run log; show them on the terminal too, where step_cpu reads them
export PARINDEX_CONSOLE_LOG=INFO
"$home/parindex" help >/dev/null
"$home/parindex" serve --help >/dev/null 2>&1 || true
mvn -q -B -f "$home/pom.xml" -pl batch -am test-compile -DskipTests >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; echo "could not compile the floor job" >&2; exit 1; }
if mvn -q -B -f "$home/pom.xml" -pl batch dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" \
     >>"$work/build.log" 2>&1; then
  floor_cp="$home/batch/target/classes:$home/batch/target/test-classes:$(cat "$work/cp.txt")"
else  # offline or not installed: the runtime jars the launcher uses hold Spark too
  floor_cp="$home/batch/target/classes:$home/batch/target/test-classes:$home/batch/target/lib/*"
fi
read -r -a jvm_options < "$home/batch/target/classes/parindex-jvm.options"

# ---- measurement helpers ----
# measure LABEL LIMIT_S CMD…: runs CMD under /usr/bin/time and timeout; sets last_secs, last_rss_mb, last_cpu (user +
# system CPU seconds of the command and its children: both cores busy for 10 s is 20 s), last_exit
measure() {
  local label="$1" limit="$2"; shift 2
  local start end
  start=$(now)
  set +e
  /usr/bin/time -f "%M %U %S" -o "$work/rss" timeout -s TERM -k 30 "$limit" "$@" >"$work/$label.out" 2>"$work/$label.err"
  last_exit=$?
  set -e
  end=$(now)
  last_secs=$(secs "$start" "$end")
  last_rss_mb=$(( $(tail -1 "$work/rss" | awk '{print $1}' | tr -dc 0-9) / 1024 ))
  last_cpu=$(tail -1 "$work/rss" | awk '{printf "%.1f", $2 + $3}')
  local note=""
  [ "$last_exit" -eq 124 ] && note="  (stopped after ${limit} s: did not finish)"
  grep -q "OutOfMemoryError\|out of memory\|Java heap space" "$work/$label.out" "$work/$label.err" 2>/dev/null \
    && note="$note  (out of memory)"
  printf '  %-28s %8.1f s   peak RSS %6d MB   CPU %6.1f s   exit %d%s\n' "$label" "$last_secs" "$last_rss_mb" \
    "$last_cpu" "$last_exit" "$note"
}
# published WAREHOUSE LABEL: whether the run LABEL published a snapshot (exit 0 or 3, a current link, no OOM)
published() {
  [ -e "$1/current" ] && { [ "$last_exit" -eq 0 ] || [ "$last_exit" -eq 3 ]; } \
    && ! grep -q "OutOfMemoryError" "$work/$2.out" "$work/$2.err" 2>/dev/null
}
# step_cpu LABEL: the run's own account of each step (StepCpu's "step cpu NAME: W s, process CPU C s" log lines):
# wall and process CPU seconds per step, in one line. Briefings and extracts run side by side, so each reports the
# same shared window of CPU.
step_cpu() {
  grep -h "step cpu " "$work/$1.out" "$work/$1.err" 2>/dev/null \
    | sed -E 's/.*step cpu ([a-z]+): ([0-9.]+) s, process CPU ([0-9.]+) s.*/\1 \2 \3/' \
    | awk '{ line = line (line ? ", " : "") $1 " " $2 "/" $3 } END { if (line) print "      steps, wall/CPU s: " line }'
}
# steps_against_floor LABEL: the CPU the full run LABEL spends reading its input (ingest) and writing its outputs
# (briefings and extracts side by side), each against the floor job's whole CPU: what is left of 2 × the floor for
# the computation itself.
steps_against_floor() {
  grep -h "step cpu " "$work/$1.out" "$work/$1.err" 2>/dev/null \
    | sed -E 's/.*step cpu ([a-z]+): ([0-9.]+) s, process CPU ([0-9.]+) s.*/\1 \3/' \
    | awk -v floor="$floor_cpu" '
        { cpu[$1] = $2 }
        END {
          if (!("ingest" in cpu) || floor <= 0) exit
          out = cpu["briefings"] > cpu["extracts"] ? cpu["briefings"] : cpu["extracts"]
          printf "  full run CPU against the floor job'"'"'s %.1f s: ingest %.1f s (%.2f×), compute %.1f s (%.2f×), briefings ∥ extracts %.1f s (%.2f×)\n", floor, cpu["ingest"], cpu["ingest"] / floor, cpu["compute"], cpu["compute"] / floor, out, out / floor
        }'
}
# pipeline NAME INPUT [JAVA_OPTS]: full run, floor, ratio, no-op. With JAVA_OPTS the nightly runs get
# PARINDEX_JAVA_OPTS=JAVA_OPTS (the launcher's documented way to raise the heap) and the floor is not rerun.
pipeline() {
  local name="$1" input="$2" opts="${3:-}" warehouse="$work/$1-warehouse" label
  rm -rf "$warehouse"
  label="$name full run${opts:+ ($opts)}"
  measure "$label" "$run_timeout" env PARINDEX_JAVA_OPTS="$opts" "$home/parindex" run --input "$input" --warehouse "$warehouse"
  full_secs=$last_secs full_exit=$last_exit full_rss=$last_rss_mb full_cpu=$last_cpu
  grep -h "published snapshot\|quarantined" "$work/$label.out" "$work/$label.err" 2>/dev/null \
    | tail -2 | cut -c1-220 | sed 's/^/      /' || true
  step_cpu "$label"
  full_ok=0
  if published "$warehouse" "$label"; then full_ok=1; fi
  if [ "$full_ok" -eq 0 ]; then
    echo "      did not publish; last lines:"
    grep -hv "^\s*at " "$work/$label.err" "$work/$label.out" 2>/dev/null | tail -3 | cut -c1-220 | sed 's/^/      /'
    if [ "$last_exit" -eq 3 ] && grep -q "OutOfMemoryError" "$work/$label.out" "$work/$label.err" 2>/dev/null; then
      echo "      (exit 3 here is the JVM's -XX:+ExitOnOutOfMemoryError code, not the contract's 'published with quarantined files')"
    fi
  fi
  if [ -z "$opts" ]; then
    # the floor: the launcher's JVM options and heap (-Xmx2g), the same local[*] master
    rm -rf "$work/$name-floor"
    measure "$name floor job" 1800 java "${jvm_options[@]}" -Xmx2g -cp "$floor_cp" vn.parindex.bench.FloorJob \
      "$input" "$work/$name-floor"
    floor_secs=$last_secs floor_rss=$last_rss_mb floor_cpu=$last_cpu
    steps_against_floor "$label"
  fi
  if [ "$full_ok" -eq 1 ]; then
    echo "  ratio full / floor:          $(ratio "$full_secs" "$floor_secs")   (CPU: $(ratio "$full_cpu" "$floor_cpu"))"
    label="$name no-op rerun${opts:+ ($opts)}"
    measure "$label" "$run_timeout" env PARINDEX_JAVA_OPTS="$opts" "$home/parindex" run --input "$input" --warehouse "$warehouse"
    noop_secs=$last_secs
    echo "  ratio no-op / full:          $(ratio "$noop_secs" "$full_secs")   (target ≤ 0.2)"
  else
    echo "  ratio full / floor:          n/a (the full run did not complete: exit $full_exit)"
    noop_secs=""
  fi
}

echo "== machine"
echo "  $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "  $(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC'), git $(git -C "$home" rev-parse --short HEAD)"

if [ "$dashboard_only" -eq 1 ]; then
  [ -e "$work/national-warehouse/current" ] || { echo "--dashboard-only needs BENCH_DIR with national-warehouse/current" >&2; exit 2; }
  echo "== (--dashboard-only: the national input and snapshot kept in $work)"
  dashboard_note="the snapshot kept in $work"
fi
if [ "$skip_bundled" -eq 0 ] && [ "$dashboard_only" -eq 0 ]; then
  echo "== bundled data/ ($(find "$home/data/scores" -name '*.csv' | wc -l) score files, $(( $(find "$home/data/scores" -name '*.csv' -exec cat {} + | wc -l) - $(find "$home/data/scores" -name '*.csv' | wc -l) )) score rows)"
  bundled_input="$work/bundled-input"
  mkdir -p "$bundled_input"
  cp -r "$home/data/reference" "$home/data/scores" "$home/data/plans" "$bundled_input/"
  pipeline bundled "$bundled_input"
  echo "  targets: full ≤ 1.3 × floor; no-op ≤ 0.2 × full"
fi

if [ "$dashboard_only" -eq 0 ]; then
echo "== national input (bench/national-input.py, $provinces provinces)"
start=$(now)
python3 "$home/bench/national-input.py" "$work/national-input" --provinces "$provinces" | sed 's/^/  /'
echo "  generated in $(printf '%.1f' "$(secs "$start" "$(now)")") s; $(du -sh "$work/national-input" | cut -f1) on disk"
pipeline national "$work/national-input"
echo "  targets: completes with the launcher's defaults, peak RSS ≤ 3 GB (3072 MB), full ≤ 2 × floor; no-op ≤ 0.2 × full"
dashboard_note="the launcher's defaults"
if [ "$full_ok" -eq 0 ] && [ -n "$fallback_opts" ]; then
  echo "== national input again, with more heap (FALLBACK_JAVA_OPTS; not the launcher's defaults, for comparison)"
  pipeline national "$work/national-input" "$fallback_opts"
  dashboard_note="PARINDEX_JAVA_OPTS=$fallback_opts"
fi
fi

echo "== dashboard on the national snapshot of the run with $dashboard_note (./parindex serve, heap 256 MB)"
warehouse="$work/national-warehouse"
if [ ! -e "$warehouse/current" ]; then
  echo "  no published snapshot (the national run did not complete): not measured"
  exit 0
fi
start=$(now)
"$home/parindex" serve --port "$port" --warehouse "$warehouse" >"$work/serve.log" 2>&1 &
server=$!
up=""
while [ "$(secs "$start" "$(now)" | cut -d. -f1)" -lt 60 ]; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/api/health" || true)
  if [ "$code" = "200" ]; then up=$(secs "$start" "$(now)"); break; fi
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$up" ]; then
  kill -0 "$server" 2>/dev/null || { echo "  the server exited (log:)"; tail -5 "$work/serve.log" | cut -c1-250 | sed 's/^/      /'; exit 0; }
  echo "  no 200 on /api/health within 60 s (last answer: ${code:-none}); the requests below are still made; server log:"
  grep -v '^\s*at ' "$work/serve.log" | sort | uniq -c | sort -rn | head -4 | cut -c1-250 | sed 's/^/      /'
else
  printf '  start-up to first 200 on /api/health: %.2f s   (target ≤ 5 s)\n' "$up"
fi

# the request list: ranking pages of several provinces and tiers, unit pages, the API, the quality page
python3 - "$work/national-input/reference/units.csv" >"$work/urls.txt" <<'EOF'
import csv, sys, urllib.parse
q = urllib.parse.quote
units = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
provinces = list(dict.fromkeys(u["province"] for u in units if u["province"] != "Việt Nam"))
picked = [provinces[i] for i in sorted({0, len(provinces) // 3, (2 * len(provinces)) // 3, len(provinces) - 1})]
urls = ["/", "/quality", "/quality?page=1", "/api/health"]
for n, p in enumerate(picked):
    for tier, year in (("department", 2024), ("district", 2022), ("commune", 2020 + n)):
        urls.append(f"/ranking?province={q(p)}&tier={tier}&index=PAR&year={year}")
        urls.append(f"/api/rankings?province={q(p)}&year={year}&index=PAR&tier={tier}")
    ids = [u["unit_id"] for u in units if u["province"] == p]
    for uid in (ids[0], ids[len(ids) // 2], ids[-1]):
        urls.append(f"/unit/{q(uid)}?index=PAR&year=2023")
        urls.append(f"/api/units/{q(uid)}/history?index=PAR")
        urls.append(f"/api/units/{q(uid)}/components?year=2023&index=PAR")
    urls.append(f"/province?province={q(p)}&index=PAR&year=2024")
    urls.append(f"/plan/{q(ids[0])}?index=PAR&year=2024")
    urls.append(f"/api/units/{q(ids[0])}/goals?year=2024&index=PAR")
    urls.append(f"/api/tasks?province={q(p)}")
# one kind of department compared across the 63 provinces, and a search
types = list(dict.fromkeys(u["unit_type"] for u in units if u["tier"] == "department" and u["unit_type"]))
urls.append(f"/compare?type={q(types[0])}")
urls.append(f"/compare?type={q(types[len(types) // 2])}&year=2022")
urls.append(f"/search?q={q(picked[1][:6])}")
urls.append(f"/ranking?province={q('Việt Nam')}&tier=province&index=PAR&year=2024")
urls.append(f"/api/rankings?province={q('Việt Nam')}&year=2024&index=PAR&tier=province")
print("\n".join(urls))
EOF
: >"$work/times.txt"
silent=0  # consecutive requests without any answer; three of them end the list (a hung server)
for pass in cold warm; do
  while read -r path; do
    result=$(curl -s -o /dev/null --max-time 30 -w '%{http_code} %{time_total}' "http://127.0.0.1:$port$path") || true
    [ -n "$result" ] || result="000 30"
    echo "$pass $result $path" >>"$work/times.txt"
    case "$result" in 000*) silent=$((silent + 1)) ;; *) silent=0 ;; esac
    [ "$silent" -lt 3 ] || break 2
  done <"$work/urls.txt"
done
if [ "$silent" -ge 3 ]; then
  echo "  the server gave no answer (connection refused or 30 s timeout) to 3 requests in a row: list stopped after $(wc -l <"$work/times.txt") of $(( 2 * $(wc -l <"$work/urls.txt") )) requests"
fi
summary() { # pass filter → "n, p50, p95, max"
  awk -v pass="$1" '$1 == pass || pass == "all" {print $3 * 1000}' "$work/times.txt" | sort -n \
    | awk '{a[NR]=$1} END {i=int(NR*0.95+0.999); if (i>NR) i=NR; printf "%d requests: p50 %.0f ms, p95 %.0f ms, max %.0f ms", NR, a[int(NR*0.5+0.5)], a[i], a[NR]}'
}
echo "  cold pass (first request of each): $(summary cold)"
echo "  warm pass (same list again):        $(summary warm)"
echo "  all:                                $(summary all)   (target p95 ≤ 1000 ms)"
bad=$(awk '$2 != "200"' "$work/times.txt")
if [ -n "$bad" ]; then
  echo "  answers that were not 200: $(echo "$bad" | awk '{print $2}' | sort | uniq -c | awk '{printf "%s × %s; ", $1, $2}')of $(wc -l <"$work/times.txt"); the first five:"
  echo "$bad" | head -5 | sed 's/^/      /'
else
  echo "  answers that were not 200: none"
fi
echo "  slowest: $(sort -k3 -n -r "$work/times.txt" | head -3 | awk '{printf "%s %.0f ms %s; ", $2, $3*1000, $4}')"
rss_kb=$(ps -o rss= -p "$server" 2>/dev/null | tr -dc 0-9 || true)
if [ -n "$rss_kb" ]; then
  echo "  server resident memory at the end: $(( rss_kb / 1024 )) MB (heap capped at 256 MB)"
  gc=$(jstat -gcutil "$server" 2>/dev/null | awk 'NR == 2 {printf "old generation %s %% full, %s full GCs taking %s s", $4, $9, $10}' || true)
  [ -z "$gc" ] || echo "  server GC at the end: $gc"
else
  echo "  the server process had exited by the end"
fi
