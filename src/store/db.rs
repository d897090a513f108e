//! The store's one way to the database, whatever the backend.
//!
//! Every query is written once, in a portable dialect that SQLite and
//! PostgreSQL both run: numbered placeholders (`?1`, rewritten for the
//! backend that wants another spelling), `ON CONFLICT`, `RETURNING id`
//! instead of the last row id, RFC 3339 text timestamps, integer ids and
//! 0/1 flags, and no backend-only functions (`CASE` rather than a scalar
//! `max`). Values cross the boundary as [`Value`]s and are read back
//! through [`Row::get`], so no query touches a driver type. What differs
//! between backends (opening, migrations, the schema version, how a
//! transaction starts) stays in this file and the backend's schema.
//!
//! Transactions nest: the outermost is a real transaction, inner ones are
//! savepoints, so a method's own transaction joins [`super::Store::atomically`].

use std::cell::Cell;

use super::{Result, StoreError, postgres};

/// A value bound to a placeholder, or read from a column (borrowed from
/// its row).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Value<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

impl Value<'_> {
    fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "NULL",
            Value::Int(_) => "an integer",
            Value::Real(_) => "a real",
            Value::Text(_) => "text",
            Value::Blob(_) => "a blob",
        }
    }
}

/// Anything that can be bound to a placeholder.
pub(crate) trait ToParam {
    fn to_param(&self) -> Value<'_>;
}

macro_rules! int_param {
    ($($t:ty),*) => {$(
        impl ToParam for $t {
            fn to_param(&self) -> Value<'_> {
                Value::Int(i64::from(*self))
            }
        }
    )*};
}
int_param!(i64, i32, u32, u16, u8);

impl ToParam for usize {
    fn to_param(&self) -> Value<'_> {
        Value::Int(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}

/// Flags are stored as 0 and 1 on every backend.
impl ToParam for bool {
    fn to_param(&self) -> Value<'_> {
        Value::Int(i64::from(*self))
    }
}

impl ToParam for f64 {
    fn to_param(&self) -> Value<'_> {
        Value::Real(*self)
    }
}

impl ToParam for f32 {
    fn to_param(&self) -> Value<'_> {
        Value::Real(f64::from(*self))
    }
}

impl ToParam for str {
    fn to_param(&self) -> Value<'_> {
        Value::Text(self)
    }
}

impl ToParam for String {
    fn to_param(&self) -> Value<'_> {
        Value::Text(self)
    }
}

impl ToParam for [u8] {
    fn to_param(&self) -> Value<'_> {
        Value::Blob(self)
    }
}

impl ToParam for Vec<u8> {
    fn to_param(&self) -> Value<'_> {
        Value::Blob(self)
    }
}

impl<T: ToParam + ?Sized> ToParam for &T {
    fn to_param(&self) -> Value<'_> {
        (**self).to_param()
    }
}

impl<T: ToParam> ToParam for Option<T> {
    fn to_param(&self) -> Value<'_> {
        self.as_ref().map_or(Value::Null, ToParam::to_param)
    }
}

