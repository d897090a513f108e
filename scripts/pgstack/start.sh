#!/usr/bin/env bash
# scripts/pgstack/start.sh DIR — start a throwaway PostgreSQL on 127.0.0.1
# for tests and benchmarks. The cluster, its socket and its log live in DIR;
# nothing global is edited and the system's own cluster is never touched.
#
#   DIR/data          the cluster (initdb), owned by the postgres user
#   DIR/run           its Unix socket
#   DIR/postgres.log  the server's log
#   DIR/pgstack.env   PGSTACK_URL=postgres://rsvpd:...@127.0.0.1:PORT/rsvpd and more
#
# Environment:
#   PGSTACK_PORT       the port (default: a free one in 20000-32767; a restart
#                      in the same DIR keeps the previous one)
#   PGSTACK_DURABLE=1  keep fsync and synchronous commit on (benchmarks);
#                      by default they are off: tests never survive a power cut
#   PGSTACK_BIN        the server's bin directory (default: the newest installed)
#
# Idempotent: when the server in DIR runs, it only prints the env file.
# Runs as root and starts the server as the postgres user (installs the
# package when it is missing). DIR must be reachable by that user: use a
# directory in /tmp. Stop with stop.sh DIR.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd -P)

[ $# -ge 1 ] && [ -n "$1" ] || { echo "usage: $0 DIR" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "pgstack: ERROR: must run as root (the server runs as the postgres user)" >&2; exit 1; }
"$HERE/install.sh" -q >&2
mkdir -p "$1"
DIR=$(cd "$1" && pwd -P)
# shellcheck source=lib.sh
. "$HERE/lib.sh"
case "$DIR" in *[[:space:]]*|*[\'\"\\\$\`]*) die "DIR must not contain spaces or quotes: $DIR";; esac
ENVF=$DIR/pgstack.env
getent passwd postgres >/dev/null || die "system user 'postgres' is missing (reinstall postgresql)"
PG_BIN=$(find_bindir) || die "no PostgreSQL server found"
as_pg() { setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"; }

if [ -f "$ENVF" ] && server_pid >/dev/null; then
  echo "# pgstack already running in $DIR" >&2
  cat "$ENVF"
  exit 0
fi

prev() { sed -n "s/^$1=//p" "$ENVF" 2>/dev/null || true; }
PORT=${PGSTACK_PORT:-$(prev PGSTACK_PORT)}
if [ -z "$PORT" ]; then
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 12768))
    if ! listening "$p"; then PORT=$p; break; fi
  done
  [ -n "$PORT" ] || die "no free port found"
fi
listening "$PORT" && die "port 127.0.0.1:$PORT is already in use (set PGSTACK_PORT)"
PASSWORD=$(prev PGSTACK_PASSWORD)
[ -n "$PASSWORD" ] || PASSWORD=pw-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')

chmod 0755 "$DIR"
if [ ! -f "$DIR/data/PG_VERSION" ]; then
  rm -rf "$DIR/data"
  install -d -o postgres -g postgres -m 0700 "$DIR/data"
  printf '%s\n' "$PASSWORD" > "$DIR/pwfile"
  chown postgres:postgres "$DIR/pwfile"; chmod 0600 "$DIR/pwfile"
  as_pg "$PG_BIN/initdb" -D "$DIR/data" -U postgres --pwfile="$DIR/pwfile" \
    --auth-local=peer --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-instructions \
    >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
  rm -f "$DIR/pwfile"
  DURABLE=off; [ "${PGSTACK_DURABLE:-0}" = 1 ] && DURABLE=on
  cat >> "$DIR/data/postgresql.conf" <<CONF
# pgstack
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR/run'
max_connections = 200
fsync = $DURABLE
synchronous_commit = $DURABLE
full_page_writes = $DURABLE
log_min_messages = warning
log_line_prefix = '%m [%p] %u@%d '
CONF
  FRESH=1
fi
sed -i "s/^port = .*//" "$DIR/data/postgresql.conf"
echo "port = $PORT" >> "$DIR/data/postgresql.conf"
install -d -o postgres -g postgres -m 0755 "$DIR/run"
touch "$DIR/postgres.log"; chown postgres:postgres "$DIR/postgres.log"
as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/postgres.log" -w -t 60 start >"$DIR/pg_ctl.out" 2>&1 || {
  cat "$DIR/pg_ctl.out" >&2; tail -n 20 "$DIR/postgres.log" >&2; die "the server did not start"
}
if [ -n "${FRESH:-}" ]; then
  as_pg "$PG_BIN/psql" -h "$DIR/run" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE rsvpd LOGIN CREATEDB PASSWORD '$PASSWORD'" \
    -c "CREATE DATABASE rsvpd OWNER rsvpd" >/dev/null
fi
cat > "$ENVF" <<ENV
PGSTACK_DIR=$DIR
PGSTACK_BIN=$PG_BIN
PGSTACK_HOST=127.0.0.1
PGSTACK_PORT=$PORT
PGSTACK_USER=rsvpd
PGSTACK_PASSWORD=$PASSWORD
PGSTACK_URL=postgres://rsvpd:$PASSWORD@127.0.0.1:$PORT/rsvpd
PGSTACK_PID=$(server_pid)
ENV
chmod 0644 "$ENVF"
cat "$ENVF"
