//! `rsvpd init DIR`: scaffold a working example class in local mode.

use std::path::{Path, PathBuf};

use anyhow::Context;

use super::Failure;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder to create (or fill) with rsvpd.toml and roster.csv
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    /// Overwrite files that already exist
    #[arg(long)]
    force: bool,
}

/// The example files, as shipped.
pub const EXAMPLE_FILES: &[(&str, &str)] = &[
    (
        "rsvpd.toml",
        include_str!("../../examples/class/rsvpd.toml"),
    ),
    (
        "roster.csv",
        include_str!("../../examples/class/roster.csv"),
    ),
];

pub fn run(args: Args) -> Result<(), Failure> {
    scaffold(&args.dir, args.force)?;
    let config = args.dir.join("rsvpd.toml");
    let mut out = String::new();
    outln!(
        out,
        "Created an example class party in {}:",
        args.dir.display()
    );
    for (name, _) in EXAMPLE_FILES {
        outln!(out, "  {}", args.dir.join(name).display());
    }
    outln!(
        out,
        "  {}/ (the message templates, to edit if you like)",
        args.dir.join("templates").display()
    );
    outln!(out);
    outln!(out, "Next:");
    outln!(out, "  rsvpd check -c {}", config.display());
    outln!(out, "  rsvpd status -c {}", config.display());
    super::emit(&out)
}

/// Write the example files into `dir`; refuses to overwrite unless `force`.
pub fn scaffold(dir: &Path, force: bool) -> Result<(), Failure> {
    if !force {
        let existing: Vec<String> = EXAMPLE_FILES
            .iter()
            .map(|(name, _)| dir.join(name))
            .filter(|p| p.exists())
            .map(|p| p.display().to_string())
            .collect();
        if !existing.is_empty() {
            return Err(Failure::Input(anyhow::anyhow!(
                "{} already exist{}; use --force to overwrite",
                existing.join(", "),
                if existing.len() == 1 { "s" } else { "" }
            )));
        }
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    for (name, content) in EXAMPLE_FILES {
        let path = dir.join(name);
        std::fs::write(&path, content).with_context(|| format!("writing {}", path.display()))?;
    }
    // The built-in templates, to copy from when the host wants other wording
    // (they take effect once `templates = "templates"` is set for the event).
    for (name, content) in crate::compose::TemplateSet::embedded_sources() {
        let path = dir.join("templates").join(name);
        if path.exists() && !force {
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating {}", parent.display()))?;
        }
        std::fs::write(&path, content).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}
