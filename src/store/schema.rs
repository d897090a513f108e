//! Versioned migrations. Version N is `MIGRATIONS[N - 1]`; the database's
//! `user_version` says how many have run. Migrations are append-only: never
//! edit one that has shipped, add the next.

pub const SQLITE: &[&str] = &[
    // 1: the whole loop: who is invited, what went out, what came in, what they said.
    r#"
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    announced   TEXT,                     -- JSON: the event as families last heard of it
    sequence    INTEGER NOT NULL DEFAULT 0,  -- calendar SEQUENCE of the last announcement
    cancelled_at TEXT,
    reminders_paused INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);
CREATE TABLE families (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events(id),
    key         TEXT NOT NULL,
    children    TEXT NOT NULL,            -- JSON array of names
    language    TEXT,
    position    INTEGER NOT NULL,         -- order in the roster
    active      INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    UNIQUE (event_id, key)
);
CREATE TABLE contacts (
    id                  INTEGER PRIMARY KEY,
    family_id           INTEGER NOT NULL REFERENCES families(id),
    name                TEXT NOT NULL,
    email               TEXT NOT NULL,    -- lowercased for matching
    active              INTEGER NOT NULL DEFAULT 1,
    unreachable_reason  TEXT,
    UNIQUE (family_id, email)
);
CREATE INDEX contacts_by_email ON contacts (email);
CREATE TABLE invitations (
    id          INTEGER PRIMARY KEY,
    family_id   INTEGER NOT NULL UNIQUE REFERENCES families(id),
    token       TEXT NOT NULL UNIQUE,
    message_id  TEXT NOT NULL UNIQUE,
    state       TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed', 'bounced')),
    sequence    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    created_at  TEXT NOT NULL,
    sent_at     TEXT
);
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL,       -- invitation, update, cancel, reminder, confirmation, digest
    invitation_id    INTEGER REFERENCES invitations(id),
    message_id       TEXT NOT NULL,
    envelope_from    TEXT NOT NULL,
    recipient        TEXT NOT NULL,       -- one SMTP transaction per recipient: one bad address fails alone
    raw              BLOB NOT NULL,
    text             TEXT,                -- the plain-text part: quoted back in replies
    state            TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    last_error       TEXT,
    created_at       TEXT NOT NULL,
    sent_at          TEXT,
    UNIQUE (message_id, recipient)
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE TABLE inbound_messages (
    id             INTEGER PRIMARY KEY,
    mailbox        TEXT NOT NULL,
    uid_validity   INTEGER,
    uid            INTEGER,
    message_id     TEXT,                  -- NULL when the message has none
    sender         TEXT,
    kind           TEXT NOT NULL,         -- reply, calendar_reply, auto_reply, bounce, host_command, unrelated, unreadable
    invitation_id  INTEGER REFERENCES invitations(id),
    matched_by     TEXT,                  -- token, thread, sender
    received_at    TEXT,
    recorded_at    TEXT NOT NULL,
    detail         TEXT
);
CREATE UNIQUE INDEX inbound_once ON inbound_messages (message_id) WHERE message_id IS NOT NULL;
CREATE TABLE responses (
    id             INTEGER PRIMARY KEY,
    invitation_id  INTEGER NOT NULL REFERENCES invitations(id),
    inbound_id     INTEGER REFERENCES inbound_messages(id),
    source         TEXT NOT NULL CHECK (source IN ('reply', 'host', 'suspect')),  -- suspect: never the current answer
    author         TEXT,
    answer         TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'maybe', 'unclear')),
    guests         INTEGER,
    note           TEXT,
    quote          TEXT,                  -- the reply's fresh text, shortened, for the digest
    children       TEXT,                  -- JSON: per-child answers when the reply named them
    confidence     REAL NOT NULL,
    evidence       TEXT NOT NULL,         -- JSON array
    answered_at    TEXT NOT NULL,         -- the message's date: the latest answer wins
    recorded_at    TEXT NOT NULL
);
CREATE INDEX responses_by_invitation ON responses (invitation_id, answered_at);
CREATE TABLE digests (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events(id),
    local_date  TEXT NOT NULL,
    snapshot    TEXT NOT NULL,            -- JSON: what it reported
    token       TEXT UNIQUE,              -- the host's commands in reply to it carry this
    message_id  TEXT,                     -- NULL when the date was skipped (nothing changed)
    created_at  TEXT NOT NULL,
    UNIQUE (event_id, local_date)
);
CREATE TABLE reminders (
    id             INTEGER PRIMARY KEY,
    invitation_id  INTEGER NOT NULL REFERENCES invitations(id),
    ordinal        INTEGER NOT NULL,
    message_id     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    UNIQUE (invitation_id, ordinal)
);
CREATE TABLE imap_checkpoints (
    mailbox       TEXT PRIMARY KEY,
    uid_validity  INTEGER NOT NULL,
    last_uid      INTEGER NOT NULL,
    updated_at    TEXT NOT NULL
);
"#,
    // 2: roster history: when a family left the roster, and each import's effect.
    r#"
