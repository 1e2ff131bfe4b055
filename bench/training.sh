#!/usr/bin/env bash
# Staff training at national size (issue 11): a Japan-sized registry of its own (medsec_bench, recreated; 8,300
# institutions), then STAFF people on the rosters (default 2,000,000, shared out by beds) and about 1.05 training
# records each for this fiscal year, written by set-based SQL (MariaDB's sequence engine: a minute, where the demo
# generator's rows one by one would outlast WildFly's deployment timeout); the server's heap fixed at 768 MiB with GC
# logging. Then, each beside the database doing the same work alone, in the same run:
#   1. import: POST /api/v1/training-records with 1,000,000 new record lines (validation, line reports, JDBC batches)
#      against LOAD DATA LOCAL INFILE of 1,000,000 other new lines into a staging table + one INSERT … SELECT that
#      resolves institution code and staff number the same way;
#   2. compliance: the training-compliance job over every institution against the single SQL statement that computes
#      the same figures (in scope, trained) for every institution;
#   3. the heap: the largest heap in use seen in the GC log during both.
# Runs: each measurement RUNS times (default 3; median). Nothing else may listen on 8080/9990 meanwhile.
#
#   bench/training.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
export DB_NAME=medsec_bench
export MEDSEC_DEMO_INSTITUTIONS="${MEDSEC_DEMO_INSTITUTIONS:-8300}"
export MEDSEC_DEMO_HOLDERS="${MEDSEC_DEMO_HOLDERS:-25000}"
STAFF="${STAFF:-2000000}"
# scripts/run.sh fixes the heap (MEDSEC_HEAP, 768m) and logs the GC to the server's log directory; BENCH_JAVA_OPTS adds
# to it (e.g. a JFR recording).
export MEDSEC_JAVA_OPTS="${BENCH_JAVA_OPTS:-}"
WORK=/tmp/medsec-training-bench
mkdir -p "$WORK"
BASE_URL="http://localhost:${HTTP_PORT:-8080}"
STAFF_AUTH="staff:medsec-staff"
SQL() { mariadb --no-defaults -h127.0.0.1 -P"${DB_PORT:-3307}" -uroot --local-infile=1 -N -B medsec_bench "$@"; }
. bench/common.sh
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(mariadb --version | awk '{print $5}')"
scripts/mariadb.sh start
scripts/mariadb.sh recreate medsec_bench
mariadb --no-defaults -h127.0.0.1 -P"${DB_PORT:-3307}" -uroot -e "SET GLOBAL local_infile = 1"
bench_start_server /tmp/medsec-training-bench-server.log
LOG_DIR="${MEDSEC_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/medsec}/wildfly/log"
GC_LOG="$LOG_DIR/gc.log"
grep -o "Demo data: .*" "$LOG_DIR/server.log" | tail -2 || true
# The figures the demo's load started: wait until both runs are done, so they do not share the machine with ours.
for _ in $(seq 1 900); do
  [ "$(SQL -e "SELECT COUNT(*) FROM training_compliance_run WHERE finished_at IS NOT NULL")" -ge 2 ] && break
  sleep 2
done
FY=$(SQL -e "SELECT IF(MONTH(CURDATE()) >= 4, YEAR(CURDATE()), YEAR(CURDATE()) - 1)")
start=$(date +%s.%N)
bench_national_rosters "$STAFF" "$FY"
SQL -e "INSERT INTO training_record (staff_member_id, attended_on, kind, title, provider, recorded_at) SELECT s.id, DATE_ADD('$FY-09-01', INTERVAL s.id % 30 DAY), 'E_LEARNING', '標的型メール訓練', '医療セキュリティ研修センター', NOW(6) FROM staff_member s WHERE s.staff_number LIKE 'B%' AND s.id % 8 = 0"
end=$(date +%s.%N)
echo "national rosters and records written by SQL in $(echo "$end - $start" | bc) s"
echo "rosters: $(SQL -e "SELECT COUNT(*) FROM staff_member") staff, $(SQL -e "SELECT COUNT(*) FROM training_record") records, $(SQL -e "SELECT COUNT(DISTINCT institution_id) FROM staff_member") institutions with a roster"
GC_FROM=$(wc -l < "$GC_LOG")

DAY=$(SQL -e "SELECT DATE_SUB(CURDATE(), INTERVAL 1 DAY)")
# 1,000,000 people of the rosters, each line new (its own title per run).
SQL -e "SELECT i.institution_code, s.staff_number FROM staff_member s JOIN institution i ON i.id = s.institution_id ORDER BY s.id LIMIT 1000000" > "$WORK/people.tsv"
LINES=$(wc -l < "$WORK/people.tsv")
make_csv() { # $1 file, $2 title
  { echo "institutionCode,staffNumber,date,kind,title,provider"
    awk -F'\t' -v d="$DAY" -v t="$2" '{print $1 "," $2 "," d ",LECTURE," t ",ベンチマーク"}' "$WORK/people.tsv"; } > "$1"
}
SQL -e "CREATE TABLE IF NOT EXISTS bench_staging (institution_code VARCHAR(10), staff_number VARCHAR(32) COLLATE utf8mb4_bin, attended_on DATE, kind VARCHAR(16), title VARCHAR(200) COLLATE utf8mb4_bin, provider VARCHAR(200)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"

