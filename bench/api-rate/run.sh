#!/usr/bin/env bash
# Measures the rate api.jmx achieves against the simulator with a plain headless JMeter run:
#   jmeter -n -t test-plans/api.jmx -Jbase_url=... -Jusers=20 -Jrps=200 -Jduration=60
# and writes bench/api-rate/results.md. Needs `mvn -B verify -pl test-plans -am -DskipUnitTests`
# first (it builds the simulator and a JMeter 5.6.3 home), or JMETER_HOME pointing at a JMeter
# install with our plugin jar in lib/ext.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/bench/api-rate"
users=${USERS:-20} rps=${RPS:-200} duration=${DURATION:-60}

jmeter_home=${JMETER_HOME:-$(ls -td "$root"/test-plans/target/*/jmeter | head -n 1)}
simulator_jar=${SIMULATOR_JAR:-"$root/simulator/target/builder-engine-simulator.jar"}
[ -f "$simulator_jar" ] || { echo "No $simulator_jar: build it with mvn -B package -DskipTests" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$sim_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
java -jar "$simulator_jar" --port 0 --port-file "$work/port" --max-lifetime-seconds $((duration + 300)) > "$work/simulator.log" 2>&1 &
sim_pid=$!
for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")

# The ramps are switched off so the whole run is at the target rate (the light profile ramps it).
command=(java -jar "$jmeter_home/bin/ApacheJMeter-5.6.3.jar" -n -t "$root/test-plans/api.jmx"
  -Jconfig="$root/profiles/config.yaml" -Jbase_url="http://127.0.0.1:$port"
  -Jusers="$users" -Jrps="$rps" -Jduration="$duration" -Jramp_up=0 -Jramp_down=0
  -l "$work/api.jtl" -j "$work/jmeter.log")
(cd "$work" && "${command[@]}") | tee "$work/stdout.txt"

summary=$(grep '^summary =' "$work/stdout.txt" | tail -n 1)
# Achieved rate over the main thread group only (the setUp group's two id fetches excluded).
read -r count errors first last <<<"$(awk -F, 'NR > 1 && $3 !~ /^setup:/ {
    n++; if ($8 != "true") e++; start = $1; end = $1 + $2;
    if (first == "" || start < first) first = start; if (end > last) last = end }
  END { printf "%d %d %d %d", n, e, first, last }' "$work/api.jtl")"
achieved=$(awk -v n="$count" -v a="$first" -v b="$last" 'BEGIN { printf "%.1f", n / ((b - a) / 1000) }')
deviation=$(awk -v x="$achieved" -v t="$rps" 'BEGIN { printf "%+.2f", (x - t) * 100 / t }')

cat > "$out/results.md" <<MD
# api.jmx achieved rate against the simulator

- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)
- machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -n 1)
- command: \`jmeter -n -t test-plans/api.jmx -Jconfig=profiles/config.yaml -Jbase_url=http://127.0.0.1:PORT -Jusers=$users -Jrps=$rps -Jduration=$duration -Jramp_up=0 -Jramp_down=0\`
  (run as \`java -jar \$JMETER_HOME/bin/ApacheJMeter-5.6.3.jar ...\`, JMeter 5.6.3 from the test-plans build;
  simulator started by this script on a free loopback port), via \`bench/api-rate/run.sh\`

| target rps | samples (main group) | errors | window s | achieved rps | deviation |
|---|---|---|---|---|---|
| $rps | $count | $errors | $(awk -v a="$first" -v b="$last" 'BEGIN { printf "%.1f", (b - a) / 1000 }') | $achieved | $deviation % |

JMeter's own summary line (all samples, setUp included):

\`\`\`
$summary
\`\`\`
MD
cat "$out/results.md"
