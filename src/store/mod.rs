//! The SQLite store: schema, migrations and every query.
//!
//! I/O. Each state change that matters is one transaction, so a crash at any
//! point neither repeats nor loses work; [`Store::atomically`] makes several
//! of them one (each method's own transaction becomes a savepoint inside it).
//! Callers pass the time in; the store never reads the clock. Synchronous:
//! each daemon task owns a connection and calls it inline.

mod announce;
mod digest;
mod inbound;
mod outbox;
mod roster;
mod schema;
mod status;

use std::path::Path;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::Connection;

pub use announce::{Announced, SentInvitation};
pub use digest::{DigestData, LOW_CONFIDENCE};
pub use inbound::{InboundKind, InboundRecord, InvitationRef, NewResponse, Recorded, Source};
pub use outbox::{NewMessage, OutboxCounts, OutboxItem, OutboxKind, PendingFamily};
pub use roster::SyncReport;
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
        source: rusqlite::Error,
    },
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("creating {path}: {source}")]
    Dir {
        path: String,
        source: std::io::Error,
    },
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// An open database.
pub struct Store {
    conn: Connection,
}

/// The schema version this build migrates to.
pub fn latest_version() -> u32 {
    schema::MIGRATIONS.len() as u32
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
        // WAL: readers (status) never block the daemon's writes.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let mut store = Store { conn };
        store.migrate_to(target)?;
        Ok(store)
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Run `f` as one transaction: everything it records commits together,
    /// or nothing does (an error or a panic in `f` rolls it all back). The
    /// write lock is taken at the start, so it never waits half-way.
    pub fn atomically<T, E: From<StoreError>>(
        &mut self,
        f: impl FnOnce(&mut Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| E::from(StoreError::Sql(e)))?;
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self)));
        match outcome {
            Ok(Ok(value)) => {
                if let Err(e) = self.conn.execute_batch("COMMIT") {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    return Err(E::from(StoreError::Sql(e)));
                }
                Ok(value)
            }
            Ok(Err(e)) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
            Err(panic) => {
                let _ = self.conn.execute_batch("ROLLBACK");
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
            let sql = schema::MIGRATIONS[version as usize - 1];
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)
                .and_then(|()| tx.pragma_update(None, "user_version", version))
                .and_then(|()| tx.commit())
                .map_err(|source| StoreError::Migrate { version, source })?;
        }
        Ok(())
    }

    #[cfg(test)]
    pub(crate) fn open_at_version(path: &Path, version: u32) -> Result<Store> {
        Store::init(Connection::open(path)?, version)
    }

    #[cfg(test)]
    pub(crate) fn connection(&self) -> &Connection {
        &self.conn
    }
}

#[cfg(test)]
mod tests;
