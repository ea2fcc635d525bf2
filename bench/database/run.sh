#!/usr/bin/env bash
# Our Database Workload sampler's simple read against pgbench's select-only prepared run, with the
# same number of clients on the same PostgreSQL database, side by side in one run:
#   pgbench -S -M prepared -c N -j 2 -T DURATION be_bench
#   jmeter -n -t test-plans/database.jmx -Jusers=N -Jdb_pool_size=N -Jdb_weights="join=0,write=0,aggregate=0" ...
# for N in CLIENTS (default "4 8 16"), the two tools alternating, and writes bench/database/results.md
# (transactions per second, their ratio, p99 latency, errors). Goal: ratio >= 0.7.
#
# Needs the local PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth; pgbench and psql on PATH)
# and the main job's build (`mvn -B verify -pl test-plans -am -DskipUnitTests`), which leaves a
# JMeter 5.6.3 home with our plugin in test-plans/target/*/jmeter; or JMETER_HOME. If that home's
# plugin jar predates the Database Workload sampler, a newer jar (PLUGIN_JAR, else the plugin build's)
# is copied over it. Everything runs on loopback; every step is bounded by a timeout.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/bench/database"
clients=${CLIENTS:-"4 8 16"} duration=${DURATION:-30} rounds=${ROUNDS:-3} rps=${RPS:-100000} threads=${PGBENCH_JOBS:-2}
pg_host=127.0.0.1 pg_port=5432 pg_user=postgres db=be_bench
wait_max=${WAIT_MAX_SECONDS:-900}
# RESULTS_FILE: where to write the results instead (bench/run gathers them into bench/RESULTS.md).
results_file=${RESULTS_FILE:-$out/results.md}
notes=()

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
psql_db() { local d=$1; shift; timeout 120 psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$d" "$@"; }

# 1. Wait until no other heavy job (a CI run, a Maven build and its surefire/failsafe forks) shares
# the 2 cores, or stops PostgreSQL: before the start and again before every measurement, at most
# WAIT_MAX_SECONDS (900) in all.
heavy="ci-clone|surefire|failsafe|plexus-classworlds"
waited=0 busy_noted=""
wait_quiet() {
  while pgrep -f "$heavy" >/dev/null; do
    if [ "$waited" -ge "$wait_max" ]; then
      if [ -z "$busy_noted" ]; then
        echo "Another heavy job still runs after ${wait_max}s of waiting: measuring anyway" >&2
        notes+=("Another heavy job (CI or a Maven build) was still running after waiting ${wait_max} s; the figures after that point are disturbed by it.")
        busy_noted=1
      fi
      break
    fi
    echo "Waiting for another heavy job (CI or a Maven build) to end ($waited s of at most $wait_max s)..." >&2
    sleep 10
    waited=$((waited + 10))
  done
  for _ in $(seq 1 60); do pg_isready -q -h "$pg_host" -p "$pg_port" && return 0; sleep 1; done
  echo "PostgreSQL at $pg_host:$pg_port is not accepting connections" >&2
  exit 1
}
wait_quiet
# Marks a measurement as disturbed when a heavy job shows up while it runs (checked every second).
watch_start() { ( while sleep 1; do pgrep -f "$heavy" >/dev/null && touch "$1/disturbed"; done ) & watcher=$!; }
watch_stop() { kill "$watcher" 2>/dev/null || true; wait "$watcher" 2>/dev/null || true; }

# 2. JMeter home, with a plugin jar that has the Database Workload sampler.
if [ -n "${JMETER_HOME:-}" ]; then
  jmeter_home=$JMETER_HOME
elif jmeter_home=$(ls -td "$root"/test-plans/target/*/jmeter 2>/dev/null | head -n 1) && [ -n "$jmeter_home" ]; then
  :
else
  jmeter_home=$(ls -td /tmp/ci-clone/test-plans/target/*/jmeter 2>/dev/null | head -n 1 || true)
  [ -n "$jmeter_home" ] || { echo "No JMeter home: build with mvn -B verify -pl test-plans -am -DskipUnitTests" >&2; exit 1; }
  notes+=("JMeter home taken from a CI clone's build: $jmeter_home.")
fi
jmeter_jar=$(ls "$jmeter_home"/bin/ApacheJMeter*.jar | head -n 1)
sampler_class=io/builderengine/jmeter/samplers/DatabaseWorkloadSampler.class
has_sampler() { [ -f "$1" ] && unzip -l "$1" 2>/dev/null | grep "$sampler_class" >/dev/null; }
plugin_in_home=$(ls "$jmeter_home"/lib/ext/builder-engine-jmeter-plugin-*.jar 2>/dev/null | head -n 1 || true)
if ! has_sampler "$plugin_in_home"; then
  replacement=""
  for candidate in ${PLUGIN_JAR:-} "$root/plugin/target/builder-engine-jmeter-plugin-0.1.0-SNAPSHOT.jar" \
      /tmp/ci-clone/plugin/target/builder-engine-jmeter-plugin-0.1.0-SNAPSHOT.jar; do
    if has_sampler "$candidate"; then replacement=$candidate; break; fi
  done
  [ -n "$replacement" ] || { echo "No plugin jar with $sampler_class: build the plugin (or set PLUGIN_JAR)" >&2; exit 1; }
  target_jar=${plugin_in_home:-$jmeter_home/lib/ext/builder-engine-jmeter-plugin-0.1.0-SNAPSHOT.jar}
  cp "$replacement" "$target_jar"
  notes+=("The JMeter home's plugin jar had no Database Workload sampler: replaced by $replacement.")
fi

# JMeter's own JDBC Request needs the PostgreSQL driver unshaded in lib/ (ours is relocated inside our
# jar): a copy of the JMeter home with the driver of our build's version from the local Maven repository.
driver_jar=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | grep -v sources | sort -V | tail -n 1)
[ -n "$driver_jar" ] || { echo "No PostgreSQL driver jar in ~/.m2: build the plugin first (mvn -pl plugin -am package)" >&2; exit 1; }
jdbc_home="$work/jdbc-home"
cp -r "$jmeter_home" "$jdbc_home"
cp "$driver_jar" "$jdbc_home/lib/"
notes+=("JMeter's JDBC Request ran in a copy of the JMeter home with $(basename "$driver_jar") in lib/.")

