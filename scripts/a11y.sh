#!/usr/bin/env bash
# scripts/a11y.sh — the accessibility check of every HTML message rsvpd sends.
#
# Runs `rsvpd demo` (a fixed example class: invitations, replies,
# confirmations, the digest, reminders, an update), a cancellation of a
# copy of it and a service that answers two hosts (a form in Spanish, a
# preview in English; scripts/a11y/service/), then opens one message per
# kind and language in headless Chromium at 375 and 1024 px, light and
# dark, runs axe-core on each and
# fails on any serious or critical violation. Screenshots (whole and, at
# 375 px, the first 667 px phone screen as *.top.png), the HTML and
# axe's findings stay under target/a11y/ for a human to look at.
#
# Installs Debian's chromium (apt) and axe-core (npm, into target/a11y/)
# when missing. Skips with a message, exit 0, only when they cannot be
# installed (no apt or npm, or no network); set RSVPD_REQUIRE_A11Y=1 to fail
# instead. Builds (a no-op after the tests) and uses target/debug/rsvpd.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$ROOT"
OUT=$ROOT/target/a11y
AXE_VERSION=4.10.3
mkdir -p "$OUT"

skip() {
  if [ "${RSVPD_REQUIRE_A11Y:-0}" = 1 ]; then
    echo "a11y.sh: $1" >&2
    exit 1
  fi
  echo "a11y.sh: SKIPPED, $1" >&2
  exit 0
}

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

apt_install() {
  command -v apt-get >/dev/null || return 1
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@"; } \
    >"$OUT/apt.log" 2>&1
}

if ! command -v chromium >/dev/null; then
  echo "a11y.sh: installing chromium (apt)"
  apt_install chromium fonts-dejavu-core || skip "chromium is not installed and apt could not install it (see $OUT/apt.log)"
fi
if ! command -v npm >/dev/null; then
  echo "a11y.sh: installing npm (apt)"
  apt_install npm || skip "npm is not installed and apt could not install it (see $OUT/apt.log)"
fi
AXE=$OUT/node_modules/axe-core/axe.min.js
if [ ! -f "$AXE" ]; then
  echo "a11y.sh: installing axe-core $AXE_VERSION (npm)"
  npm install --silent --no-audit --no-fund --prefix "$OUT" "axe-core@$AXE_VERSION" >"$OUT/npm.log" 2>&1 \
    || skip "npm could not install axe-core (see $OUT/npm.log)"
fi

RSVPD=$ROOT/target/debug/rsvpd
# The same features as the test build, so nothing is compiled twice.
cargo build --quiet --locked --tests --bin rsvpd

DEMO=$OUT/demo
CANCEL=$OUT/demo-cancel
rm -rf "$DEMO" "$CANCEL"
"$RSVPD" demo "$DEMO" >"$OUT/demo.log"
cp -a "$DEMO" "$CANCEL"
"$RSVPD" send --cancel -c "$CANCEL/rsvpd.toml" >>"$OUT/demo.log"

# The service's letters to hosts: a form and a preview, through `receive`.
SERVICE=$OUT/service
rm -rf "$SERVICE"
mkdir -p "$SERVICE"
cp "$ROOT/scripts/a11y/service/rsvpd.toml" "$SERVICE/"
for mail in "$ROOT"/scripts/a11y/service/*.eml; do
  "$RSVPD" receive -c "$SERVICE/rsvpd.toml" <"$mail" >>"$OUT/demo.log"
done
"$RSVPD" send -c "$SERVICE/rsvpd.toml" >>"$OUT/demo.log"

python3 "$ROOT/scripts/a11y/check.py" "$DEMO" "$CANCEL" "$SERVICE" "$AXE" "$OUT"
