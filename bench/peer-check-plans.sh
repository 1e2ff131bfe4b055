#!/usr/bin/env bash
# The mutual-check plan inside the application on the benchmark data: for each count of LEADING hospitals (default
# 200 and 500), a Japan-sized registry of its own (medsec_bench, recreated; its demo cycles are computed by the
# product's solver over all of them), then bench/PlanCheck.java times POST …/plan and checks every hard rule on the
# demo cycles and the computed plan. Nothing else may listen on 8080/9990 meanwhile.
#
#   bench/peer-check-plans.sh [runs] [leading…]      (default 5 runs; 200 500)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
shift || true

[ $# -gt 0 ] && COUNTS=("$@") || COUNTS=(200 500)
export DB_NAME=medsec_bench
export MEDSEC_DEMO_INSTITUTIONS="${MEDSEC_DEMO_INSTITUTIONS:-8300}"
export MEDSEC_DEMO_HOLDERS="${MEDSEC_DEMO_HOLDERS:-25000}"
CP="$HOME/.m2/repository/jakarta/json/jakarta.json-api/2.1.3/jakarta.json-api-2.1.3.jar:$HOME/.m2/repository/org/eclipse/parsson/parsson/1.1.7/parsson-1.1.7.jar"
BASE_DIR="${MEDSEC_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/medsec}/wildfly"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
for leading in "${COUNTS[@]}"; do
  export MEDSEC_DEMO_LEADING="$leading"
  scripts/mariadb.sh start
  scripts/mariadb.sh recreate medsec_bench
  scripts/run.sh > /tmp/medsec-plan-bench-server.log 2>&1 &
  for _ in $(seq 1 600); do
    grep -q "is up" /tmp/medsec-plan-bench-server.log 2>/dev/null && break
    sleep 1
  done
  grep -q "is up" /tmp/medsec-plan-bench-server.log || { echo "bench: the server did not come up" >&2; tail -50 /tmp/medsec-plan-bench-server.log >&2; scripts/run.sh stop || true; exit 1; }
  echo "== MEDSEC_DEMO_LEADING=$leading"
  grep -o "Demo data: .*" "$BASE_DIR/log/server.log" | tail -1 || true
  status=0
  java -cp "$CP" bench/PlanCheck.java "http://localhost:${HTTP_PORT:-8080}" "$RUNS" || status=$?
  scripts/run.sh stop >/dev/null 2>&1 || true
  sleep 3
  [ "$status" -eq 0 ] || exit "$status"
done
