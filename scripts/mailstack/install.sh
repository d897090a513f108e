#!/usr/bin/env bash
# scripts/mailstack/install.sh — install the packages the test mail stack
# needs (Postfix, Dovecot IMAP + LMTP, OpenSSL), only when they are missing.
#
# Idempotent: when every binary start.sh uses is present it does nothing and
# never touches apt. Otherwise (Debian/Ubuntu, as root, no terminal needed):
#   apt-get update, preseed Postfix to "No configuration", apt-get install.
#
# -q: say nothing when everything is installed already.
#
# "No configuration" keeps Postfix's postinst from writing /etc/postfix/main.cf
# (the stack never uses it). While installing, a temporary policy-rc.d stops
# the packages from starting the system-wide Postfix/Dovecot services (they
# would listen on 25/143/993); an existing policy-rc.d is left as it is.
set -euo pipefail

die() { echo "mailstack: ERROR: $*" >&2; exit 1; }

PACKAGES=(postfix dovecot-core dovecot-imapd dovecot-lmtpd openssl)

# package:binary pairs; the stack needs every one of these binaries.
REQUIRED=(
  postfix:/usr/sbin/postfix postfix:/usr/sbin/postconf postfix:/usr/sbin/postmap
  postfix:/usr/sbin/postqueue postfix:/usr/sbin/postsuper postfix:/usr/sbin/postkick
  postfix:/usr/lib/postfix/sbin/master
  dovecot-core:/usr/sbin/dovecot dovecot-core:/usr/bin/doveadm
  dovecot-imapd:/usr/lib/dovecot/imap dovecot-imapd:/usr/lib/dovecot/imap-login
  dovecot-lmtpd:/usr/lib/dovecot/lmtp
  openssl:/usr/bin/openssl
  util-linux:/usr/bin/setpriv util-linux:/usr/bin/flock
)

missing_packages() {  # prints the packages whose binaries are missing, once each
  local spec seen=" "
  for spec in "${REQUIRED[@]}"; do
    if [ ! -x "${spec#*:}" ]; then
      case "$seen" in *" ${spec%%:*} "*) ;; *) seen="$seen${spec%%:*} "; echo "${spec%%:*}";; esac
    fi
  done
}

QUIET=; [ "${1:-}" != -q ] || QUIET=1
missing=$(missing_packages)
if [ -z "$missing" ]; then
  [ -n "$QUIET" ] || echo "mailstack: packages already installed"
  exit 0
fi
echo "mailstack: missing: ${missing//$'\n'/ }"

[ "$(id -u)" = 0 ] || die "installing packages needs root: sudo $0"
command -v apt-get >/dev/null || die "no apt-get here: install ${PACKAGES[*]} with your package manager"
case " $missing " in
  *" util-linux "*) die "util-linux (setpriv, flock) is missing: install it first" ;;
esac

# Keep services from starting during the install (see the header).
POLICY=/usr/sbin/policy-rc.d
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\n# temporary, from rsvpd scripts/mailstack/install.sh\nexit 101\n' > "$POLICY"
  chmod 0755 "$POLICY"
  trap 'rm -f "$POLICY"' EXIT
fi

export DEBIAN_FRONTEND=noninteractive
APT_OPTS=(-q -o Acquire::Retries=3 -o DPkg::Lock::Timeout=300)
start=$SECONDS
apt-get "${APT_OPTS[@]}" update
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
apt-get "${APT_OPTS[@]}" install -y --no-install-recommends "${PACKAGES[@]}" </dev/null

missing=$(missing_packages)
[ -z "$missing" ] || die "still missing after apt-get install: ${missing//$'\n'/ }"
echo "mailstack: installed ${PACKAGES[*]} in $((SECONDS - start)) s"
