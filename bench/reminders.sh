#!/usr/bin/env bash
# Renewal reminders at national size (issue 12): a Japan-sized registry of its own (medsec_bench, recreated; 8,300
# institutions, 25,000 holders, ~28,000 certifications), the server as scripts/run.sh starts it (heap 768 MiB, the
# local mail catcher GreenMail on 127.0.0.1:1025 as the relay). The renewal-reminders job runs "as of" 25 days before
# the fiscal year's last day, when every certification ending then is inside its 30-day threshold; between runs its
# reminders leave the outbox so that each run decides and sends them all again. Measured from the outbox's own times:
#   decide: from the start to the last reminder decided (the 180-day window read, who lacks points or the seminar);
#           beside it the database alone summing every window certification's ledger (one GROUP BY);
#   send:   mails per second while they go out (the job's send step and the send runs its chunks start share it), and
#           the same mails again by one mail-send run alone; beside it a plain client (bench/SmtpBlast.java) sending
#           as many mails to the same relay over one connection, without the database or a transaction per mail.
# Runs: RUNS times (default 3; median). Nothing else may listen on 8080/9990/1025 meanwhile.
#
#   bench/reminders.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
export DB_NAME=medsec_bench
export MEDSEC_DEMO_INSTITUTIONS="${MEDSEC_DEMO_INSTITUTIONS:-8300}"
export MEDSEC_DEMO_HOLDERS="${MEDSEC_DEMO_HOLDERS:-25000}"
BASE_URL="http://localhost:${HTTP_PORT:-8080}"
STAFF_AUTH="staff:medsec-staff"
SQL() { mariadb --no-defaults -h127.0.0.1 -P"${DB_PORT:-3307}" -uroot -N -B medsec_bench "$@"; }
. bench/common.sh
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(mariadb --version | awk '{print $5}')"
scripts/mariadb.sh start
scripts/mariadb.sh recreate medsec_bench
bench_start_server /tmp/medsec-reminders-bench-server.log
grep -q "caught by GreenMail" /tmp/medsec-reminders-bench-server.log || { echo "bench: something else listens on 1025; the relay must be the local catcher" >&2; exit 1; }

FY=$(SQL -e "SELECT IF(MONTH(CURDATE()) >= 4, YEAR(CURDATE()), YEAR(CURDATE()) - 1)")
TODAY=$(SQL -e "SELECT DATE_SUB('$((FY + 1))-03-31', INTERVAL 25 DAY)")
HORIZON=$(SQL -e "SELECT DATE_ADD('$TODAY', INTERVAL 180 DAY)")
echo "registry: $(SQL -e "SELECT COUNT(*) FROM holder") holders, $(SQL -e "SELECT COUNT(*) FROM certification") certifications, $(SQL -e "SELECT COUNT(*) FROM point_entry") ledger lines; as of $TODAY: $(SQL -e "SELECT COUNT(*) FROM certification WHERE status IN ('ACTIVE','RENEWAL_DUE','DEFERRED') AND valid_until BETWEEN '$TODAY' AND '$HORIZON'") current certifications in the 180-day window"
# Whatever the demo's start left to send goes first, so that the send step below sends reminders only.
curl -s -u "$STAFF_AUTH" -X POST -H "Content-Type: application/json" "$BASE_URL/api/v1/jobs/mail-send" >/dev/null
for _ in $(seq 1 120); do [ "$(SQL -e "SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")" = 0 ] && break; sleep 1; done

