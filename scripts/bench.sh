#!/usr/bin/env bash
# scripts/bench.sh [OPTIONS] [BENCH...] — measure rsvpd against a real,
# private Postfix + Dovecot on 127.0.0.1 and print a summary table.
#
#   send      `rsvpd send` of 500 invitations over submission (STARTTLS +
#             AUTH): wall time, messages/s, peak RSS; all delivered?
#   latency   200 replies one at a time to `rsvpd run` in IDLE: SMTP 250 ->
#             response committed (median, p95, max)
#   catchup   5,000 messages already in the inbox at start: msg/s
#   idle      the daemon idle in IDLE for 300 s: max RSS, CPU %
#   receive   replies handed to `rsvpd receive` (Postfix's pipe), SQLite
#             and PostgreSQL, alone and with running workers (not in the
#             default set: it needs no mail stack, only PostgreSQL)
#
# Default: send, latency, catchup and idle, in that order. Options:
#   --families N       invitations for `send` (500)
#   --parties P        `send`'s families split into P parties (1)
#   --workers W        `send` queues (`--queue-only`) and W `rsvpd run`
#                      workers deliver (0: `rsvpd send` delivers itself);
#                      `latency` runs W workers (0 counts as 1)
#   --postgres         `send` and `latency` on a throwaway PostgreSQL
#                      (scripts/pgstack), which this script starts and
#                      stops; `receive` always gets one
#   --mailboxes K      `send`'s families are plus-addresses of K mailboxes
#                      (for large runs: no user per family to create)
#   --replies N        replies for `latency` (200)
#   --messages N       inbox size for `catchup` (5000)
#   --idle-seconds N   how long `idle` watches (300)
#   --idle-replies N   families that answer before `idle` watches (1, at most 30)
#   --receive-parties P  parties of 30 families for `receive` (40)
#   --keep             keep the stack and its logs (prints where)
#
# Builds in release, starts its own stack in a fresh /tmp directory on free
# ports (scripts/mailstack/start.sh with MAILSTACK_AUTO_PORTS=1) and stops
# and deletes it at the end, also on failure or Ctrl-C. Needs root (the
# stack, and the benchmarks read and fill Maildirs). The soak test is
# separate: scripts/soak.sh.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$ROOT"
MAILSTACK=$ROOT/scripts/mailstack
if [ -d "$HOME/.cargo/bin" ]; then PATH=$HOME/.cargo/bin:$PATH; fi

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2; exit 2; }
FAMILIES=500 PARTIES=1 WORKERS=0 POSTGRES= RECEIVE_PARTIES=40 MAILBOXES=0 REPLIES=200 MESSAGES=5000 IDLE_SECONDS=300 IDLE_REPLIES=1 KEEP=
BENCHES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --families) FAMILIES=${2:?}; shift 2 ;;
    --mailboxes) MAILBOXES=${2:?}; shift 2 ;;
    --parties) PARTIES=${2:?}; shift 2 ;;
    --workers) WORKERS=${2:?}; shift 2 ;;
    --postgres) POSTGRES=--postgres; shift ;;
    --receive-parties) RECEIVE_PARTIES=${2:?}; shift 2 ;;
    --replies) REPLIES=${2:?}; shift 2 ;;
    --messages) MESSAGES=${2:?}; shift 2 ;;
    --idle-seconds) IDLE_SECONDS=${2:?}; shift 2 ;;
    --idle-replies) IDLE_REPLIES=${2:?}; shift 2 ;;
    --keep) KEEP=1; shift ;;
    send|latency|catchup|idle|receive) BENCHES+=("$1"); shift ;;
    -h|--help) usage ;;
    *) echo "bench.sh: unknown argument: $1" >&2; usage ;;
  esac
