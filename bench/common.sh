# Shared by the bench scripts (sourced, not run): the server started as scripts/run.sh starts it, and the national
# staff rosters written by set-based SQL. The sourcing script defines SQL (the mariadb client on its database).

# Starts scripts/run.sh in the background with its output in $1, stops it when the script exits, waits until it is up.
bench_start_server() {
  scripts/run.sh > "$1" 2>&1 &
  trap 'scripts/run.sh stop >/dev/null 2>&1 || true' EXIT
  for _ in $(seq 1 1800); do
    grep -q "is up" "$1" 2>/dev/null && break
    sleep 1
  done
  grep -q "is up" "$1" || { echo "bench: the server did not come up" >&2; tail -50 "$1" >&2; exit 1; }
}

# $1 people on the rosters, shared out by beds over every institution (MariaDB's sequence engine: a minute for 2 M,
# where the demo generator's rows one by one would outlast WildFly's deployment timeout), with leavers and newcomers;
# and the 講習会 records of fiscal year $2 for about 93 % of them (ASSISTED hospitals partly on e-learning).
bench_national_rosters() {
  local per_bed
  per_bed=$(SQL -e "SELECT $1 / SUM(beds) FROM institution")
  SQL -e "INSERT INTO staff_member (institution_id, staff_number, name, name_kana, department, job_category, employed_from, employed_until, updated_at) SELECT i.id, CONCAT('B', LPAD(q.seq, 6, '0')), CONCAT('職員 ', q.seq), CONCAT('ショクイン ', q.seq), ELT(1 + q.seq % 10, '看護部', '看護部', '看護部', '医局', '薬剤部', '放射線科', '臨床検査科', '医事課', '総務課', '情報システム部'), NULL, DATE_ADD('1995-04-01', INTERVAL (q.seq * 7919) % 11000 DAY), IF(q.seq % 19 = 0, DATE_SUB(CURDATE(), INTERVAL q.seq % 400 DAY), NULL), NOW(6) FROM institution i JOIN seq_1_to_20000 q ON q.seq <= GREATEST(8, ROUND(i.beds * $per_bed))"
  SQL -e "UPDATE staff_member SET employed_until = employed_from WHERE employed_until < employed_from"
  SQL -e "INSERT INTO training_record (staff_member_id, attended_on, kind, title, provider, recorded_at) SELECT s.id, DATE_ADD('$2-06-01', INTERVAL s.id % 60 DAY), IF(i.tier = 'ASSISTED' AND i.id % 3 = 0, 'E_LEARNING', 'LECTURE'), '情報セキュリティ講習会', '情報システム部', NOW(6) FROM staff_member s JOIN institution i ON i.id = s.institution_id WHERE s.staff_number LIKE 'B%' AND (s.id * 31 + i.id) % 100 < 93"
}
