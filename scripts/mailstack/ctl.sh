#!/usr/bin/env bash
# scripts/mailstack/ctl.sh DIR COMMAND [ARGS] — users, failure injection and
# housekeeping for the stack that start.sh runs in DIR.
#
#   add-user ADDR [PASSWORD]  add a user (fresh, empty mailbox) on a hosted
#                             domain; prints "ADDR PASSWORD" (random password
#                             unless given). Works at once for IMAP and SMTP AUTH.
#   tempfail ADDR [TEXT]      RCPT TO:<ADDR> is answered "450 4.2.1 TEXT"
#   reject   ADDR [TEXT]      RCPT TO:<ADDR> is answered "550 5.1.1 TEXT"
#   answer   ADDR ACTION      any access(5) action, e.g. "421 4.3.2 busy", HOLD, DISCARD
#   refuse-sender REGEX [TEXT]  MAIL FROM matching the POSIX REGEX (no "/") is
#                             answered "553 5.7.1 TEXT"; "clear" without ADDR lifts it
#   defer    ADDR [TEXT]      accepted at SMTP, then delivery deferred (4.3.0): stays queued
#   clear [--no-flush] [ADDR] lift the above for ADDR (default: all), then retry
#                             queued mail now (--no-flush: at Postfix's next retry, <= 10 s)
#   flush                     retry every queued message now (postqueue -f)
#   queue                     show the queue (postqueue -p)
#   release                   release messages held by "answer ADDR HOLD"
#   delay-warning SECONDS     Postfix warns the sender of mail still queued after
#                             SECONDS (delay_warning_time; 0 = never, the default);
#                             applies to mail queued from now on
#   dovecot-stop | dovecot-start   stop / start only Dovecot (Postfix then defers to it)
#   expunge [USER]            delete all mail of USER (default: every user), all folders
#   pipe ADDR USER ARGV...    deliver mail for ADDR (and ADDR's +extensions) to the
#                             command ARGV through a pipe(8) service running as USER
#                             (not root); prints the service's name. Exit 75 defers.
#
# ADDR for the SMTP hooks may be an address, a domain or "user@" (access(5)).
# Hook changes take effect for the next SMTP connection; one already open
# keeps the old answers.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd -P)
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2; exit 2; }
[ $# -ge 2 ] || usage
[ -d "$1" ] || { echo "mailstack: ERROR: no such directory: $1" >&2; exit 1; }
DIR=$(cd "$1" && pwd -P)
# shellcheck source=lib.sh
. "$HERE/lib.sh"
[ "$(id -u)" = 0 ] || die "must run as root"
[ -f "$ENVF" ] || die "$DIR has no mailstack.env (run start.sh first)"
# shellcheck disable=SC1090
. "$ENVF"
cmd=$2; shift 2

# Rewrite map $1 without the lines for key $2, optionally adding line $3, and
# install it atomically: postmap a copy, then rename() the .db into place.
# Postfix notices a changed table by its mtime in whole seconds, so two
# in-place postmaps within one second would go unseen; a new inode is not.
set_map() {
  local name=$1 key=$2 line=${3:-} tmp
  tmp=$(mktemp -d "$PF/.map.XXXXXX")
  if [ -n "$key" ]; then
    awk -v k="$key" 'tolower($1) != tolower(k)' "$PF/$name" > "$tmp/$name"
  else
    : > "$tmp/$name"
  fi
  [ -z "$line" ] || printf '%s\n' "$line" >> "$tmp/$name"
  postmap -c "$PF" "hash:$tmp/$name"
  mv -f "$tmp/$name.db" "$PF/$name.db"
  mv -f "$tmp/$name" "$PF/$name"
  rmdir "$tmp"
}

# transport_maps stays open in trivial-rewrite across connections, so a
# change needs "postfix reload". A reload that lands while qmgr is busy can
# leave no qmgr running until master's 300 s wake-up (deferred mail then sits
# in the queue): wait for the old qmgr to exit, then poke the qmgr socket so
# that master starts a new one.
qmgr_pids() { awk -v m="$1" '$4 == m && $2 == "(qmgr)" { print $1 }' /proc/[0-9]*/stat 2>/dev/null || true; }
reload_postfix() {
  local master old p busy
  master=$(postfix_pid) || die "postfix is not running"
  old=$(qmgr_pids "$master")
  postfix -c "$PF" reload >/dev/null 2>&1 || die "postfix reload failed"
  for _ in $(seq 1 150); do   # up to 3 s
    busy=
    for p in $old; do if alive "$p"; then busy=1; fi; done
    [ -n "$busy" ] || break
    sleep 0.02
  done
  postkick -c "$PF" public qmgr I 2>/dev/null || true
}

add_user() {
  local addr=${1:?address} pw=${2:-} dom
  case "$addr" in
    *@*.*) ;;
    *) die "not an address: $addr" ;;
  esac
  dom=${addr#*@}
  case " $MAILSTACK_DOMAINS " in
    *" $dom "*) ;;
    *) die "$dom is not a hosted domain (hosted: $MAILSTACK_DOMAINS)" ;;
  esac
  [ -n "$pw" ] || pw=$(openssl rand -hex 12)
  case "$addr$pw" in
    *:*|*[[:space:]]*) die "addresses and passwords must not contain ':' or whitespace" ;;
  esac
  case "$addr" in */*|.*) die "not an address: $addr" ;; esac
  (
    # one writer at a time (tests add users in parallel)
    flock -w 10 9 || die "could not lock $DV/users.d"
    [ ! -e "$DV/users.d/$addr" ] || die "user $addr exists already"
    # Dovecot reads a per-user passwd-file it has not seen before at the
    # first lookup (see start.sh): write it whole, then rename it into place.
    tmp=$(mktemp "$DV/users.d/.new.XXXXXX")
    printf '%s:{PLAIN}%s::::::\n' "$addr" "$pw" > "$tmp"
    chown root:dovecot "$tmp"; chmod 0640 "$tmp"
    mv "$tmp" "$DV/users.d/$addr"
    printf '%s %s\n' "$addr" "$pw" >> "$DIR/users.txt"
  ) 9>>"$DV/users.lock"
  printf '%s %s\n' "$addr" "$pw"
}

case "$cmd" in
  add-user) add_user "$@" ;;
  tempfail) a=${1:?address}; set_map recipient_access "$a" "$a 450 4.2.1 ${2:-Mailbox temporarily unavailable (mailstack test)}" ;;
  reject)   a=${1:?address}; set_map recipient_access "$a" "$a 550 5.1.1 ${2:-No such user here (mailstack test)}" ;;
  answer)   a=${1:?address}; set_map recipient_access "$a" "$a ${2:?action}" ;;
  refuse-sender)
    r=${1:?regex}
    case "$r" in */*) die "refuse-sender: the pattern must not contain /" ;; esac
    printf '/%s/ 553 5.7.1 %s\n' "$r" "${2:-Sender address refused (mailstack test)}" >> "$PF/sender_access"
    reload_postfix
    ;;
  defer)    a=${1:?address}; set_map transport "$a" "$a retry:4.3.0 ${2:-Delivery deferred (mailstack test)}"; reload_postfix ;;
  clear)
    flush=1
    if [ "${1:-}" = --no-flush ]; then flush=; shift; fi
    set_map recipient_access "${1:-}"
    set_map transport "${1:-}"
    [ -n "${1:-}" ] || : > "$PF/sender_access"
    reload_postfix
    [ -z "$flush" ] || postqueue -c "$PF" -f
    ;;
  flush)    postqueue -c "$PF" -f ;;
  queue)    postqueue -c "$PF" -p ;;
  release)  postsuper -c "$PF" -H ALL; postqueue -c "$PF" -f ;;
  delay-warning)
    s=${1:?seconds}
    case "$s" in *[!0-9]*) die "delay-warning needs a number of seconds" ;; esac
    postconf -c "$PF" -e "delay_warning_time = ${s}s"
    touch -d '-5 seconds' "$PF/main.cf"
    reload_postfix
    ;;
  dovecot-stop) "$HERE/stop.sh" "$DIR" --dovecot-only ;;
  dovecot-start)
    if dovecot_pid >/dev/null; then echo "mailstack: dovecot already running"; exit 0; fi
    start_dovecot
    wait_greeting "$MAILSTACK_IMAP_PORT" 5 "* OK" || die "dovecot did not come up (log: $DV/dovecot.log)"
    ;;
  expunge)
    if [ -n "${1:-}" ]; then doveadm -c "$DV/dovecot.conf" expunge -u "$1" mailbox '*' all
    else doveadm -c "$DV/dovecot.conf" expunge -A mailbox '*' all; fi
    ;;
  pipe)
    a=${1:?address}; u=${2:?user}; shift 2
    [ $# -ge 1 ] || die "pipe needs a command"
    [ "$u" != root ] || die "pipe(8) never runs a command as root"
    for w in "$@"; do case "$w" in *[[:space:]]*) die "pipe: words must not contain spaces: $w" ;; esac; done
    (
      flock -w 10 9 || die "could not lock $PF/master.cf"
      n=$(grep -c '^pipe[0-9]* ' "$PF/master.cf" || true)
      svc=pipe$((n + 1))
      printf '%s unix - n n - - pipe\n  user=%s argv=%s\n' "$svc" "$u" "$*" >> "$PF/master.cf"
      touch -d '-5 seconds' "$PF/master.cf"
      set_map transport "$a" "$a $svc:"
      reload_postfix
      echo "$svc"
    ) 9>>"$PF/master.cf.lock"
    ;;
  *) echo "mailstack: ERROR: unknown command: $cmd" >&2; usage ;;
esac
