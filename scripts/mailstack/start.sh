#!/usr/bin/env bash
# scripts/mailstack/start.sh DIR — start a throwaway, real Postfix + Dovecot
# on 127.0.0.1 for tests. Every config file, queue, log, socket, certificate
# and Maildir lives under DIR; nothing global is edited.
#
#   Postfix  SMTP        127.0.0.1:21025  no AUTH needed for the hosted domains; STARTTLS offered
#            submission  127.0.0.1:21587  STARTTLS required, then AUTH required
#            SMTPS       127.0.0.1:21465  implicit TLS, AUTH required
#   Dovecot  IMAP        127.0.0.1:21143  STARTTLS offered; plain LOGIN allowed (loopback only)
#            IMAPS       127.0.0.1:21993  implicit TLS
#   Postfix hands mail for the hosted domains to Dovecot over LMTP (unix
#   socket); Dovecot stores it as Maildir; users come from a passwd-file;
#   the same address + password works for IMAP and SMTP AUTH. Mail for any
#   other domain bounces: nothing ever leaves the machine.
#
# Environment:
#   MAILSTACK_SMTP_PORT, MAILSTACK_SUBMISSION_PORT, MAILSTACK_SMTPS_PORT,
#   MAILSTACK_IMAP_PORT, MAILSTACK_IMAPS_PORT   override a port
#   MAILSTACK_AUTO_PORTS=1   pick free ports (20000-32767) for those not set
#   MAILSTACK_USERS          space-separated addresses; default host@party.test
#                            and parent1@families.test ... parent30@families.test
#   MAILSTACK_PASSWORD       password of every user; default "pw-<local part>"
#   MAILSTACK_OAUTH2=1       also accept SASL XOAUTH2 / OAUTHBEARER (IMAP and SMTP
#                            AUTH): Dovecot asks an RFC 7662 token introspection
#                            endpoint, http://127.0.0.1:$MAILSTACK_OAUTH2_PORT/introspect
#                            (POST token=...), which a test runs; it must answer
#                            {"active": true, "username": "<address>"}. Default off.
#   MAILSTACK_OAUTH2_PORT    port of that endpoint (default 21080; auto with AUTO_PORTS)
#
# Prints KEY=VALUE lines, also written to DIR/mailstack.env. Idempotent: when
# the stack in DIR already runs it only prints them. Runs as root (the
# daemons drop privileges themselves); installs the packages if missing.
# DIR must be reachable by the service users: use a directory in /tmp, not
# one below a 0700 directory. Stop with stop.sh DIR.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd -P)

