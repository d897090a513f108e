# scripts/pgstack/lib.sh — shared by install.sh, start.sh and stop.sh
# (sourced, never run).

die() { echo "pgstack: ERROR: $*" >&2; exit 1; }

# The newest installed server's bin directory (Debian keeps one per major
# version under /usr/lib/postgresql); $PGSTACK_BIN overrides.
find_bindir() {
  local d
  if [ -n "${PGSTACK_BIN:-}" ]; then
    [ -x "$PGSTACK_BIN/initdb" ] && echo "$PGSTACK_BIN" && return 0
    return 1
  fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then echo "$d"; return 0; fi
  done
  return 1
}

# PID $1 exists and is not a zombie.
alive() {
  local st
  st=$(sed -n 's/^[0-9]* (.*) \(.\).*/\1/p' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}

# The postmaster of the cluster in DIR/data, if it runs (first line of its
# PID file, and a process that is really a postgres server).
server_pid() {
  local p
  p=$(head -n 1 "$DIR/data/postmaster.pid" 2>/dev/null) || return 1
  [ -n "$p" ] && alive "$p" && grep -qa postgres "/proc/$p/cmdline" 2>/dev/null && echo "$p"
}

# Something accepts TCP connections on 127.0.0.1:$1.
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
