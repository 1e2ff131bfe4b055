#!/usr/bin/env bash
# A private MariaDB for MedSec Registry on 127.0.0.1: installs Debian's mariadb-server if missing, keeps its datadir
# under the user's data folder (never under a build's target/, which `mvn clean` deletes), and is idempotent.
#
#   scripts/mariadb.sh start            start (initialising the datadir the first time); create databases and user
#   scripts/mariadb.sh stop | status
#   scripts/mariadb.sh recreate NAME    drop and create database NAME (the integration tests use medsec_test)
#   scripts/mariadb.sh client [DB]      an interactive client as the application user
#
# Settings (environment): DB_PORT (3307), DB_NAME (medsec), DB_USER (medsec), DB_PASSWORD (medsec),
# MEDSEC_DATA_DIR (${XDG_DATA_HOME:-~/.local/share}/medsec).
set -euo pipefail

PORT="${DB_PORT:-3307}"
NAME="${DB_NAME:-medsec}"
APP_USER="${DB_USER:-medsec}"
APP_PASSWORD="${DB_PASSWORD:-medsec}"
DATA_ROOT="${MEDSEC_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/medsec}"
DATADIR="$DATA_ROOT/mariadb-$PORT"
SOCKET="$DATADIR/mysqld.sock"
LOG="$DATADIR/error.log"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_installed() {
  if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
    echo "mariadb.sh: installing Debian's mariadb-server" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq mariadb-server >/dev/null
  fi
}

run_user_args() { if [ "$(id -u)" -eq 0 ]; then echo "--user=root"; fi; }

root_sql() { mariadb --no-defaults --socket="$SOCKET" -uroot "$@"; }

running() { [ -S "$SOCKET" ] && root_sql -e 'select 1' >/dev/null 2>&1; }

start() {
  ensure_installed
  export PATH="$PATH:/usr/sbin"
  if running; then
    echo "mariadb.sh: already running on 127.0.0.1:$PORT (datadir $DATADIR)"
  else
    mkdir -p "$DATADIR"
    if [ ! -d "$DATADIR/mysql" ]; then
      mariadb-install-db --no-defaults $(run_user_args) --datadir="$DATADIR" \
        --auth-root-authentication-method=normal --skip-test-db >"$DATADIR/install.log" 2>&1
    fi
    # setsid: the server outlives this script and the shell that ran it.
    setsid mariadbd --no-defaults $(run_user_args) --datadir="$DATADIR" --socket="$SOCKET" \
      --bind-address=127.0.0.1 --port="$PORT" --pid-file="$DATADIR/mariadbd.pid" --log-error="$LOG" \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci --skip-name-resolve \
      --innodb-buffer-pool-size=512M --innodb-log-file-size=256M --max-connections=300 \
      --innodb-flush-log-at-trx-commit=2 </dev/null >/dev/null 2>&1 &
    for _ in $(seq 1 60); do running && break; sleep 0.5; done
    running || { echo "mariadb.sh: MariaDB did not start; see $LOG" >&2; tail -20 "$LOG" >&2 || true; exit 1; }
    echo "mariadb.sh: started on 127.0.0.1:$PORT (datadir $DATADIR)"
  fi
  root_sql <<SQL
CREATE DATABASE IF NOT EXISTS \`$NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
CREATE DATABASE IF NOT EXISTS \`${NAME}_test\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
CREATE USER IF NOT EXISTS '$APP_USER'@'127.0.0.1' IDENTIFIED BY '$APP_PASSWORD';
CREATE USER IF NOT EXISTS '$APP_USER'@'localhost' IDENTIFIED BY '$APP_PASSWORD';
GRANT ALL PRIVILEGES ON \`$NAME\`.* TO '$APP_USER'@'127.0.0.1', '$APP_USER'@'localhost';
GRANT ALL PRIVILEGES ON \`${NAME}_test\`.* TO '$APP_USER'@'127.0.0.1', '$APP_USER'@'localhost';
GRANT ALL PRIVILEGES ON \`${NAME}_bench\`.* TO '$APP_USER'@'127.0.0.1', '$APP_USER'@'localhost';
SQL
}

stop() {
  if running; then
    root_sql -e 'shutdown'
    for _ in $(seq 1 60); do [ -S "$SOCKET" ] || break; sleep 0.5; done
    echo "mariadb.sh: stopped"
  else
    echo "mariadb.sh: not running"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running on 127.0.0.1:$PORT (datadir $DATADIR)"; else echo "not running"; exit 3; fi ;;
  recreate)
    db="${2:?usage: mariadb.sh recreate DATABASE}"
    [[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "mariadb.sh: bad database name '$db'" >&2; exit 2; }
    running || start >/dev/null
    root_sql -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
      GRANT ALL PRIVILEGES ON \`$db\`.* TO '$APP_USER'@'127.0.0.1', '$APP_USER'@'localhost';"
    echo "mariadb.sh: database $db is empty and ready" ;;
  client) mariadb --no-defaults -h127.0.0.1 -P"$PORT" -u"$APP_USER" -p"$APP_PASSWORD" "${2:-$NAME}" ;;
  *) echo "usage: $0 start|stop|status|recreate DATABASE|client [DATABASE]" >&2; exit 2 ;;
esac
