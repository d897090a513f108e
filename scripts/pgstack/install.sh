#!/usr/bin/env bash
# scripts/pgstack/install.sh — install the PostgreSQL server the tests use,
# only when it is missing.
#
# Idempotent: when initdb, pg_ctl and postgres are found (any version under
# /usr/lib/postgresql/*/bin) it does nothing and never touches apt.
# Otherwise (Debian/Ubuntu, as root): apt-get update, apt-get install
# postgresql, with a temporary policy-rc.d so the package's own cluster
# service is not started (it would listen on 5432). -q: quiet when installed.
set -euo pipefail

die() { echo "pgstack: ERROR: $*" >&2; exit 1; }

QUIET=; [ "${1:-}" != -q ] || QUIET=1
HERE=$(cd "$(dirname "$0")" && pwd -P)
# shellcheck source=lib.sh
. "$HERE/lib.sh"
if PG_BIN=$(find_bindir); then
  [ -n "$QUIET" ] || echo "pgstack: PostgreSQL found in $PG_BIN"
  exit 0
fi
echo "pgstack: PostgreSQL server not found; installing it"
[ "$(id -u)" = 0 ] || die "installing packages needs root: sudo $0"
command -v apt-get >/dev/null || die "no apt-get here: install the PostgreSQL server (initdb, pg_ctl) with your package manager"

POLICY=/usr/sbin/policy-rc.d
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\n# temporary, from rsvpd scripts/pgstack/install.sh\nexit 101\n' > "$POLICY"
  chmod 0755 "$POLICY"
  trap 'rm -f "$POLICY"' EXIT
fi
export DEBIAN_FRONTEND=noninteractive
APT_OPTS=(-q -o Acquire::Retries=3 -o DPkg::Lock::Timeout=300)
start=$SECONDS
apt-get "${APT_OPTS[@]}" update
apt-get "${APT_OPTS[@]}" install -y --no-install-recommends postgresql </dev/null
PG_BIN=$(find_bindir) || die "still no initdb after apt-get install postgresql"
echo "pgstack: installed PostgreSQL ($PG_BIN) in $((SECONDS - start)) s"