ALTER TABLE families ADD COLUMN removed_at TEXT;
CREATE TABLE roster_imports (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL REFERENCES events(id),
    imported_at  TEXT NOT NULL,
    added        INTEGER NOT NULL,
    changed      INTEGER NOT NULL,
    removed      INTEGER NOT NULL
);
"#,
    // 3: several workers on one database: outbox claims that expire, and
    // named leases (one inbox watcher per mailbox).
    r#"
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_until TEXT;
CREATE TABLE leases (
    name        TEXT PRIMARY KEY,
    holder      TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
"#,
    // 4: service mode: hosts, their parties (a draft until the OK), each
    // preview's OK code, parents who asked to hear no more, every sending
    // command, and the notices sent to strangers.
    r#"
CREATE TABLE service_hosts (
    id          INTEGER PRIMARY KEY,
    email       TEXT NOT NULL UNIQUE,     -- lowercased
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE TABLE service_parties (
    id               INTEGER PRIMARY KEY,
    host_id          INTEGER NOT NULL REFERENCES service_hosts(id),
    token            TEXT NOT NULL UNIQUE,   -- in the reply address of the service's mail about it
    state            TEXT NOT NULL CHECK (state IN ('draft', 'sent', 'cancelled')),
    draft            TEXT NOT NULL,          -- JSON: what the host has told so far
    party            TEXT,                   -- JSON: the party as sent
    event_id         INTEGER UNIQUE REFERENCES events(id),
    digests_stopped  INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    sent_at          TEXT
);
CREATE TABLE service_previews (
    id          INTEGER PRIMARY KEY,
    party_id    INTEGER NOT NULL REFERENCES service_parties(id),
    code        TEXT NOT NULL UNIQUE,
    party       TEXT NOT NULL,            -- JSON: exactly what an OK sends
    families    TEXT NOT NULL,            -- JSON
    expires_at  TEXT NOT NULL,
    superseded  INTEGER NOT NULL DEFAULT 0,
    used_at     TEXT,
    created_at  TEXT NOT NULL
);
CREATE TABLE service_opt_outs (
    email       TEXT PRIMARY KEY,         -- lowercased
    created_at  TEXT NOT NULL
);
CREATE TABLE service_log (
    id          INTEGER PRIMARY KEY,
    host_email  TEXT NOT NULL,
    party_id    INTEGER REFERENCES service_parties(id),
    command     TEXT NOT NULL,            -- ok, add, change_time, change_place, cancel, refused
    messages    INTEGER NOT NULL DEFAULT 0,  -- messages to families it queued
    detail      TEXT,
    at          TEXT NOT NULL
);
CREATE INDEX service_log_by_host ON service_log (host_email, at);
CREATE TABLE service_notices (
    id     INTEGER PRIMARY KEY,
    email  TEXT NOT NULL,
    kind   TEXT NOT NULL,                 -- stranger, limit
    at     TEXT NOT NULL
);
CREATE INDEX service_notices_by_email ON service_notices (email, at);
"#,
    // 5: delivery delays: since when a contact's mail has been delayed, and
    // the server's words.
    r#"
ALTER TABLE contacts ADD COLUMN delayed_since TEXT;
ALTER TABLE contacts ADD COLUMN delay_reason TEXT;
"#,
    // 6: the one question a confirmation asked a parent about an unclear
    // reply, until the family's next reply settles it (settled_by) or
    // leaves it to the host (closed, settled_by NULL).
    r#"
CREATE TABLE parent_questions (
    id             INTEGER PRIMARY KEY,
    invitation_id  INTEGER NOT NULL REFERENCES invitations(id),
    inbound_id     INTEGER NOT NULL REFERENCES inbound_messages(id),  -- the reply asked about
    question       TEXT NOT NULL,            -- coming, how_many, which
    children       TEXT NOT NULL,            -- JSON array of the names asked about
    asked_at       TEXT NOT NULL,
    closed_at      TEXT,
    settled_by     INTEGER REFERENCES inbound_messages(id)
);
CREATE UNIQUE INDEX parent_questions_open ON parent_questions (invitation_id) WHERE closed_at IS NULL;
"#,
    // 7: a reply's invitation finds the texts sent to its family without
    // reading every queued message (raw mail included).
    r#"
CREATE INDEX outbox_by_invitation ON outbox (invitation_id);
"#,
];

/// The same versions for PostgreSQL: version N makes the same change as
/// `SQLITE[N - 1]`, in PostgreSQL's types (BIGINT identity ids, BYTEA,
/// DOUBLE PRECISION). Text timestamps and 0/1 integer flags as in SQLite,
/// so every query runs unchanged on both.
pub const POSTGRES: &[&str] = &[
    // 1: the whole loop: who is invited, what went out, what came in, what they said.
    r#"
CREATE TABLE events (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    announced   TEXT,
    sequence    BIGINT NOT NULL DEFAULT 0,
    cancelled_at TEXT,
    reminders_paused BIGINT NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);
CREATE TABLE families (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    event_id    BIGINT NOT NULL REFERENCES events(id),
    key         TEXT NOT NULL,
    children    TEXT NOT NULL,
    language    TEXT,
    position    BIGINT NOT NULL,
    active      BIGINT NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    UNIQUE (event_id, key)
);
CREATE TABLE contacts (
    id                  BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    family_id           BIGINT NOT NULL REFERENCES families(id),
    name                TEXT NOT NULL,
    email               TEXT NOT NULL,
    active              BIGINT NOT NULL DEFAULT 1,
    unreachable_reason  TEXT,
    UNIQUE (family_id, email)
);
CREATE INDEX contacts_by_email ON contacts (email);
CREATE TABLE invitations (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    family_id   BIGINT NOT NULL UNIQUE REFERENCES families(id),
    token       TEXT NOT NULL UNIQUE,
    message_id  TEXT NOT NULL UNIQUE,
    state       TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed', 'bounced')),
    sequence    BIGINT NOT NULL DEFAULT 0,
    last_error  TEXT,
    created_at  TEXT NOT NULL,
    sent_at     TEXT
);
CREATE TABLE outbox (
    id               BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    kind             TEXT NOT NULL,
    invitation_id    BIGINT REFERENCES invitations(id),
    message_id       TEXT NOT NULL,
    envelope_from    TEXT NOT NULL,
    recipient        TEXT NOT NULL,
    raw              BYTEA NOT NULL,
    text             TEXT,
    state            TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed')),
    attempts         BIGINT NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    last_error       TEXT,
    created_at       TEXT NOT NULL,
    sent_at          TEXT,
    UNIQUE (message_id, recipient)
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE TABLE inbound_messages (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    mailbox        TEXT NOT NULL,
    uid_validity   BIGINT,
    uid            BIGINT,
    message_id     TEXT,
    sender         TEXT,
    kind           TEXT NOT NULL,
    invitation_id  BIGINT REFERENCES invitations(id),
    matched_by     TEXT,
    received_at    TEXT,
    recorded_at    TEXT NOT NULL,
    detail         TEXT
);
CREATE UNIQUE INDEX inbound_once ON inbound_messages (message_id) WHERE message_id IS NOT NULL;
CREATE TABLE responses (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    invitation_id  BIGINT NOT NULL REFERENCES invitations(id),
    inbound_id     BIGINT REFERENCES inbound_messages(id),
    source         TEXT NOT NULL CHECK (source IN ('reply', 'host', 'suspect')),
    author         TEXT,
    answer         TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'maybe', 'unclear')),
    guests         BIGINT,
    note           TEXT,
    quote          TEXT,
    children       TEXT,
    confidence     DOUBLE PRECISION NOT NULL,
    evidence       TEXT NOT NULL,
    answered_at    TEXT NOT NULL,
    recorded_at    TEXT NOT NULL
);
CREATE INDEX responses_by_invitation ON responses (invitation_id, answered_at);
CREATE TABLE digests (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    event_id    BIGINT NOT NULL REFERENCES events(id),
    local_date  TEXT NOT NULL,
    snapshot    TEXT NOT NULL,
    token       TEXT UNIQUE,
    message_id  TEXT,
    created_at  TEXT NOT NULL,
    UNIQUE (event_id, local_date)
);
CREATE TABLE reminders (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    invitation_id  BIGINT NOT NULL REFERENCES invitations(id),
    ordinal        BIGINT NOT NULL,
    message_id     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    UNIQUE (invitation_id, ordinal)
);
CREATE TABLE imap_checkpoints (
    mailbox       TEXT PRIMARY KEY,
    uid_validity  BIGINT NOT NULL,
    last_uid      BIGINT NOT NULL,
    updated_at    TEXT NOT NULL
);
"#,
    // 2: roster history: when a family left the roster, and each import's effect.
    r#"
ALTER TABLE families ADD COLUMN removed_at TEXT;
CREATE TABLE roster_imports (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    event_id     BIGINT NOT NULL REFERENCES events(id),
    imported_at  TEXT NOT NULL,
    added        BIGINT NOT NULL,
    changed      BIGINT NOT NULL,
    removed      BIGINT NOT NULL
);
"#,
    // 3: several workers on one database: outbox claims that expire, and
    // named leases (one inbox watcher per mailbox).
    r#"
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_until TEXT;
CREATE TABLE leases (
    name        TEXT PRIMARY KEY,
    holder      TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
"#,
    // 4: service mode: hosts, their parties (a draft until the OK), each
    // preview's OK code, parents who asked to hear no more, every sending
    // command, and the notices sent to strangers.
    r#"
CREATE TABLE service_hosts (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    email       TEXT NOT NULL UNIQUE,     -- lowercased
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE TABLE service_parties (
    id               BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    host_id          BIGINT NOT NULL REFERENCES service_hosts(id),
    token            TEXT NOT NULL UNIQUE,   -- in the reply address of the service's mail about it
    state            TEXT NOT NULL CHECK (state IN ('draft', 'sent', 'cancelled')),
    draft            TEXT NOT NULL,          -- JSON: what the host has told so far
    party            TEXT,                   -- JSON: the party as sent
    event_id         BIGINT UNIQUE REFERENCES events(id),
    digests_stopped  BIGINT NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    sent_at          TEXT
);
CREATE TABLE service_previews (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    party_id    BIGINT NOT NULL REFERENCES service_parties(id),
    code        TEXT NOT NULL UNIQUE,
    party       TEXT NOT NULL,            -- JSON: exactly what an OK sends
    families    TEXT NOT NULL,            -- JSON
    expires_at  TEXT NOT NULL,
    superseded  BIGINT NOT NULL DEFAULT 0,
    used_at     TEXT,
    created_at  TEXT NOT NULL
);
CREATE TABLE service_opt_outs (
    email       TEXT PRIMARY KEY,         -- lowercased
    created_at  TEXT NOT NULL
);
CREATE TABLE service_log (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    host_email  TEXT NOT NULL,
    party_id    BIGINT REFERENCES service_parties(id),
    command     TEXT NOT NULL,            -- ok, add, change_time, change_place, cancel, refused
    messages    BIGINT NOT NULL DEFAULT 0,  -- messages to families it queued
    detail      TEXT,
    at          TEXT NOT NULL
);
CREATE INDEX service_log_by_host ON service_log (host_email, at);
CREATE TABLE service_notices (
    id     BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    email  TEXT NOT NULL,
    kind   TEXT NOT NULL,                 -- stranger, limit
    at     TEXT NOT NULL
);
CREATE INDEX service_notices_by_email ON service_notices (email, at);
"#,
    // 5: delivery delays: since when a contact's mail has been delayed, and
    // the server's words.
    r#"
ALTER TABLE contacts ADD COLUMN delayed_since TEXT;
ALTER TABLE contacts ADD COLUMN delay_reason TEXT;
"#,
    // 6: the one question a confirmation asked a parent about an unclear
    // reply, until the family's next reply settles it (settled_by) or
    // leaves it to the host (closed, settled_by NULL).
    r#"
CREATE TABLE parent_questions (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    invitation_id  BIGINT NOT NULL REFERENCES invitations(id),
    inbound_id     BIGINT NOT NULL REFERENCES inbound_messages(id),  -- the reply asked about
    question       TEXT NOT NULL,            -- coming, how_many, which
    children       TEXT NOT NULL,            -- JSON array of the names asked about
    asked_at       TEXT NOT NULL,
    closed_at      TEXT,
    settled_by     BIGINT REFERENCES inbound_messages(id)
);
CREATE UNIQUE INDEX parent_questions_open ON parent_questions (invitation_id) WHERE closed_at IS NULL;
"#,
    // 7: a reply's invitation finds the texts sent to its family without
    // reading every queued message (raw mail included).
    r#"
CREATE INDEX outbox_by_invitation ON outbox (invitation_id);
"#,
];
