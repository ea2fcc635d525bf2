#!/usr/bin/env bash
# Micro benchmark of the SLO listener's statistics core (io.builderengine.jmeter.stats), without JMH:
#   RecorderBench: StatsRecorder.record() ns per record (1 and 2 threads) and retained heap after
#                  1M and 10M records over 20 labels;
#   DesignBench:   the two concurrency choices behind it against their lock-free alternatives.
# Compiles against plugin/target/classes and HdrHistogram from ~/.m2, and writes
# bench/listener/results.md. Build first: mvn -B -q -o -pl plugin compile. Takes about a minute.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/bench/listener"
classes="$root/plugin/target/classes"
hdr="$HOME/.m2/repository/org/hdrhistogram/HdrHistogram/2.2.2/HdrHistogram-2.2.2.jar"
[ -f "$classes/io/builderengine/jmeter/stats/StatsRecorder.class" ] \
  || { echo "No $classes: build it with mvn -B -q -o -pl plugin compile" >&2; exit 1; }
[ -f "$hdr" ] || { echo "No $hdr: run mvn -B -pl plugin dependency:resolve once" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work" -cp "$classes:$hdr" "$out"/RecorderBench.java "$out"/DesignBench.java
jvm=(java -Xms1g -Xmx1g -cp "$work:$classes:$hdr")
# Other work on the machine skews these figures: the load averages before and after say how much.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
"${jvm[@]}" RecorderBench | tee "$work/recorder.txt"
"${jvm[@]}" DesignBench | tee "$work/design.txt"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cat > "$out/results.md" <<MD
# StatsRecorder micro benchmark

- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)
- machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -n 1)
- load average (1, 5, 15 min) before: $load_before, after: $load_after
- command: \`bench/listener/run.sh\` (after \`mvn -B -q -o -pl plugin compile\`), which runs
  \`java -Xms1g -Xmx1g -cp <bench classes>:plugin/target/classes:HdrHistogram-2.2.2.jar RecorderBench\`, then \`DesignBench\`
- method: no JMH; 2 warm-up rounds, then the median of the timed rounds; wall time per record a thread made.
  Inputs are precomputed (20 labels, log-normal elapsed times with a median of 80 ms, 2% failures with
  request ids in their messages). Heap: used heap after five \`System.gc()\` calls (the least of them),
  minus the same before the recorder was made.

## StatsRecorder.record() and retained heap

\`\`\`
$(cat "$work/recorder.txt")
\`\`\`

## The concurrency choices, hot paths alone

\`\`\`
$(cat "$work/design.txt")
\`\`\`
MD
echo "wrote $out/results.md"
