//! The PostgreSQL backend: one connection, used synchronously.
//!
//! tokio-postgres is asynchronous, and the store is not: its callers run
//! inline on the daemon's single-threaded runtime, where blocking on
//! another tokio runtime panics. So every connection's I/O is driven by one
//! small runtime on a thread of its own, and a call waits for its reply
//! with a plain executor (`futures::executor::block_on`), which never needs
//! or disturbs the caller's runtime. That is what the `postgres` crate does,
//! without its runtime-in-a-runtime panic.
//!
//! A connection that broke (the server restarted, the network failed) is
//! opened again at the next call outside a transaction; a call inside one
//! fails, and the transaction with it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;
use std::time::Duration;

use bytes::BytesMut;
use tokio_postgres::types::{IsNull, ToSql, Type, to_sql_checked};
use tokio_postgres::{Client, Statement};

use super::db::Value;
use super::{PostgresLocation, Result, StoreError};

/// How long to wait for a connection (TCP, TLS, login).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// A connection whose server stops answering is given up after this long.
const TCP_TIMEOUT: Duration = Duration::from_secs(20);

/// The runtime that drives every connection's socket.
fn runtime() -> Result<&'static tokio::runtime::Handle> {
    static HANDLE: OnceLock<std::result::Result<tokio::runtime::Handle, String>> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| format!("starting the database runtime: {e}"))?;
            let handle = runtime.handle().clone();
            std::thread::Builder::new()
                .name("rsvpd-postgres".into())
                .spawn(move || runtime.block_on(std::future::pending::<()>()))
                .map_err(|e| format!("starting the database thread: {e}"))?;
            Ok(handle)
        })
        .as_ref()
        .map_err(|e| StoreError::Connect(e.clone()))
}

/// Wait for `future`, driven by the connection's runtime.
fn wait<T>(future: impl Future<Output = T>) -> T {
    futures::executor::block_on(future)
}

/// One open connection, and what it needs to open again.
pub(super) struct Pg {
    location: PostgresLocation,
    client: RefCell<Client>,
    /// Prepared statements, by their portable SQL.
    statements: RefCell<HashMap<String, Statement>>,
    /// Transaction control (BEGIN, SAVEPOINT) not sent yet: it travels with
    /// the next statement, in the same round trip.
    deferred: RefCell<Vec<String>>,
}

impl Pg {
    pub(super) fn connect(location: &PostgresLocation) -> Result<Pg> {
        Ok(Pg {
            location: location.clone(),
            client: RefCell::new(open(location)?),
            statements: RefCell::new(HashMap::new()),
            deferred: RefCell::new(Vec::new()),
        })
    }

    /// Send `control` with the next statement rather than on its own.
    pub(super) fn defer(&self, control: String) {
        self.deferred.borrow_mut().push(control);
    }

    /// Take back `control` if it is the last one still unsent: whatever it
    /// opened holds nothing, and the server never needs to hear of it.
    pub(super) fn take_back(&self, control: &str) -> bool {
        let mut deferred = self.deferred.borrow_mut();
        if deferred.last().is_some_and(|c| c == control) {
            deferred.pop();
            true
        } else {
            false
        }
    }

    /// Forget every unsent savepoint: the transaction is rolled back whole.
    pub(super) fn forget_deferred(&self) {
        self.deferred.borrow_mut().clear();
    }

    fn take_deferred(&self) -> Option<String> {
        let mut deferred = self.deferred.borrow_mut();
        if deferred.is_empty() {
            return None;
        }
        let control = deferred.join("; ");
        deferred.clear();
        Some(control)
    }

    /// Open the connection again if it broke. Only between transactions:
    /// the caller knows whether one is open.
    pub(super) fn reconnect_if_closed(&self) -> Result<()> {
        if self.client.borrow().is_closed() {
            let client = open(&self.location)?;
            *self.client.borrow_mut() = client;
            self.statements.borrow_mut().clear();
            self.deferred.borrow_mut().clear();
        }
        Ok(())
    }

