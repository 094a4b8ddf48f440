#!/usr/bin/env bash
# Benchmark of the dashboard on a published warehouse (default: the bundled data's, made by ./parindex run):
# start-up to first answer, first renders of distinct charts (p50/p95), then wrk at 32 connections on a cached
# chart and on the rankings API. The server runs with its production heap cap (-Xmx256m). Needs Debian's wrk.
# Usage: bench/dashboard.sh [WAREHOUSE]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
warehouse="${1:-$home/data/warehouse}"
port=7079
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
[ -e "$warehouse/current" ] || "$home/parindex" run --warehouse "$warehouse" >/dev/null 2>&1 || true
"$home/parindex" serve --help >/dev/null 2>&1 || true   # builds on first use, outside the measurement

start=$(date +%s%N)
"$home/parindex" serve --port "$port" --warehouse "$warehouse" >/tmp/parindex-bench-serve.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/api/health" >/dev/null; do sleep 0.05; done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "start-up to first answer: $(( ($(date +%s%N) - start) / 1000000 )) ms"

province=$(python3 -c "import urllib.parse;print(urllib.parse.quote('Lào Cai'))")
times=()
for year in 2018 2019 2020 2021 2022 2023 2024; do
  for chart in "ranking/xep-hang.png?province=$province&year=$year" "province/diem-chua-dat.png?province=$province&year=$year" \
               "province/ban-do-nhiet.png?province=$province&year=$year"; do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/charts/$chart")")
  done
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1*1000} END {printf "first render of %d distinct charts: p50 %.0f ms, p95 %.0f ms\n", NR, a[int(NR*0.5+0.5)], a[int(NR*0.95+0.5)]}'

sleep 3  # the server warms POI up in the background after start-up; a planner's first click comes later anyway
unit_briefing="http://127.0.0.1:$port/briefings/unit/LCI-STTTT.xlsx?index=PAR&year=2022"
echo "unit briefing on demand (Excel, built on first request): $(curl -s -o /dev/null -w '%{time_total}' "$unit_briefing" | awk '{printf "%.0f", $1*1000}') ms, then cached: $(curl -s -o /dev/null -w '%{time_total}' "$unit_briefing" | awk '{printf "%.0f", $1*1000}') ms"
province_briefing="http://127.0.0.1:$port/briefings/province.xlsx?province=$province&year=2023"
echo "province briefing on demand: $(curl -s -o /dev/null -w '%{time_total}' "$province_briefing" | awk '{printf "%.0f", $1*1000}') ms"

for path in "/charts/ranking/xep-hang.png?province=$province&year=2022" "/api/rankings?province=$province&year=2022&index=PAR"; do
  curl -s -o /dev/null "http://127.0.0.1:$port$path"
  echo "wrk -t2 -c32 -d10s $path"
  wrk -t2 -c32 -d10s --latency "http://127.0.0.1:$port$path" | grep -E "Requests/sec|Non-2xx|Socket errors|50%|99%"
done
echo "server resident memory: $(( $(ps -o rss= -p "$(pgrep -f "DashboardMain --port $port" | head -1)") / 1024 )) MB (heap capped at 256 MB)"