[ $# -ge 1 ] && [ -n "$1" ] || { echo "usage: $0 DIR" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "mailstack: ERROR: must run as root (Postfix and Dovecot drop privileges themselves)" >&2; exit 1; }

"$HERE/install.sh" -q >&2

mkdir -p "$1"
DIR=$(cd "$1" && pwd -P)
# shellcheck source=lib.sh
. "$HERE/lib.sh"
case "$DIR" in *[[:space:]]*|*[\'\"\\\$\`]*) die "DIR must not contain spaces or quotes: $DIR";; esac

MAIL_USER=mail   # Debian's base user (uid 8) owns the Maildirs: Dovecot refuses uid 0
for u in postfix dovecot dovenull "$MAIL_USER"; do
  getent passwd "$u" >/dev/null || die "system user '$u' is missing (reinstall postfix / dovecot-core)"
done
getent group postdrop >/dev/null || die "group 'postdrop' is missing (reinstall postfix)"
MAIL_UID=$(id -u "$MAIL_USER"); MAIL_GID=$(id -g "$MAIL_USER")

PFP=$(postfix_pid || true); DVP=$(dovecot_pid || true)
if [ -f "$ENVF" ] && [ -n "$PFP" ] && [ -n "$DVP" ]; then
  echo "# mailstack already running in $DIR" >&2
  cat "$ENVF"
  exit 0
fi

# ---------------------------------------------------------------- ports
# A restart in the same DIR keeps the ports of the previous start.
if [ -f "$ENVF" ]; then
  prev() { sed -n "s/^$1=//p" "$ENVF"; }
  : "${MAILSTACK_SMTP_PORT:=$(prev MAILSTACK_SMTP_PORT)}"
  : "${MAILSTACK_SUBMISSION_PORT:=$(prev MAILSTACK_SUBMISSION_PORT)}"
  : "${MAILSTACK_SMTPS_PORT:=$(prev MAILSTACK_SMTPS_PORT)}"
  : "${MAILSTACK_IMAP_PORT:=$(prev MAILSTACK_IMAP_PORT)}"
  : "${MAILSTACK_IMAPS_PORT:=$(prev MAILSTACK_IMAPS_PORT)}"
  : "${MAILSTACK_OAUTH2_PORT:=$(prev MAILSTACK_OAUTH2_PORT)}"
fi
PICKED=" "
pick_port() {  # a free port below the kernel's ephemeral range, not picked yet
  local p
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 12768))
    case "$PICKED" in *" $p "*) continue;; esac
    if ! listening "$p"; then PICKED="$PICKED$p "; echo "$p"; return; fi
  done
  die "could not find a free port"
}
port() {  # port(NAME, DEFAULT): the override, else a free one (auto) or DEFAULT
  local var=MAILSTACK_$1_PORT
  if [ -n "${!var:-}" ]; then echo "${!var}"
  elif [ "${MAILSTACK_AUTO_PORTS:-0}" = 1 ]; then pick_port
  else echo "$2"; fi
}
# (not in a subshell: pick_port must remember what it picked)
SMTP_PORT=$(port SMTP 21025);             PICKED="$PICKED$SMTP_PORT "
SUBMISSION_PORT=$(port SUBMISSION 21587); PICKED="$PICKED$SUBMISSION_PORT "
SMTPS_PORT=$(port SMTPS 21465);           PICKED="$PICKED$SMTPS_PORT "
IMAP_PORT=$(port IMAP 21143);             PICKED="$PICKED$IMAP_PORT "
IMAPS_PORT=$(port IMAPS 21993);          PICKED="$PICKED$IMAPS_PORT "
OAUTH2_PORT=""
if [ "${MAILSTACK_OAUTH2:-0}" = 1 ]; then
  # Only reserved here: the introspection endpoint is the tests' to run.
  OAUTH2_PORT=$(port OAUTH2 21080)
  case "$OAUTH2_PORT" in ''|*[!0-9]*) die "bad port number: '$OAUTH2_PORT'";; esac
fi
for p in "$SMTP_PORT" "$SUBMISSION_PORT" "$SMTPS_PORT" "$IMAP_PORT" "$IMAPS_PORT"; do
  case "$p" in ''|*[!0-9]*) die "bad port number: '$p'";; esac
done
check_free() {
  for p in "$@"; do
    ! listening "$p" || die "port 127.0.0.1:$p is already in use (set MAILSTACK_*_PORT, or MAILSTACK_AUTO_PORTS=1)"
  done
}
[ -n "$PFP" ] || check_free "$SMTP_PORT" "$SUBMISSION_PORT" "$SMTPS_PORT"
[ -n "$DVP" ] || check_free "$IMAP_PORT" "$IMAPS_PORT"

# ---------------------------------------------------------------- directories
mkdir -p "$PF" "$PFQ" "$DIR/postfix-data" "$DV/state" "$TLS" "$MAILDIR_ROOT" "$RUN"
touch "$DIR/.mailstack"   # marker: stop.sh --purge deletes only marked directories
if [ "$SHORT" != "$DIR" ]; then
  chmod 0755 "$SHORT"; touch "$SHORT/.mailstack"
  [ -e "$DIR/run" ] || ln -s "$RUN" "$DIR/run"
  [ -e "$DIR/postfix-spool" ] || ln -s "$PFQ" "$DIR/postfix-spool"
