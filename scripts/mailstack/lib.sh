# scripts/mailstack/lib.sh — shared by start.sh, stop.sh and ctl.sh (sourced,
# never run). Defines the directory layout of a stack and how to find its
# processes. Callers set DIR (absolute, symlinks resolved) before sourcing.

die() { echo "mailstack: ERROR: $*" >&2; exit 1; }

# Unix socket paths are limited to 107 bytes. Dovecot's longest socket is
# base_dir + "/token-login/tokenlogin" and every Postfix command connects to
# queue_directory + "/public/postlog", so both live under DIR only when DIR
# is short; otherwise under /tmp/mailstack-short-<hash of DIR>, symlinked
# from DIR (stop.sh --purge removes that too).
if [ ${#DIR} -le 60 ]; then
  SHORT=$DIR
else
  SHORT=/tmp/mailstack-short-$(printf %s "$DIR" | sha1sum | cut -c1-12)
fi
RUN=$SHORT/run                 # Dovecot base_dir: sockets, master.pid
PFQ=$SHORT/postfix-spool       # Postfix queue_directory, kept outside the config
                               # directory ("postfix check" wants that all root-owned)
PF=$DIR/postfix                # Postfix config_directory: main.cf, master.cf, maps
DV=$DIR/dovecot                # dovecot.conf, users (passwd-file), state, log
TLS=$DIR/tls                   # ca.pem (trust this), cert.pem + key.pem (server)
MAILDIR_ROOT=$DIR/mail         # mail/<domain>/<user>/Maildir
ENVF=$DIR/mailstack.env        # KEY=VALUE, shell-sourceable
# Dovecot titles its children "dovecot-<instance>/..."; stop.sh finds
# leftovers of this stack (and only this stack) by that name.
INSTANCE=rsvpd-mailstack-$(printf %s "$DIR" | sha1sum | cut -c1-8)

# PID $1 exists and is not a zombie (a container's PID 1 may reap late, so
# "kill -0" alone would call a stopped daemon alive).
alive() {
  local st
  st=$(sed -n 's/^[0-9]* (.*) \(.\).*/\1/p' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}

# PID of this stack's Postfix master / Dovecot master, if it runs.
postfix_pid() {
  local p
  p=$(awk '{print $1; exit}' "$PFQ/pid/master.pid" 2>/dev/null) || return 1
  [ -n "$p" ] && alive "$p" && grep -qa master "/proc/$p/cmdline" 2>/dev/null && echo "$p"
}
dovecot_pid() {
  local p
  p=$(cat "$RUN/master.pid" 2>/dev/null) || return 1
  [ -n "$p" ] && alive "$p" && grep -qa dovecot "/proc/$p/cmdline" 2>/dev/null && echo "$p"
}

# Something accepts TCP connections on 127.0.0.1:$1.
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Start Dovecot from an empty base_dir, detached from our output.
start_dovecot() {
  # A stale socket from an earlier run (anvil-auth-penalty is disabled in the
  # config, so it is never re-created) makes auth retry "connection refused"
  # for 5 s: the first login and the first SMTP banner would hang.
  find "$RUN" -mindepth 1 -delete
  # Dovecot keeps the stdout/stderr it was started with open for good: a
  # caller capturing our output would wait for EOF forever. Give it a file.
  dovecot -c "$DV/dovecot.conf" </dev/null >"$DV/start.out" 2>&1 || {
    cat "$DV/start.out" >&2
    tail -n 20 "$DV/dovecot.log" >&2 2>/dev/null || true
    die "dovecot failed to start (log: $DV/dovecot.log)"
  }
}

# First line the server on 127.0.0.1:$1 sends, within 2 s.
greeting() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1 && IFS= read -r l <&3 && printf '%s' \"\$l\"" 2>/dev/null
}

# Wait up to $2 seconds for a greeting starting with $3 on port $1.
wait_greeting() {
  local port=$1 deadline=$((SECONDS + $2)) want=$3 g
  until g=$(greeting "$port") && [ "${g:0:${#want}}" = "$want" ]; do
    [ $SECONDS -lt "$deadline" ] || return 1
    sleep 0.05
  done
}
