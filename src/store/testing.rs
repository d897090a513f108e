//! Stores for tests: SQLite in memory, and a fresh PostgreSQL schema on the
//! throwaway server `scripts/pgstack/start.sh` runs.
//!
//! `RSVPD_PGSTACK` names the stack's `pgstack.env` (or its folder). Without
//! it a PostgreSQL case prints a skip line and passes, unless
//! `RSVPD_REQUIRE_PGSTACK=1` (which `scripts/test.sh` sets): then it fails.

use std::sync::atomic::{AtomicU32, Ordering};

use super::db::Db;
use super::{Location, PostgresLocation, Store};

/// The stack's base URL (with its password), or `None` after a skip line.
pub fn postgres_url() -> Option<String> {
    let Some(location) = std::env::var_os("RSVPD_PGSTACK").filter(|v| !v.is_empty()) else {
        if std::env::var("RSVPD_REQUIRE_PGSTACK").as_deref() == Ok("1") {
            panic!("RSVPD_REQUIRE_PGSTACK=1 but RSVPD_PGSTACK is not set (run scripts/test.sh)");
        }
        eprintln!("skipped: PostgreSQL not running (run scripts/test.sh)");
        return None;
    };
    let mut file = std::path::PathBuf::from(location);
    if file.is_dir() {
        file.push("pgstack.env");
    }
    let text = std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("RSVPD_PGSTACK: cannot read {}: {e}", file.display()));
    let url = text
        .lines()
        .find_map(|l| l.strip_prefix("PGSTACK_URL="))
        .unwrap_or_else(|| panic!("{} has no PGSTACK_URL", file.display()));
    Some(url.to_string())
}

/// A location in a schema of its own, created now: every test starts empty.
pub fn fresh_postgres() -> Option<Location> {
    static N: AtomicU32 = AtomicU32::new(0);
    let base = postgres_url()?;
    let schema = format!(
        "t_{}_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed),
        crate::clock::random_token_bytes().map_or(0, |b| u32::from(b[0]))
    );
    let admin = PostgresLocation {
        url: base.clone(),
        credential: None,
        ca_file: None,
    };
    Db::postgres(&admin)
        .and_then(|db| db.execute_batch(&format!("CREATE SCHEMA {schema}")))
        .unwrap_or_else(|e| panic!("creating schema {schema}: {e}"));
    let separator = if base.contains('?') { '&' } else { '?' };
    Some(Location::Postgres(PostgresLocation {
        url: format!("{base}{separator}options=-csearch_path%3D{schema}"),
        credential: None,
        ca_file: None,
    }))
}

/// A migrated store in a fresh PostgreSQL schema.
pub fn postgres() -> Option<Store> {
    let location = fresh_postgres()?;
    Some(Store::connect(&location).expect("connect to PostgreSQL"))
}

/// One test per backend: `NAME::sqlite` and `NAME::postgres`, each given a
/// fresh, migrated store.
macro_rules! on_both {
    ($(#[$meta:meta])* fn $name:ident($store:ident) $body:block) => {
        $(#[$meta])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[allow(unused_mut)]
            fn case(mut $store: $crate::store::Store) $body

            #[test]
            fn sqlite() {
                case($crate::store::Store::open_in_memory().expect("open"));
            }

            #[test]
            fn postgres() {
                if let Some(store) = $crate::store::testing::postgres() {
                    case(store);
                }
            }
        }
    };
}
pub(crate) use on_both;

/// Two connections to one fresh SQLite file, as two workers would have.
pub fn sqlite_pair() -> (tempfile::TempDir, Store, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("shared.sqlite3");
    let a = Store::open(&path).expect("open");
    let b = Store::open(&path).expect("open");
    (dir, a, b)
}

/// Two connections to one fresh PostgreSQL schema.
pub fn postgres_pair() -> Option<(Store, Store)> {
    let location = fresh_postgres()?;
    Some((
        Store::connect(&location).expect("connect"),
        Store::connect(&location).expect("connect"),
    ))
}

/// One test per backend, each given two workers' stores on one database.
macro_rules! on_both_shared {
    ($(#[$meta:meta])* fn $name:ident($a:ident, $b:ident) $body:block) => {
        $(#[$meta])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[allow(unused_mut)]
            fn case(mut $a: $crate::store::Store, mut $b: $crate::store::Store) $body

            #[test]
            fn sqlite() {
                let (_dir, a, b) = $crate::store::testing::sqlite_pair();
                case(a, b);
            }

            #[test]
            fn postgres() {
                if let Some((a, b)) = $crate::store::testing::postgres_pair() {
                    case(a, b);
                }
            }
        }
    };
}
pub(crate) use on_both_shared;
