#!/usr/bin/env bash
# Benchmarks on a Japan-sized registry (8,300 institutions, 25,000 holders by default): a database of its own
# (medsec_bench, recreated), the application started by scripts/run.sh with that much demo data, then
# bench/PageTimes.java timing the busiest pages and endpoints (median of N runs after two warm-ups). Results go to
# stdout; BENCHMARKS.md records them with the machine. Nothing else may listen on 8080/9990 meanwhile.
#
#   bench/run.sh [runs]      (default 9)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-9}"
export DB_NAME=medsec_bench
export MEDSEC_DEMO_INSTITUTIONS="${MEDSEC_DEMO_INSTITUTIONS:-8300}"
export MEDSEC_DEMO_HOLDERS="${MEDSEC_DEMO_HOLDERS:-25000}"
# The benchmark measures the verify endpoint itself, not the per-address limit that guards it (README "Limits").
export MEDSEC_VERIFY_PER_MINUTE="${MEDSEC_VERIFY_PER_MINUTE:-100000000}"
scripts/mariadb.sh start
scripts/mariadb.sh recreate medsec_bench
scripts/run.sh > /tmp/medsec-bench-server.log 2>&1 &
trap 'scripts/run.sh stop >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 400); do
  grep -q "is up" /tmp/medsec-bench-server.log 2>/dev/null && break
  sleep 1
done
grep -q "is up" /tmp/medsec-bench-server.log || { echo "bench: the server did not come up" >&2; cat /tmp/medsec-bench-server.log >&2; exit 1; }
BASE_DIR="${MEDSEC_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/medsec}/wildfly"
grep -o "Demo data: .*" "$BASE_DIR/log/server.log" | tail -1 || true
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
java bench/PageTimes.java "http://localhost:${HTTP_PORT:-8080}" "$RUNS"
