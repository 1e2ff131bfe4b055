#!/usr/bin/env bash
# Fault tests (issue 12; not part of the test run): the server killed with kill -9 in the middle of (a) a CSV import,
# (b) the sending of renewal reminders, (c) the training-compliance job, then started again; and (d) MariaDB stopped
# for 10 s under load. Each case must end with nothing lost and nothing twice, counted in the database and in the SMTP
# sink (bench/SmtpSink.java, which records the outbox id of every mail it receives), and the job resumed by the
# server's own crash recovery (JobRecovery), with nobody restarting it by hand. RELIABILITY.md records the results.
#
# A registry of its own (medsec_faults, recreated; 8,300 institutions, 25,000 holders; STAFF people on the rosters,
# default 1,000,000, written by set-based SQL as bench/training.sh does), the server as scripts/run.sh starts it.
# Nothing else may listen on 8080/9990/1025 meanwhile.
#
#   bench/faults.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DB_NAME=medsec_faults
export MEDSEC_DEMO_INSTITUTIONS="${MEDSEC_DEMO_INSTITUTIONS:-8300}"
export MEDSEC_DEMO_HOLDERS="${MEDSEC_DEMO_HOLDERS:-25000}"
STAFF="${STAFF:-1000000}"
# The load of case (d) measures availability, not the per-address limit that guards the verify API.
export MEDSEC_VERIFY_PER_MINUTE="${MEDSEC_VERIFY_PER_MINUTE:-100000000}"
WORK=/tmp/medsec-faults
mkdir -p "$WORK"
SINK="$WORK/sink.txt"
BASE_URL="http://localhost:${HTTP_PORT:-8080}"
STAFF_AUTH="staff:medsec-staff"
BASE="${MEDSEC_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/medsec}/wildfly"
SQL() { mariadb --no-defaults -h127.0.0.1 -P"${DB_PORT:-3307}" -uroot -N -B medsec_faults "$@"; }
. bench/common.sh
RESULTS=()
FAILED=0
say() { echo "faults: $*"; }
verdict() { # $1 case, $2 ok|FAIL, $3 detail
  RESULTS+=("| $1 | $2 | $3 |")
  [ "$2" = ok ] || FAILED=1
  say "$1: $2 — $3"
}

server_start() {
  scripts/run.sh > "$WORK/server.log" 2>&1 &
  for _ in $(seq 1 900); do
    grep -q "is up" "$WORK/server.log" 2>/dev/null && return 0
    sleep 1
  done
  say "the server did not come up"; tail -40 "$WORK/server.log"; exit 1
}
server_kill() {
  local pid
  pid=$(pgrep -f -- "-D\[Standalone\].*-Djboss.server.base.dir=$BASE" | head -1)
  kill -9 "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  sleep 1
}
job() { # $1 job, $2 query string: prints the execution id
  curl -s -u "$STAFF_AUTH" -X POST -H "Content-Type: application/json" "$BASE_URL/api/v1/jobs/$1${2:+?$2}" \
    | grep -o '"executionId":[0-9]*' | cut -d: -f2
}
status_of() { SQL -e "SELECT BATCHSTATUS FROM JOB_EXECUTION WHERE JOBEXECUTIONID = $1"; }
await_resumed() { # $1 killed execution id: waits for recovery's restart of it to end; prints "restart-id status"
  local restart="" status=""
  for _ in $(seq 1 900); do
    restart=$(SQL -e "SELECT restarted_as FROM job_recovery WHERE execution_id = $1 AND restarted_as IS NOT NULL")
    if [ -n "$restart" ]; then
      status=$(status_of "$restart")
      case "$status" in STARTING|STARTED|STOPPING|"") ;; *) echo "$restart $status"; return 0 ;; esac
    fi
    sleep 1
  done
  echo "${restart:-none} ${status:-not-restarted}"
}

trap 'scripts/run.sh stop >/dev/null 2>&1 || true; [ -n "${SINK_PID:-}" ] && kill "$SINK_PID" 2>/dev/null || true' EXIT
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(mariadb --version | awk '{print $5}'); $(date -u +%FT%TZ)"
scripts/mariadb.sh start
scripts/mariadb.sh recreate medsec_faults
: > "$SINK"
java bench/SmtpSink.java "${SMTP_PORT:-1025}" "$SINK" > "$WORK/sink.log" 2>&1 &
SINK_PID=$!
sleep 2
server_start
say "$(grep -o 'Demo data: .*' "$BASE/log/server.log" | tail -1)"

