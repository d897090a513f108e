#!/usr/bin/env bash
# scripts/mailstack/stop.sh DIR [--fast] [--dovecot-only] [--purge]
# Stop the Postfix + Dovecot stack that start.sh started in DIR. Idempotent:
# exits 0 when nothing runs.
#   --fast          SIGTERM the masters and their children at once: ~0.2 s
#                   instead of ~1.2 s (Dovecot's master waits ~1 s for its
#                   children), at the price of warnings in the logs
#   --dovecot-only  stop only Dovecot: Postfix keeps accepting mail and
#                   defers delivery until Dovecot is back (ctl.sh dovecot-start)
#   --purge         delete DIR afterwards (only if it has start.sh's marker)
#
# Like systemd's default KillMode=control-group: SIGTERM to both masters,
# then to every process of this stack that is left. Dovecot's master exits
# on SIGTERM but leaves the imap processes of connected clients (and log,
# auth, stats) running; without the second step an IDLE client would never
# notice. Processes are found through the masters' PID files and markers
# unique to this stack, and signalled by PID only, never by name.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd -P)

[ $# -ge 1 ] && [ -n "$1" ] || { echo "usage: $0 DIR [--fast] [--dovecot-only] [--purge]" >&2; exit 2; }
[ -d "$1" ] || { echo "mailstack: $1 does not exist; nothing to stop" >&2; exit 0; }
DIR=$(cd "$1" && pwd -P); shift
# shellcheck source=lib.sh
. "$HERE/lib.sh"
[ "$(id -u)" = 0 ] || die "must run as root"
PURGE=; ONLY_DOVECOT=; FAST=
for a in "$@"; do
  case "$a" in
    --purge) PURGE=1 ;;
    --fast) FAST=1 ;;
    --dovecot-only) ONLY_DOVECOT=1 ;;
    *) die "unknown option: $a" ;;
  esac
done

# PIDs of this stack's processes other than the masters: Postfix daemons
# inherit MAIL_CONFIG=DIR/postfix from their master; Dovecot's children are
# titled "dovecot-$INSTANCE/...".
instance_pids() {
  {
    [ -n "$ONLY_DOVECOT" ] || grep -lsaxz "MAIL_CONFIG=$PF" /proc/[0-9]*/environ
    grep -lsaz "^dovecot-$INSTANCE/" /proc/[0-9]*/cmdline
  } 2>/dev/null | sed -n 's|^/proc/\([0-9]*\)/.*|\1|p' | grep -vx "$$" | sort -u || true
}
# Wait up to $1 seconds until none of the PIDs $2... is alive.
wait_all_gone() {
  local n=$(( $1 * 50 )) p left; shift
  while [ $n -gt 0 ]; do
    left=
    for p in "$@"; do if alive "$p"; then left=1; fi; done
    [ -n "$left" ] || return 0
    sleep 0.02; n=$((n - 1))
  done
  return 1
}

stopped=""
PFP=; [ -n "$ONLY_DOVECOT" ] || PFP=$(postfix_pid || true)
DVP=$(dovecot_pid || true)
early=; [ -z "$FAST" ] || early=$(instance_pids)
# SIGTERM to the masters is what "postfix stop" and "doveadm stop" do.
if [ -n "$PFP" ]; then kill -TERM "$PFP" 2>/dev/null || true; stopped="$stopped postfix($PFP)"; fi
if [ -n "$DVP" ]; then kill -TERM "$DVP" 2>/dev/null || true; stopped="$stopped dovecot($DVP)"; fi
# shellcheck disable=SC2086
if [ -n "$early" ]; then kill -TERM $early 2>/dev/null || true; fi
# shellcheck disable=SC2086
if ! wait_all_gone 10 $PFP $DVP; then
  echo "mailstack: a master ignored SIGTERM for 10 s; sending SIGKILL" >&2
  # shellcheck disable=SC2086
  kill -KILL $PFP $DVP 2>/dev/null || true
fi

# What the masters left behind.
left=$(instance_pids)
if [ -n "$left" ]; then
  # shellcheck disable=SC2086
  kill -TERM $left 2>/dev/null || true
  # shellcheck disable=SC2086
  if ! wait_all_gone 5 $left; then
    left=$(instance_pids)
    # shellcheck disable=SC2086
    if [ -n "$left" ]; then kill -KILL $left 2>/dev/null || true; fi
  fi
  stopped="$stopped +$(echo "$left" | wc -w) leftover process(es)"
fi

[ -n "$ONLY_DOVECOT" ] || rm -f "$PFQ/pid/master.pid"
rm -f "$RUN/master.pid"
if [ -z "$stopped" ]; then echo "mailstack: nothing was running in $DIR"
else echo "mailstack: stopped$stopped in $DIR"; fi

if [ -n "$PURGE" ]; then
  [ -f "$DIR/.mailstack" ] || die "$DIR has no .mailstack marker; not deleting it"
  rm -rf "$DIR"
  if [ "$SHORT" != "$DIR" ] && [ -f "$SHORT/.mailstack" ]; then rm -rf "$SHORT"; fi
  echo "mailstack: removed $DIR"
fi