    fn statement(&self, sql: &str) -> Result<Statement> {
        if let Some(statement) = self.statements.borrow().get(sql) {
            return Ok(statement.clone());
        }
        let statement = wait(self.client.borrow().prepare(&numbered_placeholders(sql)))?;
        self.statements
            .borrow_mut()
            .insert(sql.to_string(), statement.clone());
        Ok(statement)
    }

    pub(super) fn execute(&self, sql: &str, params: &[Value<'_>]) -> Result<u64> {
        let statement = self.statement(sql)?;
        let client = self.client.borrow();
        let params = as_sql(params);
        self.after_deferred(client.execute(&statement, &params))
    }

    pub(super) fn query(
        &self,
        sql: &str,
        params: &[Value<'_>],
    ) -> Result<Vec<tokio_postgres::Row>> {
        let statement = self.statement(sql)?;
        let client = self.client.borrow();
        let params = as_sql(params);
        self.after_deferred(client.query(&statement, &params))
    }

    pub(super) fn execute_batch(&self, sql: &str) -> Result<()> {
        let sql = match self.take_deferred() {
            Some(control) => format!("{control}; {sql}"),
            None => sql.to_string(),
        };
        Ok(wait(self.client.borrow().batch_execute(&sql))?)
    }

    /// Run `statement` after the deferred transaction control, both sent
    /// before either answer is read (tokio-postgres pipelines requests that
    /// are polled together): one round trip, not two.
    fn after_deferred<T>(
        &self,
        statement: impl Future<Output = std::result::Result<T, tokio_postgres::Error>>,
    ) -> Result<T> {
        let Some(control) = self.take_deferred() else {
            return Ok(wait(statement)?);
        };
        let client = self.client.borrow();
        let (control, answer) = wait(futures::future::join(
            client.batch_execute(&control),
            statement,
        ));
        // BEGIN and SAVEPOINT fail only with the connection or an aborted
        // transaction, and then the statement behind them fails as well.
        control?;
        Ok(answer?)
    }
}

fn as_sql<'a>(params: &'a [Value<'a>]) -> Vec<&'a (dyn ToSql + Sync)> {
    params.iter().map(|p| p as &(dyn ToSql + Sync)).collect()
}

/// Connect and log in; the connection's I/O then runs on the database thread.
fn open(location: &PostgresLocation) -> Result<Client> {
    let mut config: tokio_postgres::Config = location
        .url
        .parse()
        .map_err(|e| StoreError::Connect(format!("store.url: {e}")))?;
    if let Some(credential) = &location.credential {
        let password = crate::mail::endpoint::SecretSource::new(credential.clone())
            .read()
            .map_err(|e| StoreError::Connect(format!("store: {e}")))?;
        config.password(password.expose());
    }
    let local = config.get_hosts().iter().all(|host| match host {
        tokio_postgres::config::Host::Tcp(name) => crate::mail::endpoint::is_loopback_host(name),
        tokio_postgres::config::Host::Unix(_) => true,
    });
    if !local {
        // Never plaintext, and never a fallback to it, towards a server on
        // another machine (the configuration refuses sslmode=disable).
        config.ssl_mode(tokio_postgres::config::SslMode::Require);
    }
    config
        .application_name("rsvpd")
        .connect_timeout(CONNECT_TIMEOUT)
        .keepalives(true)
        .keepalives_idle(Duration::from_secs(10))
        .tcp_user_timeout(TCP_TIMEOUT);
    crate::mail::tls::install_crypto_provider();
    let tls = crate::mail::tls::TlsConfig::with_extra_ca_file(location.ca_file.as_deref())
        .map_err(|e| StoreError::Connect(format!("{e:#}")))?;
    let tls = tokio_postgres_rustls::MakeRustlsConnect::new((*tls.client_config()).clone());
    let runtime = runtime()?;
    let connecting = runtime.spawn(async move {
        let (client, connection) = config.connect(tls).await?;
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::warn!(
                    "database connection closed: {}",
                    super::describe_postgres(&e)
                );
            }
        });
        Ok::<_, tokio_postgres::Error>(client)
    });
    match wait(connecting) {
        Ok(Ok(client)) => Ok(client),
        Ok(Err(e)) => Err(StoreError::Postgres(e)),
        Err(e) => Err(StoreError::Connect(format!("connecting stopped: {e}"))),
    }
}

