//! Local folders: the embedded default transport, no server needed.
//!
//! Outbound: each message becomes `<outbox>/<name>.eml`, named after its
//! Message-ID so that delivering the same message twice rewrites one file.
//! Inbound: a Maildir (`new/`, `cur/`, `tmp/`); handled mail moves from
//! `new/` to `cur/` keeping its flags unset (the host has not read it).

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A folder of outgoing `.eml` files.
#[derive(Debug, Clone)]
pub struct Outbox {
    dir: PathBuf,
}

impl Outbox {
    pub fn create(dir: &Path) -> io::Result<Outbox> {
        std::fs::create_dir_all(dir)?;
        Ok(Outbox {
            dir: dir.to_path_buf(),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Write one message atomically (temporary file, then rename).
    pub fn deliver(&self, message_id: &str, raw: &[u8]) -> io::Result<PathBuf> {
        let name = file_name_for(message_id);
        let path = self.dir.join(format!("{name}.eml"));
        write_atomically(&self.dir, &path, raw)?;
        Ok(path)
    }
}

/// A file name from a Message-ID: safe characters only, bounded length.
fn file_name_for(message_id: &str) -> String {
    let cleaned: String = message_id
        .trim_matches(|c| c == '<' || c == '>')
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.@+".contains(c) {
                c
            } else {
                '_'
            }
        })
        .take(180)
        .collect();
    if cleaned.is_empty() {
        "message".into()
    } else {
        cleaned
    }
}

fn write_atomically(dir: &Path, path: &Path, raw: &[u8]) -> io::Result<()> {
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("message"),
        std::process::id()
    ));
    let mut file = std::fs::File::create(&tmp)?;
    file.write_all(raw)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&tmp, path)
}

/// A Maildir inbox.
#[derive(Debug, Clone)]
pub struct Maildir {
    root: PathBuf,
}

impl Maildir {
    /// Open a Maildir, creating `new/`, `cur/` and `tmp/` if needed.
    pub fn create(root: &Path) -> io::Result<Maildir> {
        for sub in ["new", "cur", "tmp"] {
            std::fs::create_dir_all(root.join(sub))?;
        }
        Ok(Maildir {
            root: root.to_path_buf(),
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Unhandled messages in `new/`, oldest name first (names start with the delivery time).
    pub fn list_new(&self) -> io::Result<Vec<PathBuf>> {
        let mut paths = Vec::new();
        for entry in std::fs::read_dir(self.root.join("new"))? {
            let entry = entry?;
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') || !entry.file_type()?.is_file() {
                continue;
            }
            paths.push(entry.path());
        }
        paths.sort();
        Ok(paths)
    }

    /// Move a handled message from `new/` to `cur/`, unread (no `S` flag).
    pub fn mark_handled(&self, path: &Path) -> io::Result<PathBuf> {
        let name = path
            .file_name()
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file"))?
            .to_string_lossy()
            .into_owned();
        let target = if name.contains(":2,") {
            self.root.join("cur").join(name)
        } else {
            self.root.join("cur").join(format!("{name}:2,"))
        };
        std::fs::rename(path, &target)?;
        Ok(target)
    }

    /// Deliver a message into `new/` the Maildir way (write in `tmp/`, rename).
    /// `unique` must differ per message (e.g. time, process id and a counter).
    pub fn deliver(&self, unique: &str, raw: &[u8]) -> io::Result<PathBuf> {
        let name = file_name_for(unique);
        let tmp = self.root.join("tmp").join(&name);
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(raw)?;
        file.sync_all()?;
        drop(file);
        let target = self.root.join("new").join(&name);
        std::fs::rename(&tmp, &target)?;
        Ok(target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outbox_names_files_after_the_message_id_and_rewrites_on_redelivery() {
        let dir = tempfile::tempdir().expect("tempdir");
        let outbox = Outbox::create(&dir.path().join("outbox")).expect("outbox");
        let a = outbox
            .deliver("<rsvp.abc.1@example.org>", b"first")
            .expect("deliver");
        let b = outbox
            .deliver("<rsvp.abc.1@example.org>", b"second")
            .expect("deliver");
        assert_eq!(a, b);
        assert_eq!(
            a.file_name().and_then(|n| n.to_str()),
            Some("rsvp.abc.1@example.org.eml")
        );
        assert_eq!(std::fs::read(&a).expect("read"), b"second");
        let odd = outbox.deliver("<../../etc/passwd>", b"x").expect("deliver");
        assert_eq!(odd.parent(), Some(outbox.dir()));
        assert_eq!(std::fs::read_dir(outbox.dir()).expect("ls").count(), 2);
    }

    #[test]
    fn maildir_lists_new_mail_and_moves_it_to_cur_unread() {
        let dir = tempfile::tempdir().expect("tempdir");
        let maildir = Maildir::create(&dir.path().join("inbox")).expect("maildir");
        maildir.deliver("2.host", b"two").expect("deliver");
        maildir.deliver("1.host", b"one").expect("deliver");
        let new = maildir.list_new().expect("list");
        assert_eq!(new.len(), 2);
        assert!(new[0].ends_with("new/1.host"));
        let moved = maildir.mark_handled(&new[0]).expect("move");
        assert!(moved.ends_with("cur/1.host:2,"));
        assert_eq!(maildir.list_new().expect("list").len(), 1);
        assert_eq!(std::fs::read(moved).expect("read"), b"one");
    }
}
