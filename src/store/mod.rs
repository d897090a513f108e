//! The store: schema, migrations and every query, behind one interface.
//!
//! I/O. Queries go through [`db::Db`], written once in a dialect every
//! backend runs. Each state change that matters is one transaction, so a crash at any
//! point neither repeats nor loses work; [`Store::atomically`] makes several
//! of them one (each method's own transaction becomes a savepoint inside it).
//! Callers pass the time in; the store never reads the clock. Synchronous:
//! each daemon task owns a connection and calls it inline.

mod announce;
pub(crate) mod db;
mod digest;
mod inbound;
mod lease;
mod outbox;
mod postgres;
mod roster;
mod schema;
mod service;
mod status;

use std::path::{Path, PathBuf};

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::Connection;

use db::Db;

pub use announce::{Announced, SentInvitation};
pub use digest::{DigestData, LOW_CONFIDENCE};
pub use inbound::{
    InboundKind, InboundRecord, InvitationRef, NewResponse, QuestionChange, RETRY_LIFETIME,
    Recorded, Source,
};
pub use outbox::{NewMessage, OutboxCounts, OutboxItem, OutboxKind, PendingFamily};
pub use roster::SyncReport;
pub use service::{LogEntry, PartyRecord, PartyState, PreviewRecord};
pub use status::{Counts, EventStatus, FamilyStatus, InvitationState};

/// Failures of the store. None of them is worth retrying blindly.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("opening the database {path}: {source}")]
    Open {
        path: String,
        source: rusqlite::Error,
    },
    #[error(
        "the database is at schema version {found}, newer than this rsvpd knows ({known}); upgrade rsvpd"
    )]
    TooNew { found: u32, known: u32 },
    #[error("migrating the database to version {version}: {source}")]
    Migrate {
        version: u32,
        source: Box<StoreError>,
    },
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("database: {}", describe_postgres(.0))]
    Postgres(#[from] tokio_postgres::Error),
    #[error("connecting to the database: {0}")]
    Connect(String),
    #[error("database: column {index} holds {found}, expected {expected}")]
    Column {
        index: usize,
        expected: &'static str,
        found: &'static str,
    },
    #[error("database: a query that always returns a row returned none")]
    NoRow,
    #[error("creating {path}: {source}")]
    Dir {
        path: String,
        source: std::io::Error,
    },
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// PostgreSQL's error with the server's own message and detail, or what
/// broke the connection.
fn describe_postgres(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => match db.detail() {
            Some(detail) => format!("{}: {} ({detail})", db.severity(), db.message()),
            None => format!("{}: {}", db.severity(), db.message()),
        },
        None => {
            let mut text = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                text.push_str(": ");
                text.push_str(&s.to_string());
                source = s.source();
            }
            text
        }
    }
}

impl StoreError {
    /// The database could not be reached or is busy: the same work is
    /// worth trying again later (a mail transfer agent's temporary failure).
    pub fn is_unavailable(&self) -> bool {
        match self {
            StoreError::Open { .. } | StoreError::Connect(_) | StoreError::Dir { .. } => true,
            StoreError::Sql(e) => matches!(
                e.sqlite_error_code(),
                Some(
                    rusqlite::ErrorCode::DatabaseBusy
                        | rusqlite::ErrorCode::DatabaseLocked
                        | rusqlite::ErrorCode::CannotOpen
                        | rusqlite::ErrorCode::DiskFull
                        | rusqlite::ErrorCode::SystemIoFailure
                )
            ),
            StoreError::Postgres(e) => match e.code() {
                // No SQLSTATE: the connection itself failed.
                None => true,
                Some(code) => {
                    let code = code.code();
                    // 08: connection exception, 40: rollback (serialisation,
                    // deadlock), 53: insufficient resources, 57P: operator
                    // intervention (shutdown, restart in progress).
                    code.starts_with("08")
                        || code.starts_with("40")
                        || code.starts_with("53")
                        || code.starts_with("57P")
                }
            },
            StoreError::Migrate { source, .. } => source.is_unavailable(),
            _ => false,
        }
    }
}

/// Where the store lives.
#[derive(Debug, Clone)]
pub enum Location {
    /// An SQLite file (the embedded default).
    Sqlite(PathBuf),
    /// A PostgreSQL database, shared by several workers.
    Postgres(PostgresLocation),
}

/// How to reach a PostgreSQL database.
#[derive(Debug, Clone)]
pub struct PostgresLocation {
    /// `postgres://user@host:port/database?sslmode=…` (no password in it).
    pub url: String,
    /// Where the password comes from, read at every connection.
    pub credential: Option<crate::config::Credential>,
    /// An extra CA to trust for the server's certificate.
    pub ca_file: Option<PathBuf>,
}

impl Location {
    /// Where the configuration says the store is: `[store] url`, else the
    /// SQLite file in the state folder.
    pub fn of(config: &crate::config::Config) -> Location {
        match &config.store {
            Some(store) => Location::Postgres(PostgresLocation {
                url: store.url.clone(),
                credential: store.credential.clone(),
                ca_file: store.ca_file.clone(),
            }),
            None => Location::Sqlite(config.database_path()),
        }
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Sqlite(path) => write!(f, "{}", path.display()),
            Location::Postgres(pg) => f.write_str(&pg.url),
        }
    }
}

/// An open database.
pub struct Store {
    db: Db,
}

/// The schema version this build migrates to.
pub fn latest_version() -> u32 {
    schema::SQLITE.len() as u32
}

/// Timestamps are stored as RFC 3339 UTC text (sortable).
pub(crate) fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

impl Store {
    /// Open the store at `location` and migrate it to the latest schema.
    pub fn connect(location: &Location) -> Result<Store> {
        match location {
            Location::Sqlite(path) => Store::open(path),
            Location::Postgres(pg) => {
                let store = Store {
                    db: Db::postgres(pg)?,
                };
                store.db.migrate_to(latest_version())?;
                Ok(store)
            }
        }
    }

    /// Open (creating it and its folder if needed) and migrate to the latest schema.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Dir {
                path: dir.display().to_string(),
                source,
            })?;
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        Store::init(conn, latest_version())
    }

    /// A private in-memory database (tests, previews).
    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?, latest_version())
    }

    fn init(conn: Connection, target: u32) -> Result<Store> {
        let store = Store {
            db: Db::sqlite(conn)?,
        };
        store.db.migrate_to(target)?;
        Ok(store)
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32> {
        self.db.schema_version()
    }

    /// Run `f` as one transaction: everything it records commits together,
    /// or nothing does (an error or a panic in `f` rolls it all back). The
    /// write lock is taken at the start, so it never waits half-way.
    pub fn atomically<T, E: From<StoreError>>(
        &mut self,
        f: impl FnOnce(&mut Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.db.begin().map_err(E::from)?;
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self)));
        match outcome {
            Ok(Ok(value)) => {
                self.db.commit().map_err(E::from)?;
                Ok(value)
            }
            Ok(Err(e)) => {
                self.db.rollback();
                Err(e)
            }
            Err(panic) => {
                self.db.rollback();
                std::panic::resume_unwind(panic)
            }
        }
    }

    #[cfg(test)]
    pub(crate) fn open_at_version(path: &Path, version: u32) -> Result<Store> {
        Store::init(Connection::open(path)?, version)
    }

    #[cfg(test)]
    pub(crate) fn db(&self) -> &Db {
        &self.db
    }
}

#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;