done
[ ${#BENCHES[@]} -gt 0 ] || BENCHES=(send latency catchup idle)
[ "$(id -u)" = 0 ] || { echo "bench.sh: must run as root (the mail stack and the Maildir checks need it)" >&2; exit 1; }

STACK_DIR="" PG_DIR=""
LOG=$(mktemp /tmp/rsvpd-bench-log-XXXXXX)
finish() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$STACK_DIR" ]; then
    if [ -n "$KEEP" ]; then echo "bench.sh: stack kept in $STACK_DIR (stop: scripts/mailstack/stop.sh $STACK_DIR --purge)"
    else "$MAILSTACK/stop.sh" "$STACK_DIR" --fast --purge >/dev/null 2>&1 || true; fi
  fi
  if [ -n "$PG_DIR" ]; then
    "$ROOT/scripts/pgstack/stop.sh" "$PG_DIR" >/dev/null 2>&1 || true
    [ -n "$KEEP" ] || rm -rf "$PG_DIR"
  fi
  [ $rc = 0 ] || echo "bench.sh: FAILED (exit $rc); full output in $LOG" >&2
  exit $rc
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

machine() {
  printf '%s cores, %s, load average %s\n' "$(nproc)" \
    "$(awk '/MemTotal/ { printf "%.1f GB RAM", $2 / 1048576 }' /proc/meminfo)" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
}

echo "==> building (release)"
cargo build --release --locked --bin rsvpd
cargo bench --locked --no-run "${BENCHES[@]/#/--bench=}" 2>&1 | grep -v '^ *Executable' || true

echo "==> starting a private mail stack"
STACK_DIR=$(mktemp -d /tmp/rsvpd-bench-XXXXXX)
MAILSTACK_AUTO_PORTS=1 "$MAILSTACK/start.sh" "$STACK_DIR" >/dev/null
export RSVPD_MAILSTACK=$STACK_DIR/mailstack.env
export RSVPD_BIN=$ROOT/target/release/rsvpd
if [ -n "$POSTGRES" ] || [[ " ${BENCHES[*]} " == *" receive "* ]]; then
  echo "==> starting a private PostgreSQL (durable: fsync and synchronous commit on)"
  PG_DIR=$(mktemp -d /tmp/rsvpd-bench-pg-XXXXXX)
  chmod 755 "$PG_DIR"
  PGSTACK_DURABLE=1 "$ROOT/scripts/pgstack/start.sh" "$PG_DIR" >/dev/null
  export RSVPD_PGSTACK=$PG_DIR/pgstack.env
fi
BEFORE=$(machine)

FAILED=""
for b in "${BENCHES[@]}"; do
  case "$b" in
    send) args=(--families "$FAMILIES" --parties "$PARTIES" --workers "$WORKERS" --mailboxes "$MAILBOXES" ${POSTGRES:+"$POSTGRES"}) ;;
    receive) args=(--parties "$RECEIVE_PARTIES") ;;
    latency) args=(--replies "$REPLIES" ${POSTGRES:+"$POSTGRES"})
             [ "$WORKERS" = 0 ] || args+=(--workers "$WORKERS") ;;
    catchup) args=(--messages "$MESSAGES") ;;
    idle) args=(--seconds "$IDLE_SECONDS" --replies "$IDLE_REPLIES") ;;
  esac
  echo "==> $b ($(cut -d' ' -f1-3 /proc/loadavg) load)"
  set +e
  cargo bench --locked --bench "$b" -- "${args[@]}" 2>&1 | tee -a "$LOG" | { grep -v '^RESULT' || true; }
  rc=${PIPESTATUS[0]}
  set -e
  if [ $rc != 0 ]; then FAILED="$FAILED $b"; echo "bench.sh: $b FAILED (exit $rc)" >&2; fi
done

echo
echo "==> summary"
echo "machine at start: $BEFORE"
echo "machine at end:   $(machine)"
{
  printf 'bench\tmetric\tvalue\tgoal\n'
  grep '^RESULT' "$LOG" | cut -f2-
} | column -t -s $'\t'
if [ -n "$FAILED" ]; then echo "bench.sh: failed:$FAILED" >&2; exit 1; fi
rm -f "$LOG"
