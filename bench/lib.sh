# Shell functions shared by bench/run and bench/soak (source it; bash only). They start the
# simulator and headless JMeter runs, measure a process's CPU against the simulator's own request and
# message counters over a window, and summarise rounds as median (min-max). Every process they start
# is bounded in time and stopped by bench_cleanup.

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
clock_ticks=$(getconf CLK_TCK)
bench_pids=()

bench_die() { echo "bench: $*" >&2; exit 1; }

# The JMeter 5.6.3 home with our plugin that the test-plans build leaves, or JMETER_HOME.
bench_jmeter_home() {
  local home=${JMETER_HOME:-$(ls -td "$bench_root"/test-plans/target/*/jmeter 2>/dev/null | head -n 1)}
  [ -n "$home" ] && [ -f "$home/bin/ApacheJMeter-5.6.3.jar" ] \
    || bench_die "no JMeter home: build with mvn -B -ntp -q verify -pl test-plans -am -DskipUnitTests (or set JMETER_HOME)"
  echo "$home"
}

bench_simulator_jar() {
  local jar=${SIMULATOR_JAR:-$bench_root/simulator/target/builder-engine-simulator.jar}
  [ -f "$jar" ] || bench_die "no $jar: build with mvn -B -ntp -q verify -pl test-plans -am -DskipUnitTests"
  echo "$jar"
}

# Starts the simulator on a free loopback port: sets sim_pid, sim_port and sim_base. $1: work dir;
# $2: its lifetime in seconds (it stops by itself after); further arguments: simulator options.
start_simulator() {
  local dir=$1 lifetime=$2
  shift 2
  rm -f "$dir/sim.port"
  java -Xms256m -Xmx256m -jar "$(bench_simulator_jar)" --port 0 --port-file "$dir/sim.port" \
    --max-lifetime-seconds "$lifetime" "$@" > "$dir/simulator.log" 2>&1 &
  sim_pid=$!
  bench_pids+=("$sim_pid")
  for _ in $(seq 1 150); do
    [ -s "$dir/sim.port" ] && break
    kill -0 "$sim_pid" 2>/dev/null || { cat "$dir/simulator.log" >&2; bench_die "the simulator did not start"; }
    sleep 0.2
  done
  [ -s "$dir/sim.port" ] || bench_die "the simulator did not start within 30 s"
  sim_port=$(tr -d '[:space:]' < "$dir/sim.port")
  sim_base="http://127.0.0.1:$sim_port"
}

stop_simulator() {
  if [ -n "${sim_pid:-}" ] && kill -0 "$sim_pid" 2>/dev/null; then
    kill -TERM "$sim_pid" 2>/dev/null || true
    wait "$sim_pid" 2>/dev/null || true
  fi
  sim_pid=""
}

# One counter of the simulator's GET /admin/stats, e.g. requests_total or ws_messages_received.
sim_counter() { curl -s --max-time 5 "$sim_base/admin/stats" | jq -r ".$1"; }

# The id of the simulator's first agent, for the call plans.
sim_first_agent() {
  curl -s --max-time 5 -H 'Authorization: Bearer sk_test_simulator' "$sim_base/api/v1/agents" | jq -r '.items[0].id // .data[0].id // .agents[0].id // empty'
}

# User + system CPU seconds a process has used so far (from /proc; threads included).
cpu_seconds() {
  awk -v hz="$clock_ticks" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$1/stat" 2>/dev/null
}

# Starts headless JMeter in the background: sets jmeter_pid. $1: JMeter home; $2: run dir (also the
# working directory, where jmeter.log and stdout.txt go); $3: plan; further arguments: JMeter's.
# JVM flags: BENCH_JVM_FLAGS (default none: the JVM's defaults, as java -jar ApacheJMeter.jar has).
start_jmeter() {
  local home=$1 dir=$2 plan=$3
  shift 3
  mkdir -p "$dir"
  # shellcheck disable=SC2086 # BENCH_JVM_FLAGS is a list of flags
  (cd "$dir" && exec timeout "${JMETER_TIMEOUT:-900}" java ${BENCH_JVM_FLAGS:-} -jar "$home/bin/ApacheJMeter-5.6.3.jar" -n -t "$plan" \
    -j "$dir/jmeter.log" "$@" > "$dir/stdout.txt" 2>&1) &
  jmeter_pid=$!
  bench_pids+=("$jmeter_pid")
}

# The java process under a start_jmeter pid (timeout forks it).
java_pid_of() {
  local child
  for _ in $(seq 1 50); do
    child=$(pgrep -P "$1" java | head -n 1 || true)
    [ -n "$child" ] && { echo "$child"; return 0; }
    kill -0 "$1" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

# Waits until the simulator's counter $1 grows by more than this polling itself adds (the load has
# begun), at most $2 seconds; gives up at once when process $3 (optional: the load generator) ends.
wait_for_traffic() {
  local before now polls
  before=$(sim_counter "$1")
  for polls in $(seq 1 $(($2 * 5))); do
    sleep 0.2
    if [ -n "${3:-}" ] && ! kill -0 "$3" 2>/dev/null; then
      echo "the load generator ended before any traffic" >&2
      return 1
    fi
    now=$(sim_counter "$1")
    [ -n "$now" ] || { echo "the simulator does not answer" >&2; return 1; }
    [ "$now" -gt $((before + polls + 5)) ] && return 0
  done
  echo "no traffic reached the simulator within $2 s" >&2
  return 1
}

# "counter errors" from one GET /admin/stats: counter $1 and the answers that were not 2xx.
sim_counts() {
  curl -s --max-time 5 "$sim_base/admin/stats" \
    | jq -r "[.$1, ([.requests_by_status | to_entries[] | select(.key | startswith(\"2\") | not) | .value] | add // 0)] | @tsv"
}

# Measures a running load generator: waits for its traffic, lets it warm up $3 s, then over $4 s
# reads its CPU and the simulator's counter $2. Prints "cpu_seconds count window_seconds errors"
# (errors: answers that were not 2xx), or fails when the process ended before the window did.
# $1: pid of the java (or wrk) process.
measure_window() {
  local pid=$1 counter=$2 warm=$3 window=$4 c1 c2 n1 n2 e1 e2 t1 t2
  wait_for_traffic "$counter" 90 "$pid" || return 1
  sleep "$warm"
  c1=$(cpu_seconds "$pid") t1=$(date +%s.%N)
  read -r n1 e1 <<< "$(sim_counts "$counter")"
  sleep "$window"
  c2=$(cpu_seconds "$pid") t2=$(date +%s.%N)
  read -r n2 e2 <<< "$(sim_counts "$counter")"
  [ -n "$c1" ] && [ -n "$c2" ] || { echo "the load generator ended before the measuring window did" >&2; return 1; }
  # The window's own /admin/stats request is not load.
  awk -v a="$c1" -v b="$c2" -v m="$n1" -v n="$n2" -v s="$t1" -v e="$t2" -v c="$counter" -v x="$e1" -v y="$e2" \
    'BEGIN { d = n - m; if (c == "requests_total") d--; printf "%.2f %d %.2f %d\n", b - a, d, e - s, y - x }'
}

# "median (min-max)" of numbers, formatted with printf format $1 (e.g. %.0f).
median_range() {
  local format=$1
  shift
  printf '%s\n' "$@" | awk 'NF' | sort -g | awk -v f="$format" '{ v[NR] = $1 } END {
    if (NR == 0) { print "n/a"; exit }
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf f " (" f "-" f ")\n", m, v[1], v[NR] }'
}

# The median alone.
median_of() { median_range "%.6g" "$@" | cut -d' ' -f1; }

# Round-robin order of the tools for round $1 (1-based), so no tool always goes first.
rotated() {
  local round=$1
  shift
  local tools=("$@") n=$#
  local k=$(((round - 1) % n))
  echo "${tools[@]:k}" "${tools[@]:0:k}"
}

bench_machine() {
  echo "- machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM; $(java -version 2>&1 | head -n 1)"
}

bench_cleanup() {
  local pid
  for pid in "${bench_pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      pkill -TERM -P "$pid" 2>/dev/null || true
      kill -TERM "$pid" 2>/dev/null || true
    fi
  done
  wait 2>/dev/null || true
}
