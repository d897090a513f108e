#!/usr/bin/env bash
# scripts/test.sh [TEST-FILTER...] — the whole test suite, exactly as CI runs it.
#
#   1. installs Postfix + Dovecot if missing (scripts/mailstack/install.sh, apt)
#   2. cargo fmt --check, cargo clippy --all-targets -D warnings
#   3. starts a throwaway mail stack on 127.0.0.1 in a fresh /tmp directory,
#      on free ports (set MAILSTACK_AUTO_PORTS=0 for the fixed defaults)
#   4. runs the tests against it (cargo nextest if installed, else cargo
#      test; debug profile) with RSVPD_MAILSTACK pointing at the stack and
#      RSVPD_REQUIRE_MAILSTACK=1, so no mail test can pass by skipping
#   5. starts a throwaway PostgreSQL (scripts/pgstack, installed with apt
#      when missing) and points RSVPD_PGSTACK at it with
#      RSVPD_REQUIRE_PGSTACK=1, so the store's tests run on both backends;
#      when PostgreSQL cannot be installed here they are skipped, loudly
#   6. runs the behaviour tests (invitations, replies, digest, reminders,
#      host commands, service mode) a second time on PostgreSQL
#      (RSVPD_TEST_STORE=postgres: each test gets a database of its own)
#   7. the accessibility check of every HTML message (scripts/a11y.sh:
#      headless Chromium and axe-core, installed when missing; screenshots
#      under target/a11y/screenshots/), only when no test filter is given
#   8. stops and deletes both stacks, also on failure or Ctrl-C
#
# Arguments are passed to the test runner (e.g. a test name filter).
# Needs root for the mail stack (Postfix and Dovecot drop privileges
# themselves); as another user it uses sudo. Exits non-zero on any failure.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$ROOT"
MAILSTACK=$ROOT/scripts/mailstack
if [ -d "$HOME/.cargo/bin" ]; then PATH=$HOME/.cargo/bin:$PATH; fi
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-auto}

STARTED=$SECONDS
TIMINGS=""
STACK_DIR=""
PG_DIR=""
SUDO=""
AS_ROOT=()   # prefix for the mail stack's scripts
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || {
    echo "test.sh: the mail stack needs root (Postfix, Dovecot): run as root, or install sudo" >&2
    exit 1
  }
  SUDO=sudo
  AS_ROOT=(sudo --preserve-env=MAILSTACK_AUTO_PORTS,MAILSTACK_SMTP_PORT,MAILSTACK_SUBMISSION_PORT,MAILSTACK_SMTPS_PORT,MAILSTACK_IMAP_PORT,MAILSTACK_IMAPS_PORT,MAILSTACK_OAUTH2,MAILSTACK_OAUTH2_PORT)
fi

# Runs "$@" as phase $1 with a time limit of $2 minutes; records its duration.
# The command runs in the background and is waited for, so that Ctrl-C or a
# TERM from CI reaches the traps below at once instead of after the phase.
CHILD=""
phase() {
  local name=$1 minutes=$2 t0=$SECONDS rc=0
  shift 2
  printf '\n==> %s\n' "$name"
  timeout --kill-after=30 "${minutes}m" "$@" &
  CHILD=$!
  wait "$CHILD" || rc=$?
  CHILD=""
  if [ $rc != 0 ]; then
    [ $rc != 124 ] || echo "test.sh: $name took longer than $minutes minutes" >&2
    return $rc
  fi
  TIMINGS="$TIMINGS, $name $((SECONDS - t0)) s"
}

# On Ctrl-C or TERM: stop the running phase (timeout passes the signal on to
# its command), then exit, which stops the mail stack.
interrupted() {
  echo "test.sh: interrupted" >&2
  if [ -n "$CHILD" ]; then
    kill -TERM "$CHILD" 2>/dev/null || true
    wait "$CHILD" 2>/dev/null || true
  fi
  exit "$1"
}