/// The portable `?N` placeholders as PostgreSQL's `$N`, outside string
/// literals and quoted names.
pub(super) fn numbered_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quote: Option<char> = None;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                if c == q {
                    quote = None;
                }
                out.push(c);
            }
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                out.push(c);
            }
            None if c == '?' && chars.peek().is_some_and(char::is_ascii_digit) => out.push('$'),
            None => out.push(c),
        }
    }
    out
}

/// A value as a column holds it: the row's text and bytes are borrowed.
pub(super) fn column_value(row: &tokio_postgres::Row, index: usize) -> Result<Value<'_>> {
    let Some(column) = row.columns().get(index) else {
        return Err(StoreError::Column {
            index,
            expected: "a column",
            found: "no such column",
        });
    };
    let value = match *column.type_() {
        Type::INT8 => row.try_get::<_, Option<i64>>(index)?.map(Value::Int),
        Type::INT4 => row
            .try_get::<_, Option<i32>>(index)?
            .map(|n| Value::Int(n.into())),
        Type::INT2 => row
            .try_get::<_, Option<i16>>(index)?
            .map(|n| Value::Int(n.into())),
        Type::BOOL => row
            .try_get::<_, Option<bool>>(index)?
            .map(|b| Value::Int(b.into())),
        Type::FLOAT8 => row.try_get::<_, Option<f64>>(index)?.map(Value::Real),
        Type::FLOAT4 => row
            .try_get::<_, Option<f32>>(index)?
            .map(|x| Value::Real(x.into())),
        Type::BYTEA => row.try_get::<_, Option<&[u8]>>(index)?.map(Value::Blob),
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
            row.try_get::<_, Option<&str>>(index)?.map(Value::Text)
        }
        _ => {
            return Err(StoreError::Column {
                index,
                expected: "integer, real, text or bytes",
                found: "another PostgreSQL type",
            });
        }
    };
    Ok(value.unwrap_or(Value::Null))
}

/// A portable value bound to whatever type PostgreSQL inferred for the
/// placeholder: integers fit any integer column (and 0/1 a boolean).
impl ToSql for Value<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match *self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(n) => match *ty {
                Type::INT8 => n.to_sql(ty, out),
                Type::INT4 => i32::try_from(n)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(n)?.to_sql(ty, out),
                Type::BOOL => (n != 0).to_sql(ty, out),
                Type::FLOAT8 => (n as f64).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR => n.to_string().as_str().to_sql(ty, out),
                _ => Err(format!("an integer cannot be bound to a {ty} placeholder").into()),
            },
            Value::Real(x) => match *ty {
                Type::FLOAT8 => x.to_sql(ty, out),
                Type::FLOAT4 => (x as f32).to_sql(ty, out),
                _ => Err(format!("a real cannot be bound to a {ty} placeholder").into()),
            },
            Value::Text(s) => s.to_sql(ty, out),
            Value::Blob(b) => b.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

#[cfg(test)]
mod tests {
    use super::numbered_placeholders;

    #[test]
    fn placeholders_are_renumbered_outside_quotes_only() {
        assert_eq!(
            numbered_placeholders("SELECT ?1, '?2', \"a?3\" FROM t WHERE x = ?12 AND y = ?"),
            "SELECT $1, '?2', \"a?3\" FROM t WHERE x = $12 AND y = ?"
        );
    }
}
