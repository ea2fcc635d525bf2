#!/usr/bin/env bash
# Micro benchmark of the SLO listener's statistics core (io.builderengine.jmeter.stats), without JMH:
#   RecorderBench: StatsRecorder.record() ns per record (1 and 2 threads) and retained heap after
#                  1M and 10M records over 20 labels;
#   DesignBench:   the two concurrency choices behind it against their lock-free alternatives.
# Compiles against plugin/target/classes and HdrHistogram from ~/.m2, and writes
# bench/listener/results.md. Build first: mvn -B -q -o -pl plugin compile. Takes about a minute.
# Environment: HEAP_ONLY=1 measures the retained heap alone (seconds; no timing, no DesignBench);
# RESULTS_FILE writes the results there instead (bench/run gathers them into bench/RESULTS.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/bench/listener"
results_file=${RESULTS_FILE:-$out/results.md}
heap_only=${HEAP_ONLY:-0}
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
if [ "$heap_only" = 1 ]; then
  "${jvm[@]}" RecorderBench heap | tee "$work/recorder.txt"
  cat > "$results_file" <<MD
# StatsRecorder retained heap (HEAP_ONLY=1)

- date: $(date -u +%Y-%m-%dT%H:%M:%SZ); load average before: $load_before
- command: \`java -Xms1g -Xmx1g -cp <bench classes>:plugin/target/classes:HdrHistogram-2.2.2.jar RecorderBench heap\`

\`\`\`
$(cat "$work/recorder.txt")
\`\`\`
MD
  echo "wrote $results_file"
  exit 0
fi
"${jvm[@]}" RecorderBench | tee "$work/recorder.txt"
"${jvm[@]}" DesignBench | tee "$work/design.txt"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cat > "$results_file" <<MD
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

Goal: retained heap flat within 10 MB from 1M to 10M records. What grows is the time series, one
small record a bucket; the per-label histograms depend on the largest value seen, not on the count.

## The concurrency choices, hot paths alone

\`\`\`
$(cat "$work/design.txt")
\`\`\`

## Reading

- Single-thread figures are steady within about 15% from run to run. Two-thread figures are not:
  on this 2-vCPU VM they came out either around 60-130 ns or around 200-750 ns per record per thread,
  for lock-free and locked designs alike, so cache lines moved between the two vCPUs at very
  different costs from run to run (other builds shared the machine too; see the load averages).
  Across the eight runs made on 2026-11-26 while choosing, the orderings below held in every run
  but one, where the two label designs tied with two threads on 20 labels (209 against 214 ns).
- Per-label figures: the monitor per label beats four lock-free \`Recorder\`s per label several times
  over, alone (one CAS against about six atomic read-modify-writes per value) and more so with two
  threads, whose atomics all hit the same counters. Hence \`synchronized (tally)\` per label, and the
  overall row merged at snapshot time rather than kept on the hot path.
- Time series: stripes by thread id, each a plain histogram behind its own monitor, beat one
  \`ConcurrentHistogram\` in a \`WriterReaderPhaser\` section with two threads (1.2 to 13 times across
  runs) and are as fast or faster alone; they also read without a swap-and-drain. Hence
  \`IntervalSeries\`' stripes.
- Whole \`record()\` with two threads costs more than the parts' sum: both threads write the same
  labels' histograms, so their cache lines move between cores. Even in the slow runs two threads
  record over two and a half million samples a second, far beyond what JMeter's listener calls deliver.
MD
echo "wrote $results_file"