# 3. The database: pgbench's tables at scale 10 (once); our plan seeds its own schema in it at start.
if [ -z "$(psql_db test -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
  psql_db test -c "CREATE DATABASE $db"
fi
if [ -z "$(psql_db "$db" -tAc "SELECT to_regclass('public.pgbench_accounts')")" ]; then
  timeout 600 pgbench -i -s 10 -h "$pg_host" -p "$pg_port" -U "$pg_user" "$db"
fi
# Warm the buffers both read from: a short untimed pgbench pass (PGBENCH_WARMUP_SECONDS, 5).
timeout 60 pgbench -S -M prepared -c 2 -j 1 -T "${PGBENCH_WARMUP_SECONDS:-5}" -h "$pg_host" -p "$pg_port" -U "$pg_user" "$db" >/dev/null 2>&1

# One measurement: tool N round tps steady_tps p99_ms errors client_cpu_us_per_transaction other_labels.
figures="$work/figures.tsv"
: > "$figures"
record() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$figures"; }
per_txn_us() { awk -v c="$1" -v t="$2" 'BEGIN { printf "%.0f", c * 1e6 / t }'; }

# p99 (nearest rank) of a file of numbers, one a line.
p99() { sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR == 0) { print "n/a"; exit } i = int(NR * 0.99); if (i < NR * 0.99) i++; print v[i] }'; }
# User + system CPU seconds of a command's process tree: bash's `times` in a subshell after it ends.
cpu_of() { awk 'NR == 2 { split($0, t, /[ ms]+/); printf "%.1f", t[1] * 60 + t[2] + t[3] * 60 + t[4] }' "$1"; }

run_pgbench() {
  local n=$1 round=$2 dir="$work/pgbench-$1-$2"
  mkdir -p "$dir"
  wait_quiet
  psql_db "$db" -c CHECKPOINT
  watch_start "$dir"
  ( timeout $((duration + 120)) pgbench -S -M prepared -c "$n" -j "$threads" -T "$duration" \
      -h "$pg_host" -p "$pg_port" -U "$pg_user" --log --log-prefix="$dir/log" "$db" > "$dir/stdout.txt" 2>&1
    times > "$dir/times.txt" )
  watch_stop
  grep -E '^tps' "$dir/stdout.txt" || cat "$dir/stdout.txt"
  local tps failed count
  tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time).*/\1/p' "$dir/stdout.txt" | awk '{ printf "%.0f", $1 }')
  failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$dir/stdout.txt")
  count=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$dir/stdout.txt")
  [ -n "$tps" ] && [ -n "$count" ] || { echo "pgbench gave no result; see $dir/stdout.txt" >&2; exit 1; }
  # Per-transaction log: client_id transaction_no latency_us script_no epoch_s epoch_us.
  cat "$dir"/log.* | awk '{ printf "%.3f\n", $3 / 1000 }' > "$dir/latency_ms.txt"
  # pgbench has no warm-up: its whole-run TPS is also its steady TPS.
  record pgbench "$n" "$round" "$tps" "$tps" "$(p99 "$dir/latency_ms.txt")" "${failed:-0}" \
    "$(per_txn_us "$(cpu_of "$dir/times.txt")" "$count")" 0
}