app_import=(); db_import=()
for run in $(seq 1 "$RUNS"); do
  make_csv "$WORK/app.csv" "ベンチ講習会A$run"
  make_csv "$WORK/db.csv" "ベンチ講習会B$run"
  t=$(curl -s -o "$WORK/answer.json" -w "%{time_total}" -u "$STAFF_AUTH" -H "Content-Type: text/csv; charset=UTF-8" \
      --data-binary @"$WORK/app.csv" "$BASE_URL/api/v1/training-records")
  accepted=$(grep -o '"accepted":[0-9]*' "$WORK/answer.json" | cut -d: -f2)
  [ "$accepted" = "$LINES" ] || { echo "bench: the application accepted ${accepted:-?} of $LINES lines: $(head -c 300 "$WORK/answer.json")" >&2; exit 1; }
  app_import+=("$t")
  start=$(date +%s.%N)
  SQL -e "TRUNCATE bench_staging; LOAD DATA LOCAL INFILE '$WORK/db.csv' INTO TABLE bench_staging CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' LINES TERMINATED BY '\n' IGNORE 1 LINES; INSERT IGNORE INTO training_record (staff_member_id, attended_on, kind, title, provider, recorded_at) SELECT s.id, b.attended_on, b.kind, b.title, b.provider, NOW(6) FROM bench_staging b JOIN institution i ON i.institution_code = b.institution_code JOIN staff_member s ON s.institution_id = i.id AND s.staff_number = b.staff_number"
  end=$(date +%s.%N)
  db_import+=("$(echo "$end - $start" | bc)")
  [ "$(SQL -e "SELECT COUNT(*) FROM training_record WHERE title = 'ベンチ講習会B$run'")" = "$LINES" ] || { echo "bench: LOAD DATA stored a different count" >&2; exit 1; }
  echo "import run $run: application ${t} s, LOAD DATA + INSERT … SELECT ${db_import[-1]} s"
done
APP_IMPORT=$(printf '%s\n' "${app_import[@]}" | median); DB_IMPORT=$(printf '%s\n' "${db_import[@]}" | median)

FIRST="$FY-04-01"; ASOF=$(SQL -e "SELECT LEAST(CURDATE(), '$((FY + 1))-03-31')")
SQL -e "CREATE TABLE IF NOT EXISTS bench_figures (institution_id BIGINT PRIMARY KEY, in_scope INT, trained INT)"
app_job=(); db_job=()
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s.%N)
  id=$(curl -s -u "$STAFF_AUTH" -X POST -H "Content-Type: application/json" "$BASE_URL/api/v1/jobs/training-compliance" | grep -o '"executionId":[0-9]*' | cut -d: -f2)
  while :; do
    status=$(curl -s -u "$STAFF_AUTH" "$BASE_URL/api/v1/jobs/executions/$id" | grep -o '"batchStatus":"[A-Z]*"' | head -1 | cut -d'"' -f4)
    case "$status" in STARTING|STARTED|STOPPING) sleep 0.5 ;; *) break ;; esac
  done
  end=$(date +%s.%N)
  [ "$status" = "COMPLETED" ] || { echo "bench: the job ended $status" >&2; exit 1; }
  app_job+=("$(echo "$end - $start" | bc)")
  start=$(date +%s.%N)
  SQL -e "TRUNCATE bench_figures; INSERT INTO bench_figures SELECT i.id, COUNT(s.id), COALESCE(SUM(EXISTS (SELECT 1 FROM training_record r WHERE r.staff_member_id = s.id AND r.attended_on BETWEEN '$FIRST' AND '$ASOF' AND (r.kind = 'LECTURE' OR (i.tier = 'ASSISTED' AND r.kind = 'E_LEARNING')))), 0) FROM institution i LEFT JOIN staff_member s ON s.institution_id = i.id AND s.employed_from <= '$ASOF' AND (s.employed_until IS NULL OR s.employed_until >= '$ASOF') GROUP BY i.id"
  end=$(date +%s.%N)
  db_job+=("$(echo "$end - $start" | bc)")
  run_id=$(SQL -e "SELECT r.id FROM training_compliance_run r ORDER BY r.id DESC LIMIT 1")
  differ=$(SQL -e "SELECT COUNT(*) FROM bench_figures b LEFT JOIN training_compliance t ON t.run_id = $run_id AND t.institution_id = b.institution_id WHERE t.id IS NULL OR t.in_scope <> b.in_scope OR t.trained <> b.trained")
  [ "$differ" = "0" ] || { echo "bench: the job's figures differ from the statement's for $differ institutions" >&2; exit 1; }
  echo "compliance run $run: job ${app_job[-1]} s (execution $id), single statement ${db_job[-1]} s, figures equal"
done
APP_JOB=$(printf '%s\n' "${app_job[@]}" | median); DB_JOB=$(printf '%s\n' "${db_job[@]}" | median)
MISSING=$(SQL -e "SELECT COUNT(*) FROM training_compliance_missing m JOIN training_compliance t ON t.id = m.compliance_id WHERE t.run_id = $run_id")

# The largest heap in use at a GC during the measurements ("…M->…M(768M)": the used heap before the collection).
PEAK=$(tail -n +"$((GC_FROM + 1))" "$GC_LOG" | grep -o '[0-9]*M->[0-9]*M([0-9]*M)' | sed 's/M->.*//' | sort -n | tail -1)
echo
echo "import of $LINES lines: application median ${APP_IMPORT} s ($(echo "$LINES / $APP_IMPORT" | bc) lines/s), LOAD DATA + INSERT … SELECT median ${DB_IMPORT} s ($(echo "$LINES / $DB_IMPORT" | bc) lines/s), ratio $(echo "scale=2; $DB_IMPORT / $APP_IMPORT" | bc)"
echo "compliance over every institution: job median ${APP_JOB} s (it also lists $MISSING people missing), single statement median ${DB_JOB} s, job / statement $(echo "scale=2; $APP_JOB / $DB_JOB" | bc)"
echo "heap: -Xmx768m, largest heap in use at a GC during the measurements ${PEAK:-?} MiB"
