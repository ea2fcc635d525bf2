#!/usr/bin/env bash
# Throughput of api.jmx with the SLO Thresholds & Summary listener vs the same plan without it,
# side by side in one run: a warm-up of each, then RUNS each in ABBA order, medians. The rate is left unbounded (-Jrps far
# above what the machine does) so the figure is the most the plan can do with and without it.
# Writes bench/listener-overhead/results.md. Needs the main job's build first (simulator jar and
# a JMeter home in test-plans/target), or JMETER_HOME.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/bench/listener-overhead"
runs=${RUNS:-4} users=${USERS:-8} duration=${DURATION:-20}
jmeter_home=${JMETER_HOME:-$(ls -td "$root"/test-plans/target/*/jmeter | head -n 1)}
simulator_jar=${SIMULATOR_JAR:-"$root/simulator/target/builder-engine-simulator.jar"}

work=$(mktemp -d)
trap 'kill "$sim_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
java -jar "$simulator_jar" --port 0 --port-file "$work/port" --max-lifetime-seconds 900 > "$work/simulator.log" 2>&1 &
sim_pid=$!
for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")

# The same plan without the listener: its element and the hashTree after it removed.
mkdir -p "$work/plans"
cp -r "$root/test-plans/fragments" "$work/plans/"
python3 - "$root/test-plans/api.jmx" "$work/plans/api-without-listener.jmx" <<'PY'
import re, sys
plan = open(sys.argv[1]).read()
stripped, count = re.subn(r'\s*<io\.builderengine\.jmeter\.listener\.SloSummaryListener .*?</io\.builderengine\.jmeter\.listener\.SloSummaryListener>\s*<hashTree/>', '', plan, flags=re.S)
assert count == 1, "api.jmx should hold exactly one listener"
open(sys.argv[2], "w").write(stripped)
PY
cp "$root/test-plans/api.jmx" "$work/plans/api-with-listener.jmx"

run_once() { # plan name -> achieved samples/s of the users' group
  local plan=$1 jtl="$work/$1.jtl"
  rm -f "$jtl"
  (cd "$work" && java -jar "$jmeter_home/bin/ApacheJMeter-5.6.3.jar" -n -t "$work/plans/$plan.jmx" \
    -Jconfig="$root/profiles/config.yaml" -Jbase_url="http://127.0.0.1:$port" -Jusers="$users" -Jrps=1000000 \
    -Jduration="$duration" -Jramp_up=0 -Jramp_down=0 -Joutput_dir="$work/summaries" -Jbe.progress_seconds=0 \
    -l "$jtl" -j "$work/$plan.log" > "$work/$plan.out" 2>&1) || true
  awk -F, 'NR > 1 && $3 !~ /^setup:/ { n++; s = $1; e = $1 + $2; if (f == "" || s < f) f = s; if (e > l) l = e }
    END { printf "%.1f", n / ((l - f) / 1000) }' "$jtl"
}

# One unrecorded run of each warms the simulator's JIT; then the order alternates (ABBA) so
# neither plan always benefits from going second.
run_once api-without-listener > /dev/null
run_once api-with-listener > /dev/null
with=() without=()
for i in $(seq 1 "$runs"); do
  if (( i % 2 )); then
    without+=("$(run_once api-without-listener)"); with+=("$(run_once api-with-listener)")
  else
    with+=("$(run_once api-with-listener)"); without+=("$(run_once api-without-listener)")
  fi
  echo "run $i: without ${without[-1]}/s, with ${with[-1]}/s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
m_without=$(median "${without[@]}") m_with=$(median "${with[@]}")
ratio=$(awk -v a="$m_with" -v b="$m_without" 'BEGIN { printf "%.1f", a * 100 / b }')

cat > "$out/results.md" <<MD
# Listener overhead: api.jmx with vs without the SLO Thresholds & Summary listener

- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)
- machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -n 1); simulator and JMeter on the same machine
- command: \`bench/listener-overhead/run.sh\` (RUNS=$runs USERS=$users DURATION=$duration): each run is
  \`jmeter -n -t api.jmx -Jusers=$users -Jrps=1000000 -Jduration=$duration -Jramp_up=0 -Jramp_down=0\`
  against the simulator: one unrecorded warm-up of each, then the plan without the listener and the
  same plan with it in ABBA order
- figure: samples per second of the users' group over its active window (from the JTL)

| | runs (samples/s) | median |
|---|---|---|
| without listener | ${without[*]} | $m_without |
| with listener | ${with[*]} | $m_with |

**With the listener: ${ratio}% of the throughput without it** (goal: at least 97%).
MD
cat "$out/results.md"
