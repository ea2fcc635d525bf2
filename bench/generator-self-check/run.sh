#!/usr/bin/env bash
# Drives the load generator past its capacity and shows the self-check's flag: quick.jmx with a p95
# limit of 1 ms (which every run breaches, so every run "fails"), twice against the simulator:
#   1. within capacity: 5 users at 20 requests/s            -> FAIL, jmeter -n exits 1
#   2. saturated: JMeter pinned to one core (taskset -c 0), 300 users at 4,000 requests/s
#                                                          -> INCONCLUSIVE, jmeter -n exits 3
# (SATURATED_USERS, SATURATED_RPS and SATURATED_HEAP, e.g. 64m, change the second run) and writes
# bench/generator-self-check/results.md (or RESULTS_FILE: bench/run gathers it into bench/RESULTS.md). Needs the plugin and simulator jars
# (mvn -B -pl plugin,simulator -am package -DskipTests) and a JMeter 5.6.3 home (JMETER_HOME, default:
# the newest test-plans/target/*/jmeter, which `mvn verify -pl test-plans -am` builds); the home is
# copied to a temporary folder and given this checkout's plugin jar.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/bench/generator-self-check"
duration=${DURATION:-20}
results_file=${RESULTS_FILE:-$out/results.md}

jmeter_home=${JMETER_HOME:-$(ls -td "$root"/test-plans/target/*/jmeter | head -n 1)}
plugin_jar=$(ls "$root"/plugin/target/builder-engine-jmeter-plugin-*.jar | grep -v original | head -n 1)
simulator_jar="$root/simulator/target/builder-engine-simulator.jar"
[ -f "$simulator_jar" ] && [ -f "$plugin_jar" ] || {
  echo "Build the jars first: mvn -B -pl plugin,simulator -am package -DskipTests" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$sim_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r "$jmeter_home" "$work/jmeter"
rm -f "$work"/jmeter/lib/ext/builder-engine-jmeter-plugin*.jar
cp "$plugin_jar" "$work/jmeter/lib/ext/"
# Every run breaches this limit, so each would FAIL: the self-check decides between FAIL and INCONCLUSIVE.
sed 's/max_p95_response_time_ms: .*/max_p95_response_time_ms: 1/' "$root/profiles/config.yaml" > "$work/config.yaml"

java -jar "$simulator_jar" --port 0 --port-file "$work/port" --max-lifetime-seconds $((4 * duration + 300)) \
  > "$work/simulator.log" 2>&1 &
sim_pid=$!
for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")

# run NAME PREFIX USERS RPS: one headless run; prints "status outcome cpu lag_p99 late scheduled corrected_p99 p99 saturation"
run() {
  local name=$1 prefix=$2 users=$3 rps=$4 status=0
  mkdir -p "$work/$name"
  (cd "$work/$name" && $prefix java ${heap:+-Xmx$heap} -jar "$work/jmeter/bin/ApacheJMeter-5.6.3.jar" -n -t "$root/test-plans/quick.jmx" \
    -Jconfig="$work/config.yaml" -Jbase_url="http://127.0.0.1:$port" -Jusers="$users" -Jrps="$rps" \
    -Jduration="$duration" -Jramp_up=0 -Jramp_down=0 -Jbe.progress_seconds=0 -Joutput_dir="$work/$name/summaries" \
    -j "$work/$name/jmeter.log" > "$work/$name/stdout.txt" 2>&1) || status=$?
  local summary
  summary=$(find "$work/$name/summaries" -name summary.json | head -n 1)
  jq -r --arg status "$status" '[$status, .verdict.outcome,
      (.verdict.generator.processCpuShare * 100 | floor | tostring) + "% of " + (.verdict.generator.processors | tostring),
      .verdict.generator.scheduleLagP99Ms, .statistics.overall.schedule.lateStarts,
      .statistics.overall.schedule.scheduledSamples, .statistics.overall.correctedSuccessful.p99Ms,
      .statistics.overall.elapsedSuccessful.p99Ms, .statistics.overall.throughputPerSecond,
      (.verdict.generator.saturation | join("; ") | if . == "" then "-" else . end)] | join("|")' "$summary"
  grep '^Builder Engine verdict' "$work/$name/stdout.txt" | cut -c1-160 > "$work/$name/verdict.txt" || true
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
within=$(run within "" 5 20)
heap=${SATURATED_HEAP:-} saturated=$(run saturated "taskset -c 0" "${SATURATED_USERS:-300}" "${SATURATED_RPS:-4000}")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

row() {
  IFS='|' read -r status outcome cpu lag late scheduled corrected p99 rps saturation <<<"$2"
  printf '| %s | %s | %s | %s | %s | %s ms | %s of %s | %s ms | %s ms | %.0f | %s |\n' "$1" "$status" "$outcome" \
    "$cpu" "$3" "$lag" "$late" "$scheduled" "$p99" "$corrected" "$rps" "$saturation"
}

cat > "$results_file" <<MD
# Load-generator self-check: a saturated generator turns a FAIL into INCONCLUSIVE

- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)
- machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -n 1); load average
  (1, 5, 15 min) $load_before before the runs, $load_after after them
- commands (via \`bench/generator-self-check/run.sh\`, JMeter 5.6.3 with this checkout's plugin jar, the simulator
  on a free loopback port, \`profiles/config.yaml\` with \`max_p95_response_time_ms: 1\`, which every run breaches):
  - within capacity: \`jmeter -n -t test-plans/quick.jmx -Jconfig=config.yaml -Jbase_url=http://127.0.0.1:PORT -Jusers=5 -Jrps=20 -Jduration=$duration -Jramp_up=0 -Jramp_down=0\`
  - saturated: \`taskset -c 0 jmeter -n ... -Jusers=${SATURATED_USERS:-300} -Jrps=${SATURATED_RPS:-4000} ...\` (JMeter on one core, far above what it can send)

| run | jmeter -n exit | verdict | process CPU (of cores) | JMeter cores | schedule lag p99 (generator) | late starts of scheduled | p99 | p99 corrected | achieved rps | saturation found |
|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|
$(row "within capacity (5 users, 20/s)" "$within" "all")
$(row "saturated (${SATURATED_USERS:-300} users, ${SATURATED_RPS:-4000}/s)" "$saturated" "1 (taskset)")

The limits are the defaults: process CPU above 80% of the cores the JVM may use, or a schedule-lag p99 above
10 ms, where the schedule lag is the generator's own part of a late start: from the moment a thread was free to
take a slot to the sample's start (the wait for a free thread, which a slow target causes, is left out; it shows
in the late starts and in the corrected latency instead). Both runs breach the 1 ms p95 limit, so each would FAIL;
a run whose generator kept up exits 1 with FAIL, one whose generator was saturated exits 3 with INCONCLUSIVE. On a
machine whose load average is several times its cores, even the light run's starts are late by tens of ms (its
threads wait for a core), and the self-check rightly flags it too: read the schedule-lag column.

Console verdict lines:

\`\`\`
$(cat "$work/within/verdict.txt")
$(cat "$work/saturated/verdict.txt")
\`\`\`
MD
cat "$results_file"
