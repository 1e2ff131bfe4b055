#!/usr/bin/env bash
# A two-node MedSec Registry cluster on this machine, on WildFly's own HA (JGroups over loopback, sessions replicated
# by Infinispan, the calendar's timers distributed so that each fires on one node), behind HAProxy (Debian's), with
# one MariaDB (scripts/mariadb.sh) and the job repository in it. Demo data as scripts/run.sh loads it.
#
#   scripts/cluster.sh start     build the HA server if missing (mvn -Pcluster), start node n1, then n2, then HAProxy
#   scripts/cluster.sh stop      stop HAProxy and both nodes
#   scripts/cluster.sh kill N    kill -9 node N (1 or 2), as a failure would
#   scripts/cluster.sh node N    start node N again
#
# Addresses: the balancer http://localhost:8080/ (HAProxy's statistics on http://localhost:8404/); node n1 on 8180
# (management 10090), n2 on 8280 (10190). Settings: DB_* as scripts/mariadb.sh, MEDSEC_DATA_DIR, MEDSEC_HEAP (768m),
# LB_PORT (8080), SMTP_HOST/SMTP_PORT (default: GreenMail on 127.0.0.1:1025, started here when nothing listens).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DATA_ROOT="${MEDSEC_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/medsec}/cluster"
SERVER="$ROOT/ear/target/server-ha"
EAR="$ROOT/ear/target/medsec.ear"
LB_PORT="${LB_PORT:-8080}"
SMTP_PORT="${SMTP_PORT:-1025}"
HEAP="${MEDSEC_HEAP:-768m}"
mkdir -p "$DATA_ROOT"

offset() { echo $(( $1 * 100 )); }
http_port() { echo $(( 8080 + $(offset "$1") )); }
mgmt_port() { echo $(( 9990 + $(offset "$1") )); }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_node() { # $1: 1 or 2
  local n=$1 base="$DATA_ROOT/n$1"
  if listening "$(mgmt_port "$n")"; then echo "cluster.sh: node n$n already runs"; return 0; fi
  mkdir -p "$base/deployments" "$base/configuration" "$base/log" "$base/data"
  cp -r "$SERVER/standalone/configuration/." "$base/configuration/"
  rm -f "$base/deployments/medsec.ear".*
  cp "$EAR" "$base/deployments/medsec.ear"
  (
    export MEDSEC_DEMO_DATA="${MEDSEC_DEMO_DATA:-true}"
    export DB_URL="${DB_URL:-jdbc:mariadb://127.0.0.1:${DB_PORT:-3307}/${DB_NAME:-medsec}}"
    export SMTP_PORT
    export LAUNCH_JBOSS_IN_BACKGROUND=1
    export JAVA_OPTS="-Xms$HEAP -Xmx$HEAP -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true -Xlog:gc*:file=$base/log/gc.log:time,uptime:filecount=5,filesize=20m"
    # The balancer is the one way in: its X-Forwarded-For is the client's address.
    export MEDSEC_PROXY_FORWARDING=true
    nohup "$SERVER/bin/standalone.sh" -c standalone.xml -Djboss.server.base.dir="$base" -Djboss.node.name="n$n" \
      -Djboss.socket.binding.port-offset="$(offset "$n")" -Djboss.bind.address.private=127.0.0.1 \
      -Djgroups.bind.address=127.0.0.1 -Duser.timezone=Asia/Tokyo >"$base/log/console.log" 2>&1 &
    echo $! > "$base/pid"
  )
  echo "cluster.sh: starting node n$n (http $(http_port "$n"), log $base/log/server.log)"
  for _ in $(seq 1 600); do
    [ -f "$base/deployments/medsec.ear.deployed" ] && { echo "cluster.sh: node n$n is up"; return 0; }
    [ -f "$base/deployments/medsec.ear.failed" ] && { echo "cluster.sh: node n$n failed to deploy; see $base/log/server.log" >&2; return 1; }
    sleep 0.5
  done
  echo "cluster.sh: node n$n did not come up in 5 minutes" >&2
  return 1
}