# One JMeter run of N threads; tool "be" runs our plan (test-plans/database.jmx), tool "jdbc" the same
# plan with JMeter's own JDBC Connection Configuration and JDBC Request in place of ours
# (bench/database/jdbc-request.jmx, in a copy of the JMeter home with the PostgreSQL driver in lib/).
run_jmeter() {
  local n=$1 tool=$2 round=$3 dir="$work/$2-$1-$3" home plan
  mkdir -p "$dir"
  if [ "$tool" = be ]; then
    home=$jmeter_home plan="$root/test-plans/database.jmx"
  else
    home=$jdbc_home plan="$out/jdbc-request.jmx"
  fi
  wait_quiet
  psql_db "$db" -c CHECKPOINT
  watch_start "$dir"
  ( cd "$dir" && timeout $((duration + 180)) java -jar "$home/bin/$(basename "$jmeter_jar")" -n -t "$plan" \
      -Jconfig="$root/profiles/config.yaml" -Joutput_dir="$dir/summary" \
      -Jdb_url="postgresql://$pg_user@$pg_host:$pg_port/$db" -Jdb_schema="$db" -Jdb_scale=1 -Jdb_pool_size="$n" \
      -Jdb_weights="join=0,write=0,aggregate=0" -Jjdbc_url="jdbc:postgresql://$pg_host:$pg_port/$db" \
      -Jusers="$n" -Jrps="$rps" -Jduration="$duration" -Jramp_up=0 -Jramp_down=0 \
      -l "$dir/results.jtl" -j "$dir/jmeter.log" > "$dir/stdout.txt" 2>&1
    times > "$dir/times.txt" ) || true
  watch_stop
  grep -E '^summary =|Tidying up|end of run' "$dir/stdout.txt" || tail -n 20 "$dir/stdout.txt"
  # CSV: timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,... (quoted fields honoured)
  read -r count errors others first last steady <<<"$(gawk -v FPAT='([^,]*)|("([^"]|"")*")' -v lat="$dir/elapsed_ms.txt" '
    NR == 1 { next }
    $3 != "DB: simple_read" { o++; next }
    { n++; if ($8 != "true") e++; s = $1; t = $1 + $2; print $2 > lat
      if (first == "" || s < first) first = s; if (t > last) last = t; starts[n] = s }
    END { c = 0; for (i = 1; i <= n; i++) if (starts[i] >= first + 5000) c++
      printf "%d %d %d %d %d %d", n, e, o, first, last, c }' "$dir/results.jtl")"
  [ "${count:-0}" -gt 0 ] || { echo "No DB: simple_read sample in $dir/results.jtl; see $dir/jmeter.log" >&2; tail -n 40 "$dir/jmeter.log" >&2; exit 1; }
  record "$tool" "$n" "$round" \
    "$(awk -v c="$count" -v a="$first" -v b="$last" 'BEGIN { printf "%.0f", c / ((b - a) / 1000) }')" \
    "$(awk -v c="$steady" -v a="$first" -v b="$last" 'BEGIN { if (b - a > 10000) printf "%.0f", c / ((b - a - 5000) / 1000); else print "nan" }')" \
    "$(p99 "$dir/elapsed_ms.txt")" "$errors" "$(per_txn_us "$(cpu_of "$dir/times.txt")" "$count")" "$others"
}

attempts=${ATTEMPTS:-3}
declare -A quiet
i=0
for n in $clients; do
  quiet[$n]=yes
  for round in $(seq 1 "$rounds"); do
    # Rotate which tool goes first, so a drift of the machine does not always favour the same one.
    # A round during which another heavy job ran is measured again, up to ATTEMPTS (3) times in all.
    order=("pgbench" "be" "jdbc")
    order=("${order[@]:$((i % 3))}" "${order[@]:0:$((i % 3))}")
    for attempt in $(seq 1 "$attempts"); do
      rm -rf "$work"/*-"$n-$round"
      sed -i "/^[a-z]*\t$n\t$round\t/d" "$figures"
      for tool in "${order[@]}"; do
        if [ "$tool" = pgbench ]; then run_pgbench "$n" "$round"; else run_jmeter "$n" "$tool" "$round"; fi
      done
      if ! ls "$work"/*-"$n-$round"/disturbed >/dev/null 2>&1; then break; fi
      echo "N=$n round $round attempt $attempt: another heavy job ran during the measurement" >&2
      [ "$attempt" -eq "$attempts" ] && quiet[$n]="no (another heavy job ran during round $round)"
    done
    i=$((i + 1))
  done
done

# Median and min-max over the rounds of one figure (column) of one tool at one N.
stat_of() {  # tool n column -> "median (min-max)" ; column: 4 tps, 5 steady, 6 p99, 8 cpu_us
  awk -F'\t' -v t="$1" -v n="$2" -v c="$3" '$1 == t && $2 == n { print $c }' "$figures" | sort -g |
    awk 'function f(x) { return x >= 100 ? sprintf("%.0f", x) : sprintf("%.3g", x) }
      { v[NR] = $1 } END { if (NR == 0) { print "n/a"; exit }
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      if (NR == 1) printf "%s", f(m); else printf "%s (%s-%s)", f(m), f(v[1]), f(v[NR]) }'
}
median_of() { stat_of "$@" | awk '{ print $1 }'; }
sum_of() { awk -F'\t' -v t="$1" -v n="$2" -v c="$3" '$1 == t && $2 == n { s += $c } END { print s + 0 }' "$figures"; }
# Per round, tool's column over pgbench's TPS of the same round: "median (min-max)".
ratio_stat() {  # tool n column
  awk -F'\t' -v t="$1" -v n="$2" -v c="$3" '
    $1 == "pgbench" && $2 == n { pg[$3] = $4 } $1 == t && $2 == n { own[$3] = $c }
    END { for (r in own) if (r in pg && own[r] != "nan") printf "%.2f\n", own[r] / pg[r] }' "$figures" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) { print "n/a"; exit }
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      if (NR == 1) printf "%.2f", m; else printf "%.2f (%.2f-%.2f)", m, v[1], v[NR] }'
}
rows="" verdicts=""
for n in $clients; do
  ratio=$(ratio_stat be "$n" 4)
  rows+="| $n | $(stat_of pgbench "$n" 4) | $(stat_of be "$n" 4) | **$ratio** | $(ratio_stat be "$n" 5) | $(stat_of jdbc "$n" 5) | $(ratio_stat jdbc "$n" 5) | $(median_of pgbench "$n" 6) / $(median_of be "$n" 6) / $(median_of jdbc "$n" 6) | $(sum_of pgbench "$n" 7) / $(sum_of be "$n" 7) / $(sum_of jdbc "$n" 7) | $(median_of pgbench "$n" 8) / $(median_of be "$n" 8) / $(median_of jdbc "$n" 8) | ${quiet[$n]} |"$'\n'
  met=$(awk -v r="${ratio%% *}" 'BEGIN { print (r >= 0.7) ? "goal met" : "goal not met" }')
  verdicts+="- N = $n: median ratio ${ratio%% *} over the whole run ($met), $(ratio_stat be "$n" 5 | awk '{ print $1 }') after the first 5 s; JMeter's own JDBC Request: $(ratio_stat jdbc "$n" 5 | awk '{ print $1 }') after the first 5 s; client CPU per transaction: pgbench $(median_of pgbench "$n" 8) µs, JMeter with ours $(median_of be "$n" 8) µs, with JDBC Request $(median_of jdbc "$n" 8) µs."$'\n'
done
[ "$waited" -gt 0 ] && notes+=("Waited ${waited} s in all for other heavy jobs (CI, Maven builds) to end before measuring.")
note_lines=""
for note in "${notes[@]}"; do note_lines+="- $note"$'\n'; done

cat > "$results_file" <<MD
# Database Workload simple read vs pgbench -S -M prepared (and JMeter's own JDBC Request)

Same PostgreSQL, same database (\`$db\`), same number of clients, one run; for each client count the
three tools take turns, $rounds rounds (the order rotates from one round to the next). Figures are the
medians over the rounds, with (min-max); a ratio is taken within each round, then its median.
Goal: our TPS / pgbench's TPS >= 0.7.

- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)
- machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/ { print $2 " GB RAM" }')
- java: $(java -version 2>&1 | head -n 1)
- PostgreSQL: $(psql --version), server $(psql_db test -tAc 'SHOW server_version'), shared_buffers $(psql_db test -tAc 'SHOW shared_buffers'), on the same machine
- JMeter: 5.6.3 from $jmeter_home
${note_lines}
| clients N | pgbench TPS | our TPS | ratio ours / pgbench | same, after the first 5 s | JMeter JDBC Request TPS after 5 s | ratio JDBC Request / pgbench after 5 s | p99 ms pgbench / ours / JDBC Request | errors pgbench / ours / JDBC Request | client CPU µs per transaction pgbench / ours / JDBC Request | machine quiet |
|---|---|---|---|---|---|---|---|---|---|---|
${rows}
- pgbench TPS: its own \`tps = ... (without initial connection time)\`; p99 from its per-transaction
  log (\`--log\`, latency in microseconds); errors: its \`number of failed transactions\`.
- our TPS: \`DB: simple_read\` samples / (last sample end - first sample start) in the JTL, the whole
  $duration s window including the JVM's warm-up ("after the first 5 s": the samples that started after
  the first 5 s, over the rest of the window); p99 of the JTL's \`elapsed\`, which JMeter records in whole
  milliseconds (so "0" means under 1 ms); errors: samples with success=false
  (samples of other labels in the JTLs, all runs: $(awk -F'\t' '$1 != "pgbench" { s += $9 } END { print s + 0 }' "$figures")).
  JMeter's JDBC Request: the same, from its run of bench/database/jdbc-request.jmx.
- client CPU: user + system CPU seconds of the load generator's process (pgbench, or JMeter's JVM
  including its start, the pool and the seeding) over the run, from bash's \`times\`, divided by
  the transactions it ran.
- machine quiet: no CI run or Maven build (\`pgrep -f "$heavy"\`) was seen, checked every second,
  during any measurement of a round; a disturbed round is measured again, up to $attempts times.

## Commands (per N, DURATION=$duration)

\`\`\`
pgbench -i -s 10 -h $pg_host -U $pg_user $db        # once, when pgbench_accounts is missing
pgbench -S -M prepared -c N -j $threads -T $duration -h $pg_host -p $pg_port -U $pg_user --log --log-prefix=DIR/log $db
java -jar \$JMETER_HOME/bin/ApacheJMeter-5.6.3.jar -n -t test-plans/database.jmx -Jconfig=profiles/config.yaml \\
  -Jdb_url=postgresql://$pg_user@$pg_host:$pg_port/$db -Jdb_schema=$db -Jdb_scale=1 -Jdb_pool_size=N \\
  -Jdb_weights="join=0,write=0,aggregate=0" -Jusers=N -Jrps=$rps -Jduration=$duration -Jramp_up=0 -Jramp_down=0 \\
  -l results.jtl -j jmeter.log
# the same with JMeter's JDBC Connection Configuration and JDBC Request (PostgreSQL driver in lib/):
java -jar \$JMETER_HOME/bin/ApacheJMeter-5.6.3.jar -n -t bench/database/jdbc-request.jmx -Jconfig=profiles/config.yaml \\
  -Jjdbc_url=jdbc:postgresql://$pg_host:$pg_port/$db -Jdb_schema=$db -Jusers=N -Jrps=$rps -Jduration=$duration \\
  -Jramp_up=0 -Jramp_down=0 -l results.jtl -j jmeter.log
\`\`\`

A CHECKPOINT precedes each measurement and a ${PGBENCH_WARMUP_SECONDS:-5} s untimed \`pgbench -S -c 2\` warms the buffers first.
With -Jrps=$rps (far above what either reaches) the Target Rate Timer's due times are always past, so
each of the N threads runs its samples back to back, as pgbench's N clients do. Run via
\`bench/database/run.sh\` (CLIENTS="$clients" DURATION=$duration ROUNDS=$rounds).

## Reading

The two statements differ but are both one-row reads that PostgreSQL answers from a cached page:
our simple read is \`SELECT id, name, created_at FROM agents LIMIT 1\` (the first row of a small
seeded table, no WHERE), pgbench -S is \`SELECT abalance FROM pgbench_accounts WHERE aid = :aid\`
(a primary-key lookup over 1,000,000 rows at scale 10). Both run as server-side prepared statements
(pgbench with -M prepared; pgjdbc from the fifth execution of a statement on a connection, its
default prepareThreshold). Per transaction our sampler also borrows and returns a HikariCP
connection, creates and closes a PreparedStatement, and JMeter builds a SampleResult, runs the Target
Rate Timer and the SLO listener and writes a JTL line; pgbench's C client does almost nothing
besides the round trip, and its 2 threads serve all N connections from one poll loop, where JMeter
runs one thread per client that blocks in a socket read for every transaction (two context switches
each). The server and the load generator share the same $(nproc) cores, so every microsecond of client
CPU per transaction is one the server does not get; with all tools driving the same server, the
difference in client CPU per transaction is what separates the figures. JMeter's own JDBC Request,
in the same plan with the same listener and timer, shows what the JMeter engine itself costs:

${verdicts}
MD
cat "$results_file"
