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
mod outbox;
mod roster;
mod schema;
mod service;
mod status;

use std::path::Path;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::Connection;

use db::Db;

pub use announce::{Announced, SentInvitation};
pub use digest::{DigestData, LOW_CONFIDENCE};
pub use inbound::{InboundKind, InboundRecord, InvitationRef, NewResponse, Recorded, Source};
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
        let mut store = Store {
            db: Db::sqlite(conn)?,
        };
        store.migrate_to(target)?;
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

    /// Apply migrations up to `target`, each in its own transaction.
    fn migrate_to(&mut self, target: u32) -> Result<()> {
        let found = self.schema_version()?;
        if found > latest_version() {
            return Err(StoreError::TooNew {
                found,
                known: latest_version(),
            });
        }
        for version in found + 1..=target {
            self.db.migrate(version)?;
        }
        Ok(())
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
mod tests;