fi
# The daemons run as postfix, dovecot, dovenull and mail and must traverse
# DIR: mktemp -d makes it 0700, so open it ...
chmod 0755 "$DIR" "$PF" "$DV" "$TLS" "$RUN"
chown root:root "$PFQ"; chmod 0755 "$PFQ"
chown postfix:postfix "$DIR/postfix-data"; chmod 0700 "$DIR/postfix-data"
chown "$MAIL_UID:$MAIL_GID" "$MAILDIR_ROOT"; chmod 0750 "$MAILDIR_ROOT"
# ... but its parents must already be searchable by everyone.
for u in postfix dovecot "$MAIL_USER"; do
  setpriv --reuid="$u" --regid="$(id -g "$u")" --clear-groups test -x "$DIR/." 2>/dev/null || {
    p=$DIR; bad=
    while [ "$p" != / ]; do
      p=$(dirname "$p")
      [ "$(( 0$(stat -c %a "$p") & 01 ))" = 1 ] || bad=$p
    done
    die "user '$u' cannot reach $DIR: ${bad:-a parent directory} is not searchable by others (use a directory such as /tmp/mailstack-XXXXXX)"
  }
done

# ---------------------------------------------------------------- users
# One passwd-file per user, dovecot/users.d/<address>, holding the line
# "address:{PLAIN}password::::::". Dovecot re-reads a passwd-file at most once
# per second, so a user appended to one shared file could stay unknown for a
# second; a file it has never opened is read at the first lookup, which is
# what lets ctl.sh add-user give a test a working account at once.
# users.txt lists "address password" per line.
DEFAULT_USERS="host@party.test $(for i in $(seq 1 30); do printf 'parent%d@families.test ' "$i"; done)"
USERS=${MAILSTACK_USERS:-$DEFAULT_USERS}
USERS_D=$DV/users.d
mkdir -p "$USERS_D"; chown root:dovecot "$USERS_D"; chmod 0750 "$USERS_D"
DOMAINS=""
for a in $USERS; do
  case "$a" in *@*.*) ;; *) die "bad address in MAILSTACK_USERS: $a";; esac
  case "$a" in */*|.*) die "bad address in MAILSTACK_USERS: $a";; esac
  local_part=${a%@*}; dom=${a#*@}
  pw=${MAILSTACK_PASSWORD:-pw-$local_part}
  case "$a$pw" in *:*|*[[:space:]]*) die "addresses and passwords must not contain ':' or spaces: $a";; esac
  printf '%s:{PLAIN}%s::::::\n' "$a" "$pw" > "$USERS_D/$a"
  chown root:dovecot "$USERS_D/$a"; chmod 0640 "$USERS_D/$a"
  case " $DOMAINS " in *" $dom "*) ;; *) DOMAINS="$DOMAINS $dom";; esac
done
DOMAINS=${DOMAINS# }
FIRST_DOMAIN=${DOMAINS%% *}
# (users added by ctl.sh add-user before a restart are kept)
find "$USERS_D" -maxdepth 1 -type f -name '*@*' -exec cat {} + \
  | awk -F: '{ sub(/^\{PLAIN\}/, "", $2); print $1, $2 }' > "$DIR/users.txt"

# ---------------------------------------------------------------- TLS
# A throwaway CA (tls/ca.pem: what clients trust) and a CA:FALSE leaf for
# localhost, mx.mailstack.test and 127.0.0.1 signed by it. rustls rejects a
# plain self-signed (CA:TRUE) server certificate ("CaUsedAsEndEntity"), and
# trusting a leaf directly gives "UnknownIssuer": hence two certificates.
if [ ! -s "$TLS/cert.pem" ] || [ ! -s "$TLS/key.pem" ] || [ ! -s "$TLS/ca.pem" ]; then
  (
    set -e; cd "$TLS"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 \
      -subj "/CN=rsvpd mailstack throwaway test CA" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -keyout ca.key -out ca.pem
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
      -subj "/CN=localhost" -keyout key.pem -out server.csr
    printf '%s\n' "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature" \
      "extendedKeyUsage=serverAuth" "subjectAltName=DNS:localhost,DNS:mx.mailstack.test,IP:127.0.0.1" \
      "subjectKeyIdentifier=hash" "authorityKeyIdentifier=keyid" > server.ext
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -set_serial "0x$(openssl rand -hex 8)" \
      -days 3650 -extfile server.ext -out cert.pem
    rm -f server.csr server.ext
    chmod 0600 key.pem ca.key; chmod 0644 cert.pem ca.pem
  ) >"$TLS/openssl.out" 2>&1 || { cat "$TLS/openssl.out" >&2; die "openssl could not make the test certificates in $TLS"; }
fi

# ---------------------------------------------------------------- dovecot
OAUTH2_PASSDB=""
if [ -n "$OAUTH2_PORT" ]; then
  OAUTH2_PASSDB="# MAILSTACK_OAUTH2=1: tokens are checked by the tests' introspection endpoint
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $DV/oauth2.conf.ext
}"
  cat > "$DV/oauth2.conf.ext" <<EOF
# generated by scripts/mailstack/start.sh (MAILSTACK_OAUTH2=1)
introspection_mode = post
introspection_url = http://127.0.0.1:$OAUTH2_PORT/introspect
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
timeout_msecs = 5000
EOF
fi
cat > "$DV/dovecot.conf" <<EOF
# generated by scripts/mailstack/start.sh — Dovecot $(dovecot --version | cut -d' ' -f1)
# Self-contained: /etc/dovecot is never read.
instance_name = $INSTANCE
base_dir = $RUN
state_dir = $DV/state
listen = 127.0.0.1
protocols = imap lmtp
hostname = mx.mailstack.test
postmaster_address = postmaster@$FIRST_DOMAIN
log_path = $DV/dovecot.log
log_timestamp = "%Y-%m-%d %H:%M:%S "
auth_verbose = yes

default_internal_user = dovecot
default_internal_group = dovecot
default_login_user = dovenull

ssl = yes
ssl_cert = <$TLS/cert.pem
ssl_key = <$TLS/key.pem
ssl_dh = </usr/share/dovecot/dh.pem
ssl_min_protocol = TLSv1.2

# loopback test stack: plaintext LOGIN without TLS is allowed
disable_plaintext_auth = no
auth_mechanisms = plain login${OAUTH2_PORT:+ xoauth2 oauthbearer}
# a wrong password is answered after ~0.5 s instead of 2 s
auth_failure_delay = 0

mail_location = maildir:$MAILDIR_ROOT/%d/%n/Maildir
mail_home = $MAILDIR_ROOT/%d/%n
mail_uid = $MAIL_UID
mail_gid = $MAIL_GID
first_valid_uid = $MAIL_UID
last_valid_uid = $MAIL_UID
first_valid_gid = $MAIL_GID
last_valid_gid = $MAIL_GID

# plus-addressing: host+rsvp-TOKEN@party.test lands in host's INBOX
recipient_delimiter = +
lmtp_save_to_detail_mailbox = no
lda_mailbox_autocreate = yes

namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \Trash
    auto = subscribe
  }
  mailbox Junk {
    special_use = \Junk
    auto = subscribe
  }
  mailbox Archive {
    special_use = \Archive
    auto = create
  }
}

# One passwd-file per user (see start.sh). Login names cannot contain "/"
# (auth_username_chars), so %u cannot leave users.d.
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $USERS_D/%u${OAUTH2_PORT:+
  mechanisms = plain login}
}
$OAUTH2_PASSDB
userdb {
  driver = passwd-file
  args = username_format=%u $USERS_D/%u
  default_fields = uid=$MAIL_UID gid=$MAIL_GID home=$MAILDIR_ROOT/%d/%n
}

protocol imap {
  # default 10 per user and IP; every test client comes from 127.0.0.1
  mail_max_userip_connections = 200
}
# IDLE pushes come from inotify (after Dovecot's fixed 500 ms delay). All
# imap processes run as one uid and fs.inotify.max_user_instances is 128 per
# uid: beyond that, sessions fall back to polling, every second here rather
# than the default 30 s.
mailbox_idle_check_interval = 1 secs

service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $IMAPS_PORT
    ssl = yes
  }
}
service lmtp {
  unix_listener lmtp {
    mode = 0600
    user = postfix
    group = postfix
  }
}
service auth {
  # Postfix asks Dovecot to check SMTP AUTH passwords
  unix_listener auth-postfix {
    mode = 0660
    user = postfix
    group = postfix
  }
}
service anvil {
  # No per-IP auth penalty: otherwise one wrong password from 127.0.0.1
  # delays every later login from 127.0.0.1, correct ones included, by 2 to
  # 15 s (login_trusted_networks does not avoid it in 2.3). Mode 0 means the
  # socket is not created and auth skips penalties.
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service stats {
  # imap and lmtp run as $MAIL_USER and must reach stats-writer
  unix_listener stats-writer {
    mode = 0666
  }
}
EOF

# ---------------------------------------------------------------- postfix
[ -f "$PF/recipient_access" ] || : > "$PF/recipient_access"
[ -f "$PF/sender_access" ] || : > "$PF/sender_access"
[ -f "$PF/transport" ] || : > "$PF/transport"
cat > "$PF/main.cf" <<EOF
# generated by scripts/mailstack/start.sh — Postfix $(postconf -dh mail_version)
# /etc/postfix/main.cf is never read; /etc/postfix is used only as
# meta_directory (the package's postfix-files and dynamicmaps.cf).
compatibility_level = 3.6
queue_directory = $PFQ
data_directory = $DIR/postfix-data
meta_directory = /etc/postfix
mail_owner = postfix
setgid_group = postdrop

myhostname = mx.mailstack.test
mydomain = mailstack.test
myorigin = \$myhostname
mydestination =
local_recipient_maps =
alias_maps =
alias_database =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_banner = \$myhostname ESMTP mailstack
biff = no
append_dot_mydomain = no
readme_directory = no

# no syslog needed: postlogd writes this file
maillog_file = $PF/postfix.log
maillog_file_prefixes = $PF
syslog_name = postfix-mailstack

# Hosted domains go to Dovecot over LMTP. Mail to an unknown user of a hosted
# domain is accepted and then bounced by Dovecot: a real RFC 3464 report.
virtual_mailbox_domains = $DOMAINS
virtual_transport = lmtp:unix:$RUN/lmtp
smtpd_reject_unlisted_recipient = no
recipient_delimiter = +

# Test hooks, changed by ctl.sh: per-recipient SMTP answers (450, 550, ...)
# and per-recipient transports (retry: = deferred delivery).
transport_maps = hash:$PF/transport
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions = check_recipient_access hash:$PF/recipient_access
# MAIL FROM answers by pattern (ctl.sh refuse-sender), e.g. VERP senders only
smtpd_sender_restrictions = check_sender_access regexp:$PF/sender_access

# Nothing ever leaves this machine: mail for other domains bounces.
default_transport = error:5.7.1 mailstack test stack: outbound delivery disabled
relay_transport = error:5.7.1 mailstack test stack: outbound delivery disabled
smtp_dns_support_level = disabled

# Fast retries (defaults 300 s / 4000 s) and no throttling of test clients.
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 10s
maximal_queue_lifetime = 1h
bounce_queue_lifetime = 1h
in_flow_delay = 0s
smtpd_error_sleep_time = 0s
smtpd_soft_error_limit = 100
smtpd_hard_error_limit = 200
# An smtpd that starts while Dovecot is down (no SASL auth socket) exits at
# once, and master then holds the whole service back for 60 s by default.
service_throttle_time = 1s

# TLS with the leaf signed by the throwaway CA (tls/ca.pem)
smtpd_tls_chain_files = $TLS/key.pem, $TLS/cert.pem
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1
# SMTP AUTH checked by Dovecot: same users and passwords as IMAP
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = $RUN/auth-postfix
EOF
cat > "$PF/master.cf" <<EOF
# generated by scripts/mailstack/start.sh — nothing chrooted, loopback only
127.0.0.1:$SMTP_PORT inet n - n - - smtpd
127.0.0.1:$SUBMISSION_PORT inet n - n - - smtpd
  -o syslog_name=postfix-mailstack/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_auth_only=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
127.0.0.1:$SMTPS_PORT inet n - n - - smtpd
  -o syslog_name=postfix-mailstack/smtps
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF
# A Postfix program that reads a main.cf younger than about a second sleeps
# and re-reads it ("pausing to let main.cf cool down"), up to 1.5 s per
# command: backdate the files just written.
touch -d '-5 seconds' "$PF/main.cf" "$PF/master.cf"
postmap -c "$PF" "hash:$PF/recipient_access" "hash:$PF/transport" || die "postmap failed"

# ---------------------------------------------------------------- start
[ -n "$DVP" ] || start_dovecot
if [ -z "$PFP" ]; then
  # "postfix start" creates the queue directories, checks, then runs master
  postfix -c "$PF" start </dev/null >"$PF/start.out" 2>&1 || {
    cat "$PF/start.out" >&2
    tail -n 20 "$PF/postfix.log" >&2 2>/dev/null || true
    die "postfix failed to start (log: $PF/postfix.log)"
  }
fi

wait_greeting "$SMTP_PORT" 15 220 || die "SMTP on 127.0.0.1:$SMTP_PORT did not answer (log: $PF/postfix.log)"
wait_greeting "$IMAP_PORT" 15 "* OK" || die "IMAP on 127.0.0.1:$IMAP_PORT did not answer (log: $DV/dovecot.log)"
[ -S "$RUN/lmtp" ] || die "Dovecot's LMTP socket $RUN/lmtp is missing (log: $DV/dovecot.log)"
PFP=$(postfix_pid) || die "postfix master is not running (log: $PF/postfix.log)"
DVP=$(dovecot_pid) || die "dovecot master is not running (log: $DV/dovecot.log)"

cat > "$ENVF.new" <<EOF
MAILSTACK_DIR=$DIR
MAILSTACK_HOST=127.0.0.1
MAILSTACK_SMTP_PORT=$SMTP_PORT
MAILSTACK_SUBMISSION_PORT=$SUBMISSION_PORT
MAILSTACK_SMTPS_PORT=$SMTPS_PORT
MAILSTACK_IMAP_PORT=$IMAP_PORT
MAILSTACK_IMAPS_PORT=$IMAPS_PORT
MAILSTACK_OAUTH2_PORT=$OAUTH2_PORT
MAILSTACK_DOMAINS="$DOMAINS"
MAILSTACK_USERS_FILE=$DIR/users.txt
MAILSTACK_CA_CERT=$TLS/ca.pem
MAILSTACK_SERVER_CERT=$TLS/cert.pem
MAILSTACK_POSTFIX_CONFIG=$PF
MAILSTACK_DOVECOT_CONFIG=$DV/dovecot.conf
MAILSTACK_RUN_DIR=$RUN
MAILSTACK_POSTFIX_QUEUE_DIR=$PFQ
MAILSTACK_MAILDIR_ROOT=$MAILDIR_ROOT
MAILSTACK_POSTFIX_LOG=$PF/postfix.log
MAILSTACK_DOVECOT_LOG=$DV/dovecot.log
MAILSTACK_POSTFIX_PID=$PFP
MAILSTACK_DOVECOT_PID=$DVP
EOF
mv "$ENVF.new" "$ENVF"; chmod 0644 "$ENVF"
cat "$ENVF"
