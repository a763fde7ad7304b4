#!/usr/bin/env bash
# `npm test`: every check in the README, in stages whose lanes run side by side where the work mostly waits.
#   1. next typegen (the route types that tsc and the build both read)
#   2. tsc, then the one production build  ·  lint, then the unit tests
#   3. end-to-end tests  ·  integration tests  ·  the resilience scenarios
# Stage 2's build is the run's only one: stage 3 runs with KARVAN_SKIP_BUILD=1 (the e2e server, the cluster and
# load smoke tests, resilience (f) reuse it), and it skips Next's own type check since tsc has just passed
# (KARVAN_BUILD_TYPECHECKED=1). The lanes of a stage share nothing but .next: each has its own ports,
# databases and data folders (README, "The whole run").
# Each job's output goes to .data/test-logs/<job>.log (tail -f it to follow) and is printed whole when the job
# ends. A lane stops at its first failure, a stage starts only when the one before passed, the exit code is 1
# when anything failed. Every job is an npm script that also runs alone (npm run test:e2e …).
set -uo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC NEXT_TELEMETRY_DISABLED=1
logs=.data/test-logs
rm -rf "$logs" && mkdir -p "$logs"
began=$(date +%s)
failed=0

# The seconds of user + system time in a `times` output's second line (the children this shell waited for).
cpu_seconds() { tail -1 "$1" | awk '{ n = 0; for (i = 1; i <= 2; i++) { split($i, p, "m"); sub("s", "", p[2]); n += p[1] * 60 + p[2] } printf "%.0f", n }'; }

# run NAME COMMAND: the command, its output to NAME.log; then "exit-code wall-seconds CPU-seconds" to NAME.status.
run() {
  local started rc
  started=$(date +%s)
  # `times` here, in the lane's own shell: a $(…) subshell would have no children to count.
  times >"$logs/.$1.cpu-before"
  echo "test: $1 started at $((started - began)) s"
  bash -c "$2" >"$logs/$1.log" 2>&1
  rc=$?
  # The CPU time of the command and every process it waited for: how much of the cores it kept busy.
  times >"$logs/.$1.cpu-after"
  echo "$rc $(($(date +%s) - started)) $(($(cpu_seconds "$logs/.$1.cpu-after") - $(cpu_seconds "$logs/.$1.cpu-before")))" >"$logs/$1.status"
  # One job's log at a time on the terminal, even when two lanes end together.
  (
    flock 9
    read -r code wall busy <"$logs/$1.status"
    echo "──────── $1: exit $code, $wall s, CPU $busy s (ended at $(($(date +%s) - began)) s) ────────"
    cat "$logs/$1.log"
  ) 9>"$logs/.print"
  return "$rc"
}

# lane NAME COMMAND [NAME COMMAND …]: the jobs one after another, up to the first that fails.
lane() {
  while (($#)); do
    run "$1" "$2" || return 1
    shift 2
  done
}

# beside NAME COMMAND …: a lane in the background, or in turn when TEST_SIDE_BY_SIDE=0 (a machine already busy
# with other work: timing-sensitive tests such as 100 webhooks at once then meet less contention).
beside() {
  if [ "${TEST_SIDE_BY_SIDE:-1}" = 0 ]; then
    lane "$@"
  else
    lane "$@" &
  fi
}

# Waits for every lane started with &; fails when any failed.
lanes_passed() {
  local pid
  while wait -n -p pid; ((${pid:-0})); do
    :
  done
  awk '$1 != 0 { failed = 1 } END { exit failed }' "$logs"/*.status
}

finish() {
  echo "──────── npm test: $(($(date +%s) - began)) s ────────"
  local status
  for status in $(ls -tr "$logs"/*.status); do
    read -r code wall busy <"$status"
    printf '%-12s exit %-3s %5s s   CPU %5s s\n' "$(basename "$status" .status)" "$code" "$wall" "$busy"
    ((code == 0)) || failed=1
  done
  exit "$failed"
}

lane typegen 'npx next typegen' || finish
beside tsc 'npx tsc --noEmit' build 'KARVAN_BUILD_TYPECHECKED=1 NODE_ENV=production npx next build'
beside lint 'npm run lint' unit 'npm run test:unit'
lanes_passed || finish
export KARVAN_SKIP_BUILD=1
beside e2e 'npm run test:e2e'
beside integration 'npm run test:integration'
# Resilience mostly waits (a 20 s outage, restarts, 48 s of CPU in 62 s): its own lane, its own PostgreSQL and ports.
beside resilience 'npm run test:resilience'
lanes_passed
finish
