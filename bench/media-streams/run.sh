#!/usr/bin/env bash
# How many concurrent media streams (io.builderengine.jmeter.media.MediaStreamSession) one client
# JVM sends on time against the simulator, and what bounds it. For each N in STREAMS, starts the
# simulator jar as its own process, runs StreamCapacityBench (N platform threads, one 20 ms mu-law
# stream each, DURATION_SECONDS long), stops the simulator, and writes bench/media-streams/results.md.
#
# Goal: the largest N whose send lag p99 is at most 5 ms with no unexpected close for 60 s.
#
# Build first: mvn -B -ntp -o -q -pl plugin -am install -DskipITs -Dskip.jmeter=true
# (it leaves plugin/target/classes and simulator/target/builder-engine-simulator.jar).
# Environment: STREAMS (default "100 150 200 250 300 400 500"), DURATION_SECONDS (default 60; e.g. 10 to
# try it out), CLIENT_JVM_FLAGS (default: JMeter 5.6.3's heap and GC flags), SIM_JVM_FLAGS
# (default "-Xms256m -Xmx256m"). Every process is bounded in time: the simulator stops itself after
# DURATION_SECONDS + 180 s.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/bench/media-streams"
CLASSES="$ROOT/plugin/target/classes"
JAR="$ROOT/simulator/target/builder-engine-simulator.jar"
M2="$HOME/.m2/repository"
LIBS="$M2/org/java-websocket/Java-WebSocket/1.6.0/Java-WebSocket-1.6.0.jar"
LIBS="$LIBS:$M2/org/hdrhistogram/HdrHistogram/2.2.2/HdrHistogram-2.2.2.jar"
LIBS="$LIBS:$M2/org/slf4j/slf4j-api/1.7.36/slf4j-api-1.7.36.jar"
LIBS="$LIBS:$M2/org/slf4j/slf4j-simple/1.7.36/slf4j-simple-1.7.36.jar"
STREAMS="${STREAMS:-100 150 200 250 300 400 500}"
DURATION_SECONDS="${DURATION_SECONDS:-60}"
CLIENT_JVM_FLAGS="${CLIENT_JVM_FLAGS:--Xms1g -Xmx1g -XX:+UseG1GC -XX:MaxGCPauseMillis=100 -XX:G1ReservePercent=20}"
SIM_JVM_FLAGS="${SIM_JVM_FLAGS:--Xms256m -Xmx256m}"
LIFETIME_SECONDS=$((DURATION_SECONDS + 180))
# RESULTS_FILE: where to write the results instead (bench/run gathers them into bench/RESULTS.md).
RESULTS_FILE="${RESULTS_FILE:-$OUT/results.md}"

[[ -f "$CLASSES/io/builderengine/jmeter/media/MediaStreamSession.class" ]] \
  || { echo "error: no $CLASSES; build with: mvn -B -ntp -o -q -pl plugin -am install -DskipITs -Dskip.jmeter=true" >&2; exit 1; }
