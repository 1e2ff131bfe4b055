#!/usr/bin/env bash
# The cluster test (issue 12; not part of the test run): two nodes and HAProxy by scripts/cluster.sh on a database of
# their own (medsec_cluster, recreated, demo data), then
#   1. one JGroups view of both nodes;
#   2. failover: a staff user signed in through the balancer; the node serving them killed with kill -9; the next
#      request (a form of the page they had open) served by the other node, signed in, the view intact
#      (bench/ClusterFailover.java); the killed node started again and back in the view;
#   3. the calendar fires once per cluster: at the next 10-minute tick the outbox sweep runs on one node only (counted
#      in both nodes' logs); CALENDAR_TICKS (default 2) ticks are watched.
# RELIABILITY.md records the results. Nothing else may listen on 8080, 8180, 8280, 8404, 10090, 10190 meanwhile.
#
#   bench/cluster-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DB_NAME=medsec_cluster
TICKS="${CALENDAR_TICKS:-2}"
DATA_ROOT="${MEDSEC_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/medsec}/cluster"
FAILED=0
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(haproxy -v | head -1 | awk '{print $1, $3}'); $(date -u +%FT%TZ)"
scripts/mariadb.sh start
scripts/mariadb.sh recreate medsec_cluster
trap 'scripts/cluster.sh stop >/dev/null 2>&1 || true' EXIT
scripts/cluster.sh start
view() { grep -h "WFLYCLJG0033\|ISPN000094" "$DATA_ROOT"/n*/log/server.log | sort | tail -1; }
echo "1. view: $(view | sed 's/.*\(view ([0-9]*) \[[^]]*\]\).*/\1/; s/.*\(members[^)]*\]\).*/\1/')"

echo "2. failover"
if java bench/ClusterFailover.java "http://localhost:${LB_PORT:-8080}"; then echo "2. failover: ok"; else echo "2. failover: FAILED"; FAILED=1; fi
killed=$(for n in 1 2; do pgrep -f -- "-D\[Standalone\].*-Djboss.server.base.dir=$DATA_ROOT/n$n" >/dev/null || echo "$n"; done | head -1)
[ -n "$killed" ] && scripts/cluster.sh node "$killed" && sleep 5 && echo "2. node n$killed back: $(view | grep -o 'view ([0-9]*) \[[^]]*\]' || view)"

echo "3. calendar: watching $TICKS outbox-sweep ticks"
sweeps() { grep -c "Calendar: outbox sweep" "$DATA_ROOT/n$1/log/server.log" || true; }
for t in $(seq 1 "$TICKS"); do
  before1=$(sweeps 1); before2=$(sweeps 2)
  # the next tick (every 10 minutes) and a margin
  now=$(date +%s); next=$(( (now / 600 + 1) * 600 + 20 )); sleep $(( next - now ))
  on1=$(( $(sweeps 1) - before1 )); on2=$(( $(sweeps 2) - before2 ))
  if [ $(( on1 + on2 )) = 1 ]; then echo "3. tick $t: fired once (n1: $on1, n2: $on2)"; else echo "3. tick $t: fired $(( on1 + on2 )) times (n1: $on1, n2: $on2) FAILED"; FAILED=1; fi
done
exit $FAILED
