#!/usr/bin/env bash
# scripts/pgstack/stop.sh DIR [--immediate] [--purge]
# Stop the PostgreSQL that start.sh started in DIR, by the PID in its PID
# file. Idempotent: exits 0 when nothing runs.
#   --immediate  SIGQUIT: no checkpoint, recovery at the next start (as after
#                a crash); default SIGINT, PostgreSQL's fast shutdown
#   --purge      delete DIR afterwards (only if it holds a pgstack cluster)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd -P)
[ $# -ge 1 ] && [ -n "$1" ] || { echo "usage: $0 DIR [--immediate] [--purge]" >&2; exit 2; }
[ -d "$1" ] || { echo "pgstack: $1 does not exist; nothing to stop" >&2; exit 0; }
DIR=$(cd "$1" && pwd -P); shift
# shellcheck source=lib.sh
. "$HERE/lib.sh"
SIGNAL=INT; PURGE=
for a in "$@"; do
  case "$a" in
    --immediate) SIGNAL=QUIT ;;
    --purge) PURGE=1 ;;
    *) die "unknown option: $a" ;;
  esac
done
if PID=$(server_pid); then
  kill -"$SIGNAL" "$PID" 2>/dev/null || true
  n=1500   # 30 s
  while alive "$PID" && [ $n -gt 0 ]; do sleep 0.02; n=$((n - 1)); done
  if alive "$PID"; then
    echo "pgstack: the server ignored SIG$SIGNAL for 30 s; sending SIGKILL" >&2
    kill -KILL "$PID" 2>/dev/null || true
  fi
  echo "pgstack: stopped postgres($PID)" >&2
fi
if [ -n "$PURGE" ]; then
  [ -f "$DIR/pgstack.env" ] || [ -f "$DIR/data/PG_VERSION" ] || die "$DIR does not look like a pgstack directory; not deleting it"
  rm -rf "$DIR"
fi