[[ -f "$JAR" ]] || { echo "error: $JAR is missing; build it as above" >&2; exit 1; }
for lib in ${LIBS//:/ }; do
  [[ -f "$lib" ]] || { echo "error: $lib is missing; run the build above once without -o" >&2; exit 1; }
done

WORK="$(mktemp -d)"
SIMULATOR_PID=""
stop_simulator() {
  if [[ -n "$SIMULATOR_PID" ]] && kill -0 "$SIMULATOR_PID" 2>/dev/null; then
    kill -TERM "$SIMULATOR_PID" 2>/dev/null || true
    wait "$SIMULATOR_PID" 2>/dev/null || true
  fi
  SIMULATOR_PID=""
}
trap 'stop_simulator; rm -rf "$WORK"' EXIT

# A copy, so that a build during the run cannot change the classes under it.
cp -r "$CLASSES" "$WORK/plugin-classes"
javac -d "$WORK/classes" -cp "$WORK/plugin-classes:$LIBS" "$OUT/StreamCapacityBench.java"
CLIENT_CP="$WORK/classes:$WORK/plugin-classes:$LIBS"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

start_simulator() {
  rm -f "$WORK/port"
  # shellcheck disable=SC2086 # SIM_JVM_FLAGS is a list of flags
  java $SIM_JVM_FLAGS -jar "$JAR" --port 0 --port-file "$WORK/port" \
    --max-lifetime-seconds "$LIFETIME_SECONDS" >"$WORK/simulator.log" 2>&1 &
  SIMULATOR_PID=$!
  for _ in $(seq 1 150); do
    [[ -s "$WORK/port" ]] && return 0
    kill -0 "$SIMULATOR_PID" 2>/dev/null || { cat "$WORK/simulator.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "error: the simulator did not start within 30 s" >&2
  exit 1
}

: >"$WORK/results.txt"
for n in $STREAMS; do
  start_simulator
  base="http://127.0.0.1:$(tr -d '[:space:]' <"$WORK/port")"
  echo "== $n streams for $DURATION_SECONDS s against $base"
  # shellcheck disable=SC2086 # CLIENT_JVM_FLAGS is a list of flags
  timeout $((DURATION_SECONDS + 240)) java $CLIENT_JVM_FLAGS -cp "$CLIENT_CP" StreamCapacityBench \
    "$base" "$n" "$DURATION_SECONDS" "$SIMULATOR_PID" 2>"$WORK/client-$n.err" | tee "$WORK/client-$n.txt"
  grep '^RESULT ' "$WORK/client-$n.txt" >>"$WORK/results.txt" \
    || { echo "error: no result for $n streams" >&2; tail -20 "$WORK/client-$n.err" >&2; exit 1; }
  stop_simulator
done
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

field() { # line, key
  sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<" ${1#RESULT }"
}

best="none"
{
  echo "# Media stream capacity"
  echo
  echo "Produced by \`bench/media-streams/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Each row: N platform threads in one client JVM, each with one \`MediaStreamSession\` to"
  echo "\`/media-stream\`, all streaming 20 ms mu-law frames (a 440 Hz-ish tone) for $DURATION_SECONDS s,"
  echo "against the simulator in its own JVM on the same machine (it echoes every frame and sends a"
  echo "transcription per second). Streams start offset by i x 20 ms / N, as independently started"
  echo "calls would. Goal: the largest N with send lag p99 <= 5 ms and no unexpected close (nor"
  echo "any other failure) for the whole run."
  echo
  echo "| streams | frames sent | echoed | late (>20 ms) | lag p50 ms | lag p99 ms | lag p99.9 ms | lag max ms | unexpected closes | other failures | threads/stream | heap/stream KiB | client CPU (cores) | simulator CPU (cores) | other CPU (cores) | machine busy |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  while read -r line; do
    n="$(field "$line" streams)"
    p99="$(field "$line" p99_ms)"
    closes="$(field "$line" unexpected_closes)"
    others="$(field "$line" other_failures)"
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s%% |\n' \
      "$n" "$(field "$line" frames_sent)" "$(field "$line" frames_echoed)" "$(field "$line" late)" \
      "$(field "$line" p50_ms)" "$p99" "$(field "$line" p999_ms)" "$(field "$line" max_ms)" \
      "$closes" "$others" "$(field "$line" threads_per_stream)" \
      "$(field "$line" heap_per_stream_kb)" "$(field "$line" client_cores)" \
      "$(field "$line" simulator_cores)" "$(field "$line" other_cores)" \
      "$(field "$line" machine_busy_pct)"
    if awk -v p="$p99" 'BEGIN {exit !(p <= 5.0)}' && [[ "$closes" == 0 && "$others" == 0 ]]; then
      best="$n"
    fi
  done <"$WORK/results.txt"
  echo
  echo "Largest N meeting the goal in this run: **$best**."
  echo
  echo "- late: frames sent more than one frame interval (20 ms) after their slot; lag: each frame's"
  echo "  send behind its slot, all frames of all streams merged (HdrHistogram, 2 significant digits)."
  echo "- threads/stream: live threads mid-run minus before, per stream (the sender thread plus"
  echo "  Java-WebSocket's read and write threads)."
  echo "- heap/stream: heap used after GC with every session open (between \`stream()\` and"
  echo "  \`finish()\`) minus the same before any was opened, per stream."
  echo "- CPU: over the streaming window, from /proc: the client JVM, the simulator JVM, what the"
  echo "  rest of the machine used (other processes, kernel threads), and the whole machine busy"
  echo "  (100% = all $(nproc) cores)."
  echo "- In a row with failures, threads and heap per stream are low: failed sessions had closed."
  echo
  echo "## Command"
  echo
  echo '```'
  echo "STREAMS=\"$STREAMS\" DURATION_SECONDS=$DURATION_SECONDS bench/media-streams/run.sh"
  echo "# per N:"
  echo "java $SIM_JVM_FLAGS -jar simulator/target/builder-engine-simulator.jar --port 0 --port-file <tmp>/port --max-lifetime-seconds $LIFETIME_SECONDS"
  echo "java $CLIENT_JVM_FLAGS -cp <bench classes>:plugin/target/classes:Java-WebSocket-1.6.0.jar:HdrHistogram-2.2.2.jar:slf4j-api-1.7.36.jar:slf4j-simple-1.7.36.jar \\"
  echo "  StreamCapacityBench http://127.0.0.1:PORT N $DURATION_SECONDS <simulator pid>"
  echo '```'
  echo
  echo "## Machine"
  echo
  echo "- nproc: $(nproc); $(lscpu | awk -F: '/^Model name/ {gsub(/^[ \t]+/, "", $2); print $2; exit}')"
  echo "- load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $LOAD_AFTER"
  echo "- $(java -version 2>&1 | head -1); $(java -version 2>&1 | sed -n 3p)"
  echo
  echo "## Raw results"
  echo
  echo '```'
  cat "$WORK/results.txt"
  echo '```'
} >"$RESULTS_FILE.new"
mv "$RESULTS_FILE.new" "$RESULTS_FILE"
echo "wrote $RESULTS_FILE"
