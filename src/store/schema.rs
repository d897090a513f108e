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
    // 3: delivery delays: since when a contact's mail has been delayed, and the server's words.
    r#"
ALTER TABLE contacts ADD COLUMN delayed_since TEXT;
ALTER TABLE contacts ADD COLUMN delay_reason TEXT;
"#,
];
