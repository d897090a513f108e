//! Loading what every command needs: config, rosters, the store.

use std::path::Path;

use anyhow::Context as _;

use super::Failure;
use crate::clock::{Clock, SystemClock};
use crate::config::{Config, EventConfig};
use crate::roster::{self, Roster};
use crate::store::Store;

/// Read and validate the configuration; problems are bad input (exit 2).
pub fn load_config(path: &Path) -> Result<Config, Failure> {
    if !path.exists() {
        return Err(Failure::Input(anyhow::anyhow!(
            "{}: no such file (create one with `rsvpd init DIR`, or pass -c FILE)",
            path.display()
        )));
    }
    Config::load(path).map_err(|e| Failure::Input(e.into()))
}

/// Read and validate one event's roster; problems are bad input (exit 2).
pub fn load_roster(event: &EventConfig, allow_unreachable: bool) -> Result<Roster, Failure> {
    roster::load(&event.roster, event.allow_unreachable || allow_unreachable)
        .map_err(|e| Failure::Input(e.into()))
}

/// Open the store and bring every selected event's families in line with its roster.
pub fn open_synced(config: &Config, events: &[&EventConfig]) -> Result<Store, Failure> {
    let mut rosters = Vec::with_capacity(events.len());
    for event in events {
        // Unreachable families are stored (and shown) rather than refused here:
        // `check` and `send` are where they block.
        rosters.push(load_roster(event, true)?);
    }
    let path = config.database_path();
    let mut store = Store::open(&path).with_context(|| format!("opening {}", path.display()))?;
    let now = SystemClock.now();
    for (event, roster) in events.iter().zip(&rosters) {
        store
            .sync_roster(&event.event, roster, now)
            .with_context(|| format!("importing the roster {}", event.roster.display()))?;
    }
    Ok(store)
}

/// The events a command works on.
pub fn select<'c>(config: &'c Config, slug: Option<&str>) -> Result<Vec<&'c EventConfig>, Failure> {
    config
        .select_events(slug)
        .map_err(|e| Failure::Input(anyhow::anyhow!(e)))
}
