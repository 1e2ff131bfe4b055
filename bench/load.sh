#!/usr/bin/env bash
# Speed under concurrency (issue 12): wrk (Debian's) against the application on a Japan-sized registry of its own
# (medsec_bench, recreated: 8,300 institutions, 25,000 holders; STAFF people on the rosters, default 2,000,000, and
# their training records, written by set-based SQL as bench/training.sh does, and the compliance job run over them),
# the server as scripts/run.sh starts it (heap fixed at 768 MiB, GC log). For each target, 16 and then 64 connections
# for DURATION (default 15s) after a warm-up, RUNS times (default 3; medians):
#   static     a static file of the application (the ceiling: Undertow serving bytes, measured in the same run)
#   form       the password form, signed in as the officer: the pages' ceiling (the template, PrimeFaces, the session
#              check and the view state, and no data)
#   verify     GET /api/v1/verify/{number}, a random one of the 25,000 HIT numbers per request, no session
#   search     the staff holder search page, signed in as staff (128 sessions, each connection sends its own in turn)
#   home       the officer's home page, signed in as the officer
#   audit      the officer's latest audit
#   compliance the officer's training-compliance page
# and the heap: the largest in use after a collection and before one, from the GC log. Needs wrk (apt-get install wrk).
# Nothing else may listen on 8080/9990 meanwhile.
#
#   bench/load.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
DURATION="${DURATION:-15s}"
export DB_NAME=medsec_bench
export MEDSEC_DEMO_INSTITUTIONS="${MEDSEC_DEMO_INSTITUTIONS:-8300}"
export MEDSEC_DEMO_HOLDERS="${MEDSEC_DEMO_HOLDERS:-25000}"
# The benchmark measures the verify endpoint itself, not the per-address limit that guards it (README "Limits").
export MEDSEC_VERIFY_PER_MINUTE="${MEDSEC_VERIFY_PER_MINUTE:-100000000}"
STAFF="${STAFF:-2000000}"
BASE_URL="http://localhost:${HTTP_PORT:-8080}"
STAFF_AUTH="staff:medsec-staff"
SQL() { mariadb --no-defaults -h127.0.0.1 -P"${DB_PORT:-3307}" -uroot -N -B medsec_bench "$@"; }
. bench/common.sh
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(mariadb --version | awk '{print $5}'), $(wrk --version 2>&1 | head -1 | awk '{print $1, $2}')"
scripts/mariadb.sh start
scripts/mariadb.sh recreate medsec_bench
bench_start_server /tmp/medsec-load-bench-server.log
LOG_DIR="${MEDSEC_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/medsec}/wildfly/log"

FY=$(SQL -e "SELECT IF(MONTH(CURDATE()) >= 4, YEAR(CURDATE()), YEAR(CURDATE()) - 1)")
for _ in $(seq 1 300); do [ "$(SQL -e "SELECT COUNT(*) FROM training_compliance_run WHERE finished_at IS NULL")" = 0 ] && break; sleep 1; done
bench_national_rosters "$STAFF" "$FY"
id=$(curl -s -u "$STAFF_AUTH" -X POST -H "Content-Type: application/json" "$BASE_URL/api/v1/jobs/training-compliance" | grep -o '"executionId":[0-9]*' | cut -d: -f2)
for _ in $(seq 1 600); do
  case "$(SQL -e "SELECT BATCHSTATUS FROM JOB_EXECUTION WHERE JOBEXECUTIONID = $id")" in COMPLETED) break ;; FAILED|STOPPED|ABANDONED) echo "bench: compliance job failed" >&2; exit 1 ;; esac
  sleep 1
done
echo "registry: $(SQL -e "SELECT COUNT(*) FROM institution") institutions, $(SQL -e "SELECT COUNT(*) FROM holder") holders, $(SQL -e "SELECT COUNT(*) FROM certification") certifications, $(SQL -e "SELECT COUNT(*) FROM staff_member") staff, $(SQL -e "SELECT COUNT(*) FROM training_record") training records"

