//! Snapshot files for the tests: the exact text of rendered messages, kept
//! under `tests/snapshots/` so a change of wording shows up in review.

use std::path::{Path, PathBuf};

/// Compare with `tests/snapshots/{name}` exactly; `UPDATE_SNAPSHOTS=1`
/// rewrites the file instead. A mismatch leaves `{name}.new` beside it.
pub(crate) fn check_snapshot(name: &str, actual: &str) {
    let path: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    let new = path.with_file_name(format!("{name}.new"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, actual).expect("write snapshot");
        let _ = std::fs::remove_file(&new);
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        std::fs::write(&new, actual).expect("write .new");
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .map_or_else(|| "at the end".to_owned(), |n| format!("at line {}", n + 1));
        panic!(
            "{} differs {line}; see {} (UPDATE_SNAPSHOTS=1 to accept)",
            path.display(),
            new.display()
        );
    }
}