node_pid() { pgrep -f -- "-D\[Standalone\].*-Djboss.server.base.dir=$DATA_ROOT/n$1" | head -1; }

stop_node() {
  local pid
  pid=$(node_pid "$1" || true)
  [ -z "$pid" ] && return 0
  "$SERVER/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$(mgmt_port "$1")" --command=":shutdown" >/dev/null 2>&1 \
    || kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  echo "cluster.sh: node n$1 stopped"
}

start_balancer() {
  cat > "$DATA_ROOT/haproxy.cfg" <<CFG
global
    maxconn 4096
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    option redispatch
    retries 2
    # A node that dies under a request (its connection reset, nothing answered) or refuses the connection: the
    # request goes again to the other node, which has the session. Needs the request buffered.
    retry-on conn-failure empty-response
    option http-buffer-request
frontend medsec
    bind 127.0.0.1:$LB_PORT
    option forwardfor
    default_backend nodes
backend nodes
    balance roundrobin
    # Sticky by a cookie of the balancer's own; if the node is down the next one takes over (the session is
    # replicated there). Nodes leave the rotation when their readiness check fails.
    cookie MEDSECNODE insert indirect nocache
    option httpchk GET /api/v1/health
    http-check expect status 200
    server n1 127.0.0.1:$(http_port 1) check inter 1s fall 2 rise 2 cookie n1
    server n2 127.0.0.1:$(http_port 2) check inter 1s fall 2 rise 2 cookie n2
listen stats
    bind 127.0.0.1:8404
    stats enable
    stats uri /
CFG
  haproxy -c -f "$DATA_ROOT/haproxy.cfg" >/dev/null
  haproxy -D -f "$DATA_ROOT/haproxy.cfg" -p "$DATA_ROOT/haproxy.pid"
  echo "cluster.sh: HAProxy on http://localhost:$LB_PORT/ (statistics http://localhost:8404/)"
}

stop_balancer() {
  [ -f "$DATA_ROOT/haproxy.pid" ] && kill "$(cat "$DATA_ROOT/haproxy.pid")" 2>/dev/null || true
  rm -f "$DATA_ROOT/haproxy.pid"
}

case "${1:-}" in
  start)
    command -v haproxy >/dev/null || { as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
      as_root apt-get update -qq; DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends haproxy >/dev/null; }
    scripts/prerequisites.sh --runtime
    scripts/mariadb.sh start
    if [ ! -f "$EAR" ] || [ ! -x "$SERVER/bin/standalone.sh" ]; then
      echo "cluster.sh: building (mvn -B install -DskipTests, then mvn -Pcluster package -pl ear)"
      mvn -B -q install -DskipTests
      mvn -B -q -Pcluster package -pl ear -DskipTests
    fi
    mail_pid=$(SMTP_PORT="$SMTP_PORT" scripts/mail-catcher.sh "$DATA_ROOT/mail-catcher.log")
    [ -n "$mail_pid" ] && echo "$mail_pid" > "$DATA_ROOT/mail-catcher.pid"
    # One node first: it migrates the schema and loads the demo data; the second joins a ready database.
    start_node 1
    start_node 2
    start_balancer
    echo "cluster.sh: the cluster is up: http://localhost:$LB_PORT/"
    ;;
  stop)
    stop_balancer
    stop_node 2
    stop_node 1
    [ -f "$DATA_ROOT/mail-catcher.pid" ] && kill "$(cat "$DATA_ROOT/mail-catcher.pid")" 2>/dev/null || true
    rm -f "$DATA_ROOT/mail-catcher.pid"
    ;;
  kill)
    pid=$(node_pid "${2:?node 1 or 2}")
    [ -n "$pid" ] && kill -9 "$pid" && echo "cluster.sh: node n$2 killed (pid $pid)"
    ;;
  node)
    start_node "${2:?node 1 or 2}"
    ;;
  *)
    echo "usage: scripts/cluster.sh start|stop|kill N|node N" >&2
    exit 2
    ;;
esac