/// The placeholders' values, in order: `params![slug, now]`.
macro_rules! params {
    () => {
        &[] as &[$crate::store::db::Value<'_>]
    };
    ($($value:expr),+ $(,)?) => {
        &[$($crate::store::db::ToParam::to_param(&$value)),+] as &[$crate::store::db::Value<'_>]
    };
}
pub(crate) use params;

/// A Rust value read from a column.
pub(crate) trait FromValue: Sized {
    /// What the column should hold, for the error when it does not.
    const EXPECTED: &'static str;
    fn from_value(value: Value<'_>) -> Option<Self>;
}

macro_rules! int_value {
    ($($t:ty),*) => {$(
        impl FromValue for $t {
            const EXPECTED: &'static str = stringify!($t);
            fn from_value(value: Value<'_>) -> Option<Self> {
                match value {
                    Value::Int(n) => <$t>::try_from(n).ok(),
                    _ => None,
                }
            }
        }
    )*};
}
int_value!(i64, i32, u32, u64, usize);

impl FromValue for bool {
    const EXPECTED: &'static str = "a 0/1 flag";
    fn from_value(value: Value<'_>) -> Option<Self> {
        match value {
            Value::Int(n) => Some(n != 0),
            _ => None,
        }
    }
}

impl FromValue for f64 {
    const EXPECTED: &'static str = "a number";
    fn from_value(value: Value<'_>) -> Option<Self> {
        match value {
            Value::Real(x) => Some(x),
            Value::Int(n) => Some(n as f64),
            _ => None,
        }
    }
}

impl FromValue for f32 {
    const EXPECTED: &'static str = "a number";
    fn from_value(value: Value<'_>) -> Option<Self> {
        f64::from_value(value).map(|x| x as f32)
    }
}

impl FromValue for String {
    const EXPECTED: &'static str = "text";
    fn from_value(value: Value<'_>) -> Option<Self> {
        match value {
            Value::Text(s) => Some(s.to_string()),
            _ => None,
        }
    }
}

impl FromValue for Vec<u8> {
    const EXPECTED: &'static str = "a blob";
    fn from_value(value: Value<'_>) -> Option<Self> {
        match value {
            Value::Blob(b) => Some(b.to_vec()),
            Value::Text(s) => Some(s.as_bytes().to_vec()),
            _ => None,
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    const EXPECTED: &'static str = T::EXPECTED;
    fn from_value(value: Value<'_>) -> Option<Self> {
        match value {
            Value::Null => Some(None),
            v => T::from_value(v).map(Some),
        }
    }
}

/// One result row.
pub(crate) struct Row<'a> {
    inner: RowInner<'a>,
}

enum RowInner<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Postgres(&'a tokio_postgres::Row),
}

impl Row<'_> {
    /// The value of column `index` (from 0).
    pub fn get<T: FromValue>(&self, index: usize) -> Result<T> {
        let value = match &self.inner {
            RowInner::Sqlite(row) => sqlite_value(row.get_ref(index)?),
            RowInner::Postgres(row) => postgres::column_value(row, index)?,
        };
        T::from_value(value).ok_or_else(|| StoreError::Column {
            index,
            expected: T::EXPECTED,
            found: value.type_name(),
        })
    }
}

fn sqlite_value(value: rusqlite::types::ValueRef<'_>) -> Value<'_> {
    use rusqlite::types::ValueRef;
    match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(n) => Value::Int(n),
        ValueRef::Real(x) => Value::Real(x),
        // Text the store wrote is UTF-8; anything else reads as a blob.
        ValueRef::Text(t) => std::str::from_utf8(t).map_or(Value::Blob(t), Value::Text),
        ValueRef::Blob(b) => Value::Blob(b),
    }
}

impl rusqlite::ToSql for Value<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match *self {
            Value::Null => ValueRef::Null,
            Value::Int(n) => ValueRef::Integer(n),
            Value::Real(x) => ValueRef::Real(x),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

/// An open connection to one backend.
pub(crate) struct Db {
    backend: Backend,
    /// How many transactions are open: 0 none, 1 a transaction, more savepoints.
    depth: Cell<u32>,
}

enum Backend {
    Sqlite(rusqlite::Connection),
    // Boxed: one per connection, and far larger than SQLite's handle.
    Postgres(Box<postgres::Pg>),
}

impl Db {
    pub(super) fn sqlite(conn: rusqlite::Connection) -> Result<Db> {
        // WAL: readers (status) never block the daemon's writes.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.set_prepared_statement_cache_capacity(64);
        Ok(Db {
            backend: Backend::Sqlite(conn),
            depth: Cell::new(0),
        })
    }

    pub(super) fn postgres(location: &super::PostgresLocation) -> Result<Db> {
        Ok(Db {
            backend: Backend::Postgres(Box::new(postgres::Pg::connect(location)?)),
            depth: Cell::new(0),
        })
    }

    /// The PostgreSQL connection, opened again first if it broke while no
    /// transaction was open.
    fn pg(&self) -> Result<Option<&postgres::Pg>> {
        match &self.backend {
            Backend::Sqlite(_) => Ok(None),
            Backend::Postgres(pg) => {
                if self.depth.get() == 0 {
                    pg.reconnect_if_closed()?;
                }
                Ok(Some(pg))
            }
        }
    }

    /// Whether this is the PostgreSQL backend (several workers may share it).
    pub fn is_postgres(&self) -> bool {
        matches!(self.backend, Backend::Postgres(_))
    }

    /// Run one statement; the number of rows it changed.
    pub fn execute(&self, sql: &str, params: &[Value<'_>]) -> Result<usize> {
        if let Some(pg) = self.pg()? {
            return Ok(usize::try_from(pg.execute(sql, params)?).unwrap_or(usize::MAX));
        }
        match &self.backend {
            Backend::Sqlite(conn) => {
                let mut stmt = conn.prepare_cached(sql)?;
                Ok(stmt.execute(rusqlite::params_from_iter(params))?)
            }
            Backend::Postgres(_) => unreachable_backend(),
        }
    }

    /// Every row of a query, each turned into a `T` by `f`.
    pub fn query<T>(
        &self,
        sql: &str,
        params: &[Value<'_>],
        mut f: impl FnMut(&Row<'_>) -> Result<T>,
    ) -> Result<Vec<T>> {
        if let Some(pg) = self.pg()? {
            return pg
                .query(sql, params)?
                .iter()
                .map(|row| {
                    f(&Row {
                        inner: RowInner::Postgres(row),
                    })
                })
                .collect();
        }
        match &self.backend {
            Backend::Sqlite(conn) => {
                let mut stmt = conn.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
                let mut out = Vec::new();
                while let Some(row) = rows.next()? {
                    out.push(f(&Row {
                        inner: RowInner::Sqlite(row),
                    })?);
                }
                Ok(out)
            }
            Backend::Postgres(_) => unreachable_backend(),
        }
    }

    /// The first row of a query, if there is one.
    pub fn query_opt<T>(
        &self,
        sql: &str,
        params: &[Value<'_>],
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<Option<T>> {
        if let Some(pg) = self.pg()? {
            return match pg.query(sql, params)?.first() {
                Some(row) => f(&Row {
                    inner: RowInner::Postgres(row),
                })
                .map(Some),
                None => Ok(None),
            };
        }
        match &self.backend {
            Backend::Sqlite(conn) => {
                let mut stmt = conn.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
                match rows.next()? {
                    Some(row) => f(&Row {
                        inner: RowInner::Sqlite(row),
                    })
                    .map(Some),
                    None => Ok(None),
                }
            }
            Backend::Postgres(_) => unreachable_backend(),
        }
    }

    /// The first row of a query that always returns one (an aggregate, a
    /// row just written).
    pub fn query_row<T>(
        &self,
        sql: &str,
        params: &[Value<'_>],
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        self.query_opt(sql, params, f)?.ok_or(StoreError::NoRow)
    }

    /// Several statements without parameters (migrations, test fixtures).
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        match &self.backend {
            Backend::Sqlite(conn) => Ok(conn.execute_batch(sql)?),
            Backend::Postgres(_) => match self.pg()? {
                Some(pg) => pg.execute_batch(sql),
                None => unreachable_backend(),
            },
        }
    }

    /// The end of a `SELECT` that claims rows other workers may be
    /// claiming at the same moment: PostgreSQL skips the rows they hold;
    /// SQLite runs one write transaction at a time and needs nothing.
    pub fn skip_locked(&self) -> &'static str {
        if self.is_postgres() {
            " FOR UPDATE SKIP LOCKED"
        } else {
            ""
        }
    }

    /// Wait until no other open transaction holds the lock named `key`,
    /// and hold it until this transaction ends: read-then-write steps that
    /// other workers may run at the same moment take one. A no-op on
    /// SQLite, whose write transactions run one at a time anyway.
    pub fn lock(&self, key: &str) -> Result<()> {
        if self.is_postgres() {
            self.query_row(
                "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) AS locked",
                params![key],
                |_| Ok(()),
            )?;
        }
        Ok(())
    }

    /// Start a transaction (a savepoint inside one already open): it rolls
    /// back when dropped without [`Tx::commit`].
    pub fn transaction(&self) -> Result<Tx<'_>> {
        self.begin()?;
        Ok(Tx {
            db: self,
            done: false,
        })
    }

    /// Open a transaction, or a savepoint inside the one already open.
    /// On PostgreSQL the command goes out with the transaction's first
    /// statement, and one that runs none costs no round trip at all.
    pub(super) fn begin(&self) -> Result<()> {
        let depth = self.depth.get();
        match &self.backend {
            Backend::Postgres(pg) => {
                if depth == 0 {
                    pg.reconnect_if_closed()?;
                }
                pg.defer(savepoint_or_begin(depth, "BEGIN"));
            }
            // The write lock is taken at the start, so a transaction never
            // fails half-way because another connection wrote meanwhile.
            Backend::Sqlite(_) => {
                self.execute_batch(&savepoint_or_begin(depth, "BEGIN IMMEDIATE"))?
            }
        }
        self.depth.set(depth + 1);
        Ok(())
    }

    /// Commit the innermost transaction or savepoint.
    pub(super) fn commit(&self) -> Result<()> {
        let depth = self.depth.get();
        if depth == 0 {
            return Ok(());
        }
        let opened = savepoint_or_begin(depth - 1, "BEGIN");
        let sql = match &self.backend {
            Backend::Postgres(pg) if pg.take_back(&opened) => None,
            // A savepoint is released with its transaction: RELEASE would
            // only cost a round trip.
            Backend::Postgres(_) if depth > 1 => None,
            _ if depth == 1 => Some("COMMIT".to_string()),
            _ => Some(format!("RELEASE sp{}", depth - 1)),
        };
        let Some(sql) = sql else {
            self.depth.set(depth - 1);
            return Ok(());
        };
        match self.execute_batch(&sql) {
            Ok(()) => {
                self.depth.set(depth - 1);
                Ok(())
            }
            Err(e) => {
                self.rollback();
                Err(e)
            }
        }
    }

    /// Undo the innermost transaction or savepoint. Never fails: a
    /// connection that cannot roll back has lost the transaction anyway.
    pub(super) fn rollback(&self) {
        let depth = self.depth.get();
        if depth == 0 {
            return;
        }
        self.depth.set(depth - 1);
        let opened = savepoint_or_begin(depth - 1, "BEGIN");
        let sql = match &self.backend {
            Backend::Postgres(pg) if pg.take_back(&opened) => return,
            Backend::Postgres(pg) if depth == 1 => {
                pg.forget_deferred();
                "ROLLBACK".to_string()
            }
            Backend::Postgres(_) => format!("ROLLBACK TO sp{}", depth - 1),
            Backend::Sqlite(_) if depth == 1 => "ROLLBACK".to_string(),
            Backend::Sqlite(_) => format!("ROLLBACK TO sp{0}; RELEASE sp{0}", depth - 1),
        };
        if let Err(e) = self.execute_batch(&sql) {
            tracing::debug!("rolling back: {e}");
        }
    }

    /// The schema version the database was migrated to.
    pub(super) fn schema_version(&self) -> Result<u32> {
        match &self.backend {
            Backend::Sqlite(conn) => {
                Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
            }
            Backend::Postgres(_) => {
                let exists: bool = self.query_row(
                    "SELECT to_regclass('schema_version') IS NOT NULL",
                    params![],
                    |r| r.get(0),
                )?;
                if !exists {
                    return Ok(0);
                }
                self.query_row(
                    "SELECT coalesce(max(version), 0) FROM schema_version",
                    params![],
                    |r| r.get(0),
                )
            }
        }
    }

    /// Apply the backend's migrations up to `target`, each in its own
    /// transaction with its version. Several processes starting at once
    /// migrate one after the other.
    pub(super) fn migrate_to(&self, target: u32) -> Result<()> {
        let migrations = match self.backend {
            Backend::Sqlite(_) => super::schema::SQLITE,
            Backend::Postgres(_) => super::schema::POSTGRES,
        };
        let known = migrations.len() as u32;
        loop {
            let tx = self.transaction()?;
            if self.is_postgres() {
                tx.execute_batch(
                    "SELECT pg_advisory_xact_lock(7252411);
                     CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)",
                )?;
            }
            let found = tx.schema_version()?;
            if found > known {
                return Err(StoreError::TooNew { found, known });
            }
            if found >= target {
                return tx.commit();
            }
            let version = found + 1;
            let migrated = tx
                .execute_batch(migrations[found as usize])
                .and_then(|()| tx.set_schema_version(version))
                .and_then(|()| tx.commit());
            migrated.map_err(|source| StoreError::Migrate {
                version,
                source: Box::new(source),
            })?;
        }
    }

    fn set_schema_version(&self, version: u32) -> Result<()> {
        match &self.backend {
            Backend::Sqlite(conn) => Ok(conn.pragma_update(None, "user_version", version)?),
            Backend::Postgres(_) => {
                self.execute("DELETE FROM schema_version", params![])?;
                self.execute(
                    "INSERT INTO schema_version (version) VALUES (?1)",
                    params![version],
                )?;
                Ok(())
            }
        }
    }
}

/// A backend's branch reached through another's: cannot happen.
fn unreachable_backend<T>() -> Result<T> {
    Err(StoreError::Connect(
        "internal: wrong database backend".into(),
    ))
}

/// What opens a transaction at `depth` (0: none is open yet), or the
/// savepoint inside it.
fn savepoint_or_begin(depth: u32, begin: &str) -> String {
    match depth {
        0 => begin.to_string(),
        n => format!("SAVEPOINT sp{n}"),
    }
}

/// An open transaction (or savepoint); rolled back when dropped uncommitted.
pub(crate) struct Tx<'a> {
    db: &'a Db,
    done: bool,
}

impl Tx<'_> {
    pub fn commit(mut self) -> Result<()> {
        self.done = true;
        self.db.commit()
    }
}

impl std::ops::Deref for Tx<'_> {
    type Target = Db;
    fn deref(&self) -> &Db {
        self.db
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if !self.done {
            self.db.rollback();
        }
    }
}