now() { date +%s.%N; }
# Times from the outbox itself (UTC, microseconds): when each reminder was decided (created_at) and sent (sent_at).
span() { SQL -e "SET time_zone = '+00:00'; SELECT $1 FROM mail_outbox WHERE dedup_key LIKE 'reminder:%'"; }
await() { # $1 execution id
  while :; do
    status=$(curl -s -u "$STAFF_AUTH" "$BASE_URL/api/v1/jobs/executions/$1" | grep -o '"batchStatus":"[A-Z]*"' | head -1 | cut -d'"' -f4)
    case "$status" in STARTING|STARTED|STOPPING) sleep 0.2 ;; *) break ;; esac
  done
  [ "$status" = "COMPLETED" ] || { echo "bench: execution $1 ended $status" >&2; exit 1; }
}
decide=(); whole=(); rate=(); alone=(); db=(); blast=()
for run in $(seq 1 "$RUNS"); do
  SQL -e "DELETE FROM mail_outbox WHERE dedup_key LIKE 'reminder:%'"
  t0=$(now)
  id=$(curl -s -u "$STAFF_AUTH" -X POST -H "Content-Type: application/json" "$BASE_URL/api/v1/jobs/renewal-reminders?today=$TODAY" | grep -o '"executionId":[0-9]*' | cut -d: -f2)
  await "$id"
  # The job's own send step, and the send jobs each decided chunk starts as it commits, share the sending.
  for _ in $(seq 1 600); do [ "$(SQL -e "SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")" = 0 ] && break; sleep 0.2; done
  mails=$(span "COUNT(*)")
  [ "$(SQL -e "SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")" = 0 ] || { echo "bench: mail left unsent" >&2; exit 1; }
  decide+=("$(echo "$(span "UNIX_TIMESTAMP(MAX(created_at))") - $t0" | bc)")
  whole+=("$(echo "$(span "UNIX_TIMESTAMP(MAX(sent_at))") - $t0" | bc)")
  rate+=("$(echo "scale=1; $mails / $(span "TIMESTAMPDIFF(MICROSECOND, MIN(sent_at), MAX(sent_at)) / 1e6")" | bc)")
  # The sending alone: the same mails marked unsent, one mail-send run, nothing else running.
  SQL -e "UPDATE mail_outbox SET sent_at = NULL WHERE dedup_key LIKE 'reminder:%'"
  await "$(curl -s -u "$STAFF_AUTH" -X POST -H "Content-Type: application/json" "$BASE_URL/api/v1/jobs/mail-send" | grep -o '"executionId":[0-9]*' | cut -d: -f2)"
  alone+=("$(echo "scale=1; $mails / $(span "TIMESTAMPDIFF(MICROSECOND, MIN(sent_at), MAX(sent_at)) / 1e6")" | bc)")
  start=$(now)
  SQL -e "SELECT COUNT(*), SUM(p) FROM (SELECT c.id, COALESCE(SUM(e.points), 0) p FROM certification c LEFT JOIN point_entry e ON e.holder_id = c.holder_id AND e.earned_on BETWEEN c.valid_from AND c.valid_until WHERE c.status IN ('ACTIVE','RENEWAL_DUE','DEFERRED') AND c.valid_until BETWEEN '$TODAY' AND '$HORIZON' GROUP BY c.id) t" >/dev/null
  db+=("$(echo "$(now) - $start" | bc)")
  blast+=("$(java bench/SmtpBlast.java 127.0.0.1 "${SMTP_PORT:-1025}" "$mails")")
  echo "run $run: $mails reminders; decided ${decide[-1]} s after the start (database alone ${db[-1]} s), all sent ${whole[-1]} s after it, ${rate[-1]} mails/s while sending; sending alone ${alone[-1]} mails/s (plain client ${blast[-1]} mails/s)"
done
m() { printf '%s\n' "$@" | median; }
echo "median of $RUNS: decided $(m "${decide[@]}") s (database alone $(m "${db[@]}") s); all sent $(m "${whole[@]}") s; $(m "${rate[@]}") mails/s in the job; sending alone $(m "${alone[@]}") mails/s (plain client over one connection $(m "${blast[@]}") mails/s)"
LOG_DIR="${MEDSEC_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/medsec}/wildfly/log"
echo "heap after collections, largest: $(grep -o 'Pause[^)]*) [0-9]*M->[0-9]*M' "$LOG_DIR/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1) MiB of ${MEDSEC_HEAP:-768m}"
