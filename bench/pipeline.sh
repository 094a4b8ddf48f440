#!/usr/bin/env bash
# Benchmark of the nightly run on the bundled data: a full run (fresh warehouse) and an unchanged rerun (no-op).
# Prints wall time and peak memory (RSS) of each, and the machine it ran on. Usage: bench/pipeline.sh [RUNS]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$home/parindex" help >/dev/null   # builds on first use, outside the measurement

measure() { # label, then the command; prints "label seconds max_rss_mb exit"
  local label="$1"; shift
  local start end status
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -f "%M" -o "$work/rss" "$@" >"$work/out" 2>"$work/err"
  status=$?
  set -e
  end=$(date +%s.%N)
  printf '%-10s %7.2f s  %6d MB  exit %d\n' "$label" "$(echo "$end - $start" | bc)" "$(( $(tail -1 "$work/rss") / 1024 ))" "$status"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "input: bundled data/ ($(find "$home/data/scores" -name '*.csv' | wc -l) score files, $(cat "$home"/data/scores/*/*/*.csv "$home"/data/scores/*/*.csv 2>/dev/null | wc -l) lines)"
for i in $(seq 1 "$runs"); do
  rm -rf "$work/warehouse"
  measure "full" "$home/parindex" run --warehouse "$work/warehouse"
  measure "no-op" "$home/parindex" run --warehouse "$work/warehouse"
done
echo "rows published: $(grep -h 'published snapshot' "$work/out" || sed -n '$p' "$work/out")"
