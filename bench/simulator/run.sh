#!/usr/bin/env bash
# Benchmarks the simulator's hottest routes with wrk and writes bench/simulator/results.md.
#
# Builds nothing: run `mvn -B -pl simulator package` first. Needs wrk (`apt-get install -y wrk`).
# Starts the shaded jar on a free loopback port with a lifetime limit (so it cannot outlive the
# script), warms each route up, measures it, stops the simulator and records the figures with the
# machine they were taken on. Every step is bounded in time.
#
# Environment: DURATION (default 10s), WARMUP (default 5s), CONNECTIONS (default 32),
# THREADS (default 1), JVM_FLAGS (default "-Xms256m -Xmx256m"), SIM_FLAGS (extra simulator flags,
# e.g. "--io-threads 1"; default none, i.e. the simulator's defaults).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="$ROOT/simulator/target/builder-engine-simulator.jar"
RESULTS="$ROOT/bench/simulator/results.md"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-5s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-1}"
JVM_FLAGS="${JVM_FLAGS:--Xms256m -Xmx256m}"
SIM_FLAGS="${SIM_FLAGS:-}"
LIFETIME_SECONDS=180
AUTH_HEADER="Authorization: Bearer k"

[[ -f "$JAR" ]] || { echo "error: $JAR is missing; build it with: mvn -B -pl simulator package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "error: wrk is missing; install it with: apt-get install -y wrk" >&2; exit 1; }

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
WORK="$(mktemp -d)"
SIMULATOR_PID=""
cleanup() {
  if [[ -n "$SIMULATOR_PID" ]] && kill -0 "$SIMULATOR_PID" 2>/dev/null; then
    kill -TERM "$SIMULATOR_PID" 2>/dev/null || true
    wait "$SIMULATOR_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# shellcheck disable=SC2086 # JVM_FLAGS and SIM_FLAGS are lists of flags
java $JVM_FLAGS -jar "$JAR" --port 0 --port-file "$WORK/port" \
  --max-lifetime-seconds "$LIFETIME_SECONDS" $SIM_FLAGS >"$WORK/simulator.log" 2>&1 &
SIMULATOR_PID=$!

for _ in $(seq 1 150); do
  [[ -s "$WORK/port" ]] && break
  kill -0 "$SIMULATOR_PID" 2>/dev/null || { cat "$WORK/simulator.log" >&2; exit 1; }
  sleep 0.2
done
[[ -s "$WORK/port" ]] || { echo "error: the simulator did not start within 30 s" >&2; exit 1; }
PORT="$(tr -d '[:space:]' <"$WORK/port")"
BASE="http://127.0.0.1:$PORT"
echo "simulator listening on $BASE"

HEALTH_CMD=(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE/api/v1/health")
AGENTS_CMD=(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$AUTH_HEADER" "$BASE/api/v1/agents")

echo "warming up for $WARMUP per route"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE/api/v1/health" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$AUTH_HEADER" "$BASE/api/v1/agents" >/dev/null

echo "measuring /api/v1/health for $DURATION"
"${HEALTH_CMD[@]}" | tee "$WORK/health.txt"
echo "measuring /api/v1/agents for $DURATION"
"${AGENTS_CMD[@]}" | tee "$WORK/agents.txt"

STATS="$(curl -s --max-time 5 "$BASE/admin/stats" || true)"
kill -TERM "$SIMULATOR_PID"
wait "$SIMULATOR_PID" || true
SIMULATOR_PID=""

# Prints one figure of a wrk report: requests/s, or a latency line's value.
figure() { # file, what (rps|avg|50%|99%)
  case "$2" in
    rps) awk '/^Requests\/sec:/ {print $2}' "$1" ;;
    avg) awk '$1 == "Latency" && NF >= 5 {print $2; exit}' "$1" ;;
    *) awk -v p="$2" '$1 == p {print $2; exit}' "$1" ;;
  esac
}
non_2xx() { awk '/Non-2xx or 3xx responses:/ {n = $5} END {print n + 0}' "$1"; }
row() { # route, file
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$(figure "$2" rps)" "$(figure "$2" avg)" \
    "$(figure "$2" 50%)" "$(figure "$2" 99%)" "$(non_2xx "$2")"
}

{
  echo "# Simulator benchmark"
  echo
  echo "Produced by \`bench/simulator/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'). wrk runs on the"
  echo "same machine as the simulator, so both share its cores. Goal: at least 20,000 requests/s"
  echo "on \`/api/v1/health\`."
  echo
  echo "| route | requests/s | latency avg | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|---|"
  row "GET /api/v1/health" "$WORK/health.txt"
  row "GET /api/v1/agents (Bearer, 20 agents per page)" "$WORK/agents.txt"
  echo
  echo "## Commands"
  echo
  echo '```'
  echo "java $JVM_FLAGS -jar simulator/target/builder-engine-simulator.jar --port 0 --port-file <tmp>/port --max-lifetime-seconds $LIFETIME_SECONDS${SIM_FLAGS:+ $SIM_FLAGS}"
  echo "wrk -t$THREADS -c$CONNECTIONS -d$WARMUP <url>   # warm-up, once per route, not recorded"
  echo "${HEALTH_CMD[*]}" | sed "s|$BASE|http://127.0.0.1:PORT|"
  echo "${AGENTS_CMD[*]}" | sed "s|$BASE|http://127.0.0.1:PORT|; s|-H $AUTH_HEADER|-H '$AUTH_HEADER'|"
  echo '```'
  echo
  echo "## Machine"
  echo
  echo "- nproc: $(nproc); load average (1, 5, 15 min) before the run: $LOAD_BEFORE"
  echo "- CPU: $(lscpu | awk -F: '/^Model name/ {gsub(/^[ \t]+/, "", $2); print $2; exit}')"
  echo "- Java: $(java -version 2>&1 | head -1)"
  echo "  ($(java -version 2>&1 | sed -n 3p))"
  echo "- Simulator JVM flags: \`$JVM_FLAGS\`; simulator flags: \`${SIM_FLAGS:-none (defaults: Netty NIO, one event loop per core)}\`"
  echo "- wrk: $(wrk -v 2>&1 | head -1 | cut -c1-60)"
  echo
  echo "## Raw wrk output"
  echo
  echo "### /api/v1/health"
  echo '```'
  cat "$WORK/health.txt"
  echo '```'
  echo
  echo "### /api/v1/agents"
  echo '```'
  cat "$WORK/agents.txt"
  echo '```'
  echo
  echo "## Simulator counters after the run (GET /admin/stats)"
  echo
  echo '```json'
  echo "$STATS"
  echo '```'
} >"$RESULTS"

echo "wrote $RESULTS"