finish() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$STACK_DIR" ]; then
    if [ $rc != 0 ] && [ -d "$STACK_DIR" ]; then
      # what the servers said, for a failed run in CI
      for log in postfix/postfix.log dovecot/dovecot.log; do
        if [ -f "$STACK_DIR/$log" ]; then
          printf '\n--- last lines of %s\n' "$log" >&2
          $SUDO tail -n 25 "$STACK_DIR/$log" >&2 || true
        fi
      done
    fi
    "${AS_ROOT[@]}" "$MAILSTACK/stop.sh" "$STACK_DIR" --fast --purge >/dev/null || true
  fi
  if [ -n "$PG_DIR" ]; then
    "${AS_ROOT[@]}" "$ROOT/scripts/pgstack/stop.sh" "$PG_DIR" --purge 2>/dev/null || true
    rmdir "$PG_DIR" 2>/dev/null || true   # left empty when the server never started
  fi
  if [ $rc = 0 ]; then
    echo "test.sh: all checks passed in $((SECONDS - STARTED)) s (${TIMINGS#, })"
  else
    echo "test.sh: FAILED (exit $rc) after $((SECONDS - STARTED)) s (${TIMINGS#, })" >&2
  fi
  exit $rc
}
trap finish EXIT
trap 'interrupted 130' INT
trap 'interrupted 143' TERM

phase "mail stack packages" 10 "${AS_ROOT[@]}" "$MAILSTACK/install.sh"
phase "cargo fmt --check" 2 cargo fmt --all -- --check
phase "cargo clippy" 15 cargo clippy --locked --all-targets -- -D warnings

# The stack directory must be reachable by the service users: /tmp itself,
# not $TMPDIR (which may be private).
STACK_DIR=$(mktemp -d /tmp/rsvpd-mail-XXXXXX)
export MAILSTACK_AUTO_PORTS=${MAILSTACK_AUTO_PORTS:-1}
# XOAUTH2 checked by Dovecot against a token endpoint the tests run
export MAILSTACK_OAUTH2=${MAILSTACK_OAUTH2:-1}
phase "mail stack start" 2 "${AS_ROOT[@]}" "$MAILSTACK/start.sh" "$STACK_DIR"
export RSVPD_MAILSTACK=$STACK_DIR/mailstack.env
export RSVPD_REQUIRE_MAILSTACK=1
export RSVPD_MAILSTACK_SUDO=$SUDO

# PostgreSQL: the store's tests and the workers' tests run on it too. Only
# a machine where it cannot be installed skips them, and says so.
PG_DIR=$(mktemp -d /tmp/rsvpd-pg-XXXXXX)
if "${AS_ROOT[@]}" "$ROOT/scripts/pgstack/install.sh" -q && \
   phase "postgres start" 3 "${AS_ROOT[@]}" bash -c '"$0" "$1" >/dev/null' "$ROOT/scripts/pgstack/start.sh" "$PG_DIR"; then
  export RSVPD_PGSTACK=$PG_DIR/pgstack.env
  export RSVPD_REQUIRE_PGSTACK=1
else
  echo "test.sh: SKIPPING the PostgreSQL tests: PostgreSQL could not be installed or started here" >&2
  TIMINGS="$TIMINGS, PostgreSQL SKIPPED"
fi

if cargo nextest --version >/dev/null 2>&1; then
  phase "cargo nextest run" 15 cargo nextest run --locked --no-fail-fast "$@"
  if [ $# = 0 ] && [ -n "${RSVPD_PGSTACK:-}" ]; then
    # The behaviour again on PostgreSQL: invitations, replies, digest and
    # reminders, host commands, service mode (each test its own database).
    phase "behaviour on PostgreSQL" 10 env RSVPD_TEST_STORE=postgres \
      cargo nextest run --locked --no-fail-fast \
      -E "binary(it) & test(/^(daemon_local|host_local|send_local|service_local)::/)"
  fi
  if [ $# = 0 ]; then
    # nextest does not run doctests
    phase "cargo test --doc" 10 cargo test --locked --doc
  fi
else
  phase "cargo test" 20 cargo test --locked --no-fail-fast "$@"
  if [ $# = 0 ] && [ -n "${RSVPD_PGSTACK:-}" ]; then
    phase "behaviour on PostgreSQL" 10 env RSVPD_TEST_STORE=postgres \
      cargo test --locked --no-fail-fast --test it -- \
      daemon_local:: host_local:: send_local:: service_local::
  fi
fi

if [ $# = 0 ]; then
  phase "accessibility (axe-core)" 20 bash "$ROOT/scripts/a11y.sh"
fi
