//! Architecture checks: the pure core never reaches for I/O.

use std::path::{Path, PathBuf};

/// Modules that decide, and must stay testable with plain data.
const CORE: &[&str] = &[
    "src/config.rs",
    "src/diagnostic.rs",
    "src/roster.rs",
    "src/model.rs",
    "src/workflow.rs",
    "src/matching.rs",
    "src/reply",
    "src/compose",
    "src/digest",
    "src/service",
];

/// What the core must never name.
const FORBIDDEN: &[&str] = &[
    "crate::store",
    "crate::mail",
    "crate::clock",
    "crate::cli",
    "tokio",
    "rusqlite",
    "async_imap",
    "AsyncSmtpTransport",
    "SmtpTransport",
    "TcpStream",
    "UdpSocket",
    "Utc::now",
    "SystemTime::now",
    "getrandom",
];

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<_> = std::fs::read_dir(path)
            .expect("read_dir")
            .map(|e| e.expect("entry").path())
            .collect();
        entries.sort();
        for entry in entries {
            rust_files(&entry, out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

#[test]
fn the_core_does_not_import_io() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for module in CORE {
        rust_files(&root.join(module), &mut files);
    }
    assert!(files.len() >= 5, "found only {files:?}");
    let mut violations = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("read");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in FORBIDDEN {
                if code.contains(word) {
                    violations.push(format!("{}:{}: uses {word}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        violations.is_empty(),
        "the pure core reached for I/O:\n{}",
        violations.join("\n")
    );
}