# Rosters and records at national proportions, as bench/training.sh writes them.
FY=$(SQL -e "SELECT IF(MONTH(CURDATE()) >= 4, YEAR(CURDATE()), YEAR(CURDATE()) - 1)")
for _ in $(seq 1 300); do [ "$(SQL -e "SELECT COUNT(*) FROM training_compliance_run WHERE finished_at IS NULL")" = 0 ] && break; sleep 1; done
bench_national_rosters "$STAFF" "$FY"
say "rosters: $(SQL -e "SELECT COUNT(*) FROM staff_member") staff, $(SQL -e "SELECT COUNT(*) FROM training_record") records"
# What the demo's start queued goes first, so that the sink then counts the cases' mail only.
job mail-send "" >/dev/null
for _ in $(seq 1 120); do [ "$(SQL -e "SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")" = 0 ] && break; sleep 1; done

# (a) kill -9 in the middle of a CSV import of 500,000 training-record lines
LINES=500000
DAY=$(SQL -e "SELECT DATE_SUB(CURDATE(), INTERVAL 1 DAY)")
SQL -e "SELECT i.institution_code, s.staff_number FROM staff_member s JOIN institution i ON i.id = s.institution_id ORDER BY s.id LIMIT $LINES" \
  | awk -F'\t' -v d="$DAY" 'BEGIN {print "institutionCode,staffNumber,date,kind,title,provider"} {print $1 "," $2 "," d ",LECTURE,障害試験講習会,障害試験"}' > "$WORK/import.csv"
curl -s -o /dev/null -u "$STAFF_AUTH" -H "Content-Type: text/csv; charset=UTF-8" --data-binary @"$WORK/import.csv" \
  "$BASE_URL/api/v1/training-records" &
for _ in $(seq 1 600); do
  recorded=$(SQL -e "SELECT COALESCE(MAX(recorded), 0) FROM import_run WHERE status = 'RUNNING'")
  [ "$recorded" -ge 100000 ] && break
  sleep 0.2
done
IMPORT_EXEC=$(SQL -e "SELECT job_execution_id FROM import_run ORDER BY id DESC LIMIT 1")
server_kill
at_kill=$(SQL -e "SELECT COUNT(*) FROM training_record WHERE title = '障害試験講習会'")
say "(a) killed during import execution $IMPORT_EXEC with $at_kill of $LINES lines stored"
server_start
read -r restart status < <(await_resumed "$IMPORT_EXEC")
stored=$(SQL -e "SELECT COUNT(*) FROM training_record WHERE title = '障害試験講習会'")
distinct=$(SQL -e "SELECT COUNT(DISTINCT staff_member_id) FROM training_record WHERE title = '障害試験講習会'")
run_status=$(SQL -e "SELECT status FROM import_run ORDER BY id DESC LIMIT 1")
if [ "$status" = COMPLETED ] && [ "$stored" = "$LINES" ] && [ "$distinct" = "$LINES" ] && [ "$run_status" = DONE ]; then
  verdict "(a) CSV import, 500,000 lines" ok "killed at $at_kill lines stored; resumed as execution $restart ($status); $stored stored, $distinct people, none twice; the import reads $run_status"
else
  verdict "(a) CSV import, 500,000 lines" FAIL "killed at $at_kill; restart $restart $status; stored $stored, distinct $distinct; import $run_status"
fi

# (b) kill -9 in the middle of sending renewal reminders
TODAY=$(SQL -e "SELECT DATE_SUB('$((FY + 1))-03-31', INTERVAL 25 DAY)")
SQL -e "DELETE FROM mail_outbox WHERE dedup_key LIKE 'reminder:%'"
: > "$SINK"
REMIND_EXEC=$(job renewal-reminders "today=$TODAY")
for _ in $(seq 1 600); do [ "$(wc -l < "$SINK")" -ge 200 ] && break; sleep 0.1; done
server_kill
at_kill=$(wc -l < "$SINK")
say "(b) killed during reminders execution $REMIND_EXEC after $at_kill mails received"
server_start
read -r restart status < <(await_resumed "$REMIND_EXEC")
sleep 2
decided=$(SQL -e "SELECT COUNT(*) FROM mail_outbox WHERE dedup_key LIKE 'reminder:%'")
sent=$(SQL -e "SELECT COUNT(*) FROM mail_outbox WHERE dedup_key LIKE 'reminder:%' AND sent_at IS NOT NULL")
received=$(wc -l < "$SINK")
distinct=$(sort -u "$SINK" | wc -l)
SQL -e "SELECT id FROM mail_outbox WHERE dedup_key LIKE 'reminder:%' AND sent_at IS NOT NULL" | sort > "$WORK/sent-ids.txt"
missing=$(sort -u "$SINK" | comm -23 "$WORK/sent-ids.txt" - | wc -l)
if [ "$status" = COMPLETED ] && [ "$sent" = "$decided" ] && [ "$received" = "$distinct" ] && [ "$missing" = 0 ]; then
  verdict "(b) renewal reminders, sending" ok "killed after $at_kill mails; resumed as execution $restart ($status); $decided decided, $sent sent, the sink received $received, none twice, none marked sent without arriving"
else
  verdict "(b) renewal reminders, sending" FAIL "killed after $at_kill; restart $restart $status; decided $decided, sent $sent, received $received ($distinct distinct), $missing marked sent but not received"