# One session per connection at 64 connections, per role (each a sign-in, as 64 browsers would).
java bench/SessionCookie.java "$BASE_URL" staff medsec-staff 128 > /tmp/medsec-load-staff.cookies
java bench/SessionCookie.java "$BASE_URL" officer medsec-officer 128 > /tmp/medsec-load-officer.cookies
AUDIT=$(SQL -e "SELECT MAX(a.id) FROM audit a JOIN user_account u ON u.institution_id = a.institution_id WHERE u.username = 'officer'")
STATIC=$(cd web/src/main/webapp && ls resources/css/*.css | head -1)
HOLDERS=$(SQL -e "SELECT COUNT(*) FROM certification WHERE type = 'HIT'")
declare -A PATHS=([static]="/$STATIC" [form]="/account/password.xhtml" [verify]="/api/v1/verify/HIT-00000001" [search]="/staff/holders.xhtml"
  [home]="/institution/home.xhtml" [audit]="/institution/audit.xhtml?id=$AUDIT" [compliance]="/institution/training.xhtml")
declare -A COOKIES=([static]="" [form]=/tmp/medsec-load-officer.cookies [verify]="" [search]=/tmp/medsec-load-staff.cookies [home]=/tmp/medsec-load-officer.cookies
  [audit]=/tmp/medsec-load-officer.cookies [compliance]=/tmp/medsec-load-officer.cookies)
TARGETS=(static form verify search home audit compliance)
for t in "${TARGETS[@]}"; do
  cookie=""; [ -n "${COOKIES[$t]}" ] && cookie=$(head -1 "${COOKIES[$t]}")
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE_URL${PATHS[$t]}")
  [ "$code" = 200 ] || { echo "bench: $t (${PATHS[$t]}) answered $code" >&2; exit 1; }
done

load() { # $1 target, $2 connections, $3 duration: prints "req/s p50 p95 p99 errors requests"
  local numbers=0
  [ "$1" = verify ] && numbers=$HOLDERS
  COOKIES_FILE="${COOKIES[$1]}" VERIFY_NUMBERS=$numbers wrk -t2 -c"$2" -d"$3" --timeout 10s -s bench/wrk-report.lua \
    "$BASE_URL${PATHS[$1]}" | grep '^RESULT' | cut -d' ' -f2-
}
# The verify API is measured warm: every certificate read once first (the second-level cache then holds them all; a
# revocation replaces the cached state as it commits). The cold figure is printed too.
echo "verify, cold (each certificate read the first time): $(VERIFY_NUMBERS=$HOLDERS VERIFY_SEQUENTIAL=1 wrk -t2 -c16 -d60s --timeout 10s -s bench/wrk-report.lua "$BASE_URL/api/v1/verify/HIT-00000001" | grep '^RESULT' | cut -d' ' -f2-)"
declare -A R
for run in $(seq 1 "$RUNS"); do
  for t in "${TARGETS[@]}"; do
    load "$t" 16 5s >/dev/null # warm-up
    for c in 16 64; do
      out=$(load "$t" "$c" "$DURATION")
      R[$t,$c]+="$out"$'\n'
      echo "run $run $t c=$c: $out"
    done
  done
done
echo
echo "| target | connections | req/s | p50 ms | p95 ms | p99 ms | errors | requests |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for t in "${TARGETS[@]}"; do
  for c in 16 64; do
    col() { printf '%s' "${R[$t,$c]}" | awk -v k="$1" 'NF {print $k}' | median; }
    echo "| $t | $c | $(col 1) | $(col 2) | $(col 3) | $(col 4) | $(printf '%s' "${R[$t,$c]}" | awk 'NF {s += $5} END {print s}') | $(col 6) |"
  done
done
echo
echo "heap (GC log): in use after a collection, largest $(grep -o 'Pause[^)]*) [0-9]*M->[0-9]*M' "$LOG_DIR/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1) MiB; before one, largest $(grep -o 'Pause[^)]*) [0-9]*M->' "$LOG_DIR/gc.log" | sed 's/.*) //; s/M->//' | sort -n | tail -1) MiB; of ${MEDSEC_HEAP:-768m}"
