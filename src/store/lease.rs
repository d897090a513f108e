//! Named leases: one holder at a time across every worker sharing the
//! database, until the holder stops renewing (it died) and the lease
//! expires.

use chrono::{DateTime, Utc};

use super::db::params;
use super::{Result, Store, timestamp};

impl Store {
    /// Take or renew the lease `name` for `holder` until `until`; false
    /// while another holder's lease has not expired at `now`.
    pub fn acquire_lease(
        &mut self,
        name: &str,
        holder: &str,
        now: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<bool> {
        let held = self.db.query_opt(
            "INSERT INTO leases (name, holder, expires_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
             WHERE leases.holder = excluded.holder OR leases.expires_at <= ?4
             RETURNING holder",
            params![name, holder, timestamp(until), timestamp(now)],
            |r| r.get::<String>(0),
        )?;
        Ok(held.is_some())
    }

    /// Give the lease up (on a clean stop), so another worker takes over at once.
    pub fn release_lease(&mut self, name: &str, holder: &str) -> Result<()> {
        self.db.execute(
            "DELETE FROM leases WHERE name = ?1 AND holder = ?2",
            params![name, holder],
        )?;
        Ok(())
    }

    /// Whether this store is PostgreSQL, which several workers may share.
    pub fn is_shared(&self) -> bool {
        self.db.is_postgres()
    }
}