fi

# (c) kill -9 in the middle of the training-compliance job
COMPLIANCE_EXEC=$(job training-compliance "")
for _ in $(seq 1 300); do
  [ "$(SQL -e "SELECT COUNT(*) FROM PARTITION_EXECUTION p JOIN STEP_EXECUTION s ON s.STEPEXECUTIONID = p.STEPEXECUTIONID WHERE s.JOBEXECUTIONID = $COMPLIANCE_EXEC AND p.BATCHSTATUS = 'COMPLETED'")" -ge 1 ] && break
  sleep 0.2
done
before=$(status_of "$COMPLIANCE_EXEC")
server_kill
say "(c) killed during compliance execution $COMPLIANCE_EXEC (was $before)"
server_start
read -r restart status < <(await_resumed "$COMPLIANCE_EXEC")
ASOF=$(SQL -e "SELECT LEAST(CURDATE(), '$((FY + 1))-03-31')")
RUN_ID=$(SQL -e "SELECT id FROM training_compliance_run WHERE fiscal_year = $FY AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1")
rows=$(SQL -e "SELECT COUNT(*), COUNT(DISTINCT institution_id) FROM training_compliance WHERE run_id = $RUN_ID")
institutions=$(SQL -e "SELECT COUNT(*) FROM institution")
differ=$(SQL -e "SELECT COUNT(*) FROM (SELECT i.id, COUNT(s.id) in_scope, COALESCE(SUM(EXISTS (SELECT 1 FROM training_record r WHERE r.staff_member_id = s.id AND r.attended_on BETWEEN '$FY-04-01' AND '$ASOF' AND (r.kind = 'LECTURE' OR (i.tier = 'ASSISTED' AND r.kind = 'E_LEARNING')))), 0) trained FROM institution i LEFT JOIN staff_member s ON s.institution_id = i.id AND s.employed_from <= '$ASOF' AND (s.employed_until IS NULL OR s.employed_until >= '$ASOF') GROUP BY i.id) b LEFT JOIN training_compliance t ON t.run_id = $RUN_ID AND t.institution_id = b.id WHERE t.id IS NULL OR t.in_scope <> b.in_scope OR t.trained <> b.trained")
if [ "$before" = STARTED ] && [ "$status" = COMPLETED ] && [ "$rows" = "$institutions	$institutions" ] && [ "$differ" = 0 ]; then
  verdict "(c) training compliance" ok "killed while STARTED; resumed as execution $restart ($status); run $RUN_ID holds one row for each of $institutions institutions, every figure equal to the single SQL statement's"
else
  verdict "(c) training compliance" FAIL "was $before at the kill; restart $restart $status; rows $rows of $institutions; $differ figures differ"
fi

# (d) MariaDB stopped for 10 s under load: verify API and readiness, 4 clients for 40 s
: > "$WORK/load.txt"
loads=()
for c in 1 2 3 4; do
  ( end=$((SECONDS + 40)); while [ $SECONDS -lt $end ]; do
      for path in /api/v1/verify/HIT-00000002 /api/v1/health; do
        echo "$(date +%s.%N) $(curl -s -o /dev/null -m 5 -w '%{http_code}' -H "X-Forwarded-For: 10.9.$c.1" "$BASE_URL$path") $path"
      done
    done ) >> "$WORK/load.txt" &
  loads+=($!)
done
sleep 10
down_from=$(date +%s.%N)
scripts/mariadb.sh stop >/dev/null
sleep 10
scripts/mariadb.sh start >/dev/null
up_at=$(date +%s.%N)
wait "${loads[@]}"
total=$(wc -l < "$WORK/load.txt")
other=$(awk '$2 != 200 && $2 != 503' "$WORK/load.txt" | wc -l)
during=$(awk -v a="$down_from" -v b="$up_at" '$1 >= a && $1 <= b' "$WORK/load.txt" | awk '{print $2}' | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
after_bad=$(awk -v b="$up_at" '$1 > b + 5 && $2 != 200' "$WORK/load.txt" | wc -l)
after=$(awk -v b="$up_at" '$1 > b + 5' "$WORK/load.txt" | wc -l)
before_bad=$(awk -v a="$down_from" '$1 < a && $2 != 200' "$WORK/load.txt" | wc -l)
if [ "$other" = 0 ] && [ "$after_bad" = 0 ] && [ "$before_bad" = 0 ]; then
  verdict "(d) MariaDB stopped 10 s under load" ok "$total requests; while down: $during; from 5 s after the restart: $after requests, all 200; no status but 200 and 503"
else
  verdict "(d) MariaDB stopped 10 s under load" FAIL "$total requests, $other neither 200 nor 503, $before_bad not 200 before, $after_bad of $after not 200 from 5 s after; while down: $during"
fi

echo
echo "| case | result | what was counted |"
echo "|---|---|---|"
printf '%s\n' "${RESULTS[@]}"
exit $FAILED
