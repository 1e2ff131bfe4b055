#!/usr/bin/env bash
# Starts MedSec Registry with demo data: MariaDB (scripts/mariadb.sh), the build (server provisioned by Maven, EAR
# built), then WildFly with the EAR deployed. Prints the URL when the application is up, and keeps running until
# Ctrl-C (or `scripts/run.sh stop` from another terminal).
#
#   scripts/run.sh            build if needed, start, wait
#   scripts/run.sh --rebuild  build again first
#   scripts/run.sh stop
#
# Settings (environment): DB_* as in scripts/mariadb.sh, MEDSEC_DATA_DIR, HTTP_PORT (8080), MGMT_PORT (9990),
# MEDSEC_DEMO_DATA (true), MEDSEC_HEAP (768m: the heap, fixed; GC log in the server's log directory),
# SMTP_HOST / SMTP_PORT (the mail relay; by default a local mail catcher, GreenMail, on 127.0.0.1:1025, whose API on
# MAIL_API_PORT, 8025, lists what arrived per recipient).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DATA_ROOT="${MEDSEC_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/medsec}"
BASE="$DATA_ROOT/wildfly"
SERVER="$ROOT/ear/target/server"
EAR="$ROOT/ear/target/medsec.ear"
HTTP_PORT="${HTTP_PORT:-8080}"
MGMT_PORT="${MGMT_PORT:-9990}"

if [ "${1:-}" = "stop" ]; then
  "$SERVER/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MGMT_PORT" --command=":shutdown" >/dev/null \
    && echo "run.sh: server stopped" || echo "run.sh: no server running on management port $MGMT_PORT"
  exit 0
fi

if (exec 3<>"/dev/tcp/127.0.0.1/$MGMT_PORT") 2>/dev/null; then
  echo "run.sh: something already listens on port $MGMT_PORT (a server still running?): scripts/run.sh stop" >&2
  exit 1
fi

scripts/prerequisites.sh --runtime
scripts/mariadb.sh start

if [ "${1:-}" = "--rebuild" ] || [ ! -f "$EAR" ] || [ ! -x "$SERVER/bin/standalone.sh" ]; then
  echo "run.sh: building (mvn -B install -DskipTests)"
  mvn -B -q install -DskipTests
fi

# A server base of its own outside target/: `mvn clean` and the test server never touch the running one.
mkdir -p "$BASE/deployments" "$BASE/configuration" "$BASE/log" "$BASE/data"
cp -r "$SERVER/standalone/configuration/." "$BASE/configuration/"
rm -f "$BASE/deployments/medsec.ear".*
cp "$EAR" "$BASE/deployments/medsec.ear"

# A local mail catcher, so that the reminders the demo sends arrive somewhere a user can read them (README "Mail").
SMTP_PORT="${SMTP_PORT:-1025}"
MAIL_API_PORT="${MAIL_API_PORT:-8025}"
MAIL_PID=$(SMTP_PORT="$SMTP_PORT" MAIL_API_PORT="$MAIL_API_PORT" scripts/mail-catcher.sh "$BASE/log/mail-catcher.log")
export SMTP_PORT

export MEDSEC_DEMO_DATA="${MEDSEC_DEMO_DATA:-true}"
# The heap is set, not left to the defaults (512 MiB), and logged: BENCHMARKS.md reads its use from this GC log.
HEAP="${MEDSEC_HEAP:-768m}"
export JAVA_OPTS="-Xms$HEAP -Xmx$HEAP -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true \
-Djava.awt.headless=true -Xlog:gc*:file=$BASE/log/gc.log:time,uptime,level,tags:filecount=5,filesize=20m ${MEDSEC_JAVA_OPTS:-}"
# The server's datasource reads DB_URL; derive it from the same settings scripts/mariadb.sh used.
export DB_URL="${DB_URL:-jdbc:mariadb://127.0.0.1:${DB_PORT:-3307}/${DB_NAME:-medsec}}"
# standalone.sh then passes Ctrl-C and kill on to the JVM instead of leaving it behind.
export LAUNCH_JBOSS_IN_BACKGROUND=1
"$SERVER/bin/standalone.sh" -Djboss.server.base.dir="$BASE" -Djboss.http.port="$HTTP_PORT" \
  -Djboss.management.http.port="$MGMT_PORT" -Duser.timezone=Asia/Tokyo >"$BASE/log/console.log" 2>&1 &
PID=$!
trap 'kill $PID $MAIL_PID 2>/dev/null; wait $PID 2>/dev/null; exit 0' INT TERM

echo "run.sh: starting WildFly (log: $BASE/log/server.log)"
for _ in $(seq 1 600); do
  if [ -f "$BASE/deployments/medsec.ear.deployed" ]; then
    echo
    echo "  MedSec Registry is up:  http://localhost:$HTTP_PORT/"
    echo "  Sign in as staff / medsec-staff, officer / medsec-officer or holder / medsec-holder"
    echo "  Readiness: http://localhost:$HTTP_PORT/api/v1/health   OpenAPI: http://localhost:$HTTP_PORT/openapi"
    echo "  Mail sent: http://localhost:$HTTP_PORT/staff/mail.xhtml (as staff)$( [ -n "$MAIL_PID" ] && echo "; caught by GreenMail on 127.0.0.1:$SMTP_PORT, one address: http://127.0.0.1:$MAIL_API_PORT/api/user/ADDRESS/messages/INBOX")"
    echo "  Ctrl-C stops the server."
    echo
    wait $PID
    status=$?
    [ -n "$MAIL_PID" ] && kill "$MAIL_PID" 2>/dev/null
    exit $status
  fi
  if [ -f "$BASE/deployments/medsec.ear.failed" ] || ! kill -0 $PID 2>/dev/null; then
    echo "run.sh: deployment failed; see $BASE/log/server.log" >&2
    grep -E "ERROR" "$BASE/log/server.log" | tail -20 >&2 || true
    kill $PID $MAIL_PID 2>/dev/null || true
    exit 1
  fi
  sleep 0.5
done
echo "run.sh: the application did not come up in 5 minutes; see $BASE/log/server.log" >&2
kill $PID $MAIL_PID 2>/dev/null
exit 1
