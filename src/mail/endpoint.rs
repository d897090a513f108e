//! What IMAP and SMTP endpoints share: a secret that never prints, where it
//! is read from (environment, file, systemd credential, token command), the
//! login mechanism, and the rule that an unencrypted connection may only go
//! to this machine.
//!
//! No sockets and no name resolution ("localhost" is recognised by its
//! spelling, not looked up). The only I/O is reading a secret, at connection
//! time: an environment variable, a file, or a token command run with a
//! deadline. Never logs or prints a secret.

use std::fmt;
use std::io::Read as _;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::config::{Credential, Security};

/// A mail account password. `Debug` prints `Password(***)`; there is no
/// `Display`, so it cannot end up in a log line or an error message by
/// accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    /// Wraps a password read from the environment or a file.
    pub fn new(password: impl Into<String>) -> Self {
        Self(password.into())
    }

    /// The password itself, for the one place that sends it to a server.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

/// Whether `host` names this machine: `localhost` (any case, optional
/// trailing dot), an address in 127.0.0.0/8, or `::1` (with or without
/// brackets).
pub fn is_loopback_host(host: &str) -> bool {
    let host = host.trim_end_matches('.');
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    let bare = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    bare.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// The host as a socket library wants it: IPv6 literals without brackets.
pub fn bare_host(host: &str) -> &str {
    host.strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host)
}

/// Whether `security` may be used for `host`: anything goes, except
/// sending credentials in the clear (`Security::None`) to another machine.
pub fn is_security_allowed(host: &str, security: Security) -> bool {
    security != Security::None || is_loopback_host(host)
}

/// How a client proves who it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AuthMechanism {
    /// User name and password (IMAP LOGIN, SMTP AUTH PLAIN/LOGIN).
    #[default]
    Password,
    /// User name and an OAuth2 access token (SASL XOAUTH2), as Microsoft
    /// 365 and Google require once password logins are switched off.
    Xoauth2,
}

/// The SASL XOAUTH2 initial response (before base64): `user=U^Aauth=Bearer T^A^A`.
pub fn xoauth2_response(user: &str, token: &Password) -> String {
    format!("user={user}\x01auth=Bearer {}\x01\x01", token.expose())
}

/// How long a token printed by a token command is reused before the command
/// runs again. Microsoft and Google access tokens live 60 to 90 minutes.
pub const TOKEN_MAX_AGE: Duration = Duration::from_secs(45 * 60);
/// How long a token command may run.
pub const TOKEN_COMMAND_TIMEOUT: Duration = Duration::from_secs(60);

/// Why a secret could not be read. Messages name where it was looked for,
/// never its value.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SecretError {
    /// The environment variable is not set or empty.
    #[error("the environment variable {name} is not set (it holds the password)")]
    EnvMissing {
        /// The variable.
        name: String,
    },
    /// A `$CREDENTIALS_DIRECTORY/...` path outside a service with credentials.
    #[error(
        "{path}: $CREDENTIALS_DIRECTORY is not set (systemd sets it for a unit with LoadCredential=)"
    )]
    NoCredentialsDirectory {
        /// The configured path.
        path: String,
    },
    /// The file could not be read.
    #[error("cannot read {path}")]
    ReadFile {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The file or the command's output holds no secret.
    #[error("{origin} is empty")]
    Empty {
        /// The file or command.
        origin: String,
    },
    /// The token command could not run, failed or took too long.
    #[error("token command `{command}` failed: {reason}")]
    Command {
        /// The command line.
        command: String,
        /// What went wrong (exit status and the first line of its stderr).
        reason: String,
    },
}

/// Reads an endpoint's secret from where the configuration says, when a
/// connection is made. A token command's output is cached for
/// [`TOKEN_MAX_AGE`] or until [`SecretSource::invalidate`] (after a rejected
/// login); everything else is read afresh each time, so a rotated password
/// file or a token file kept fresh by another program is picked up.
/// Cheap to clone; clones share the cache.
#[derive(Clone)]
pub struct SecretSource {
    credential: Credential,
    cache: Arc<Mutex<Option<(Password, Instant)>>>,
}

impl fmt::Debug for SecretSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SecretSource")
            .field("from", &self.credential.describe())
            .finish()
    }
}

impl SecretSource {
    /// A source for this configured credential.
    pub fn new(credential: Credential) -> Self {
        Self {
            credential,
            cache: Arc::new(Mutex::new(None)),
        }
    }

    /// The login mechanism the secret is for.
    pub fn mechanism(&self) -> AuthMechanism {
        if self.credential.is_xoauth2() {
            AuthMechanism::Xoauth2
        } else {
            AuthMechanism::Password
        }
    }

    /// The configured credential.
    pub fn credential(&self) -> &Credential {
        &self.credential
    }

    /// Forget a cached token: the next [`SecretSource::read`] runs the
    /// token command again. Call it when the server rejected a login.
    pub fn invalidate(&self) {
        if let Ok(mut cache) = self.cache.lock() {
            *cache = None;
        }
    }

    /// The secret now. May block for up to [`TOKEN_COMMAND_TIMEOUT`] (a
    /// token command); async code calls [`SecretSource::fetch`].
    pub fn read(&self) -> Result<Password, SecretError> {
        match &self.credential {
            Credential::PasswordEnv(name) => match std::env::var(name) {
                Ok(value) if !value.is_empty() => Ok(Password::new(value)),
                _ => Err(SecretError::EnvMissing { name: name.clone() }),
            },
            Credential::PasswordFile(path) | Credential::TokenFile(path) => read_secret_file(path),
            Credential::TokenCommand(command) => {
                if let Ok(cache) = self.cache.lock()
                    && let Some((token, at)) = cache.as_ref()
                    && at.elapsed() < TOKEN_MAX_AGE
                {
                    return Ok(token.clone());
                }
                let token = run_token_command(command, TOKEN_COMMAND_TIMEOUT)?;
                if let Ok(mut cache) = self.cache.lock() {
                    *cache = Some((token.clone(), Instant::now()));
                }
                Ok(token)
            }
        }
    }

    /// [`SecretSource::read`] on a blocking thread.
    pub async fn fetch(&self) -> Result<Password, SecretError> {
        let source = self.clone();
        match tokio::task::spawn_blocking(move || source.read()).await {
            Ok(result) => result,
            Err(e) => Err(SecretError::Command {
                command: self.credential.describe(),
                reason: format!("reading the secret stopped: {e}"),
            }),
        }
    }
}

/// `$CREDENTIALS_DIRECTORY/NAME` (or `${CREDENTIALS_DIRECTORY}/NAME`) with
/// the variable's value; any other path as it is.
fn expand_credentials_directory(path: &Path) -> Result<PathBuf, SecretError> {
    let text = path.to_string_lossy();
    let rest = text
        .strip_prefix("$CREDENTIALS_DIRECTORY")
        .or_else(|| text.strip_prefix("${CREDENTIALS_DIRECTORY}"));
    let Some(rest) = rest else {
        return Ok(path.to_path_buf());
    };
    match std::env::var_os("CREDENTIALS_DIRECTORY").filter(|v| !v.is_empty()) {
        Some(dir) => Ok(PathBuf::from(dir).join(rest.trim_start_matches('/'))),
        None => Err(SecretError::NoCredentialsDirectory {
            path: text.into_owned(),
        }),
    }
}

/// The first line of the file, without its line break.
fn read_secret_file(path: &Path) -> Result<Password, SecretError> {
    let path = expand_credentials_directory(path)?;
    let text = std::fs::read_to_string(&path).map_err(|source| SecretError::ReadFile {
        path: path.clone(),
        source,
    })?;
    let secret = text.lines().next().unwrap_or("").trim_end_matches('\r');
    if secret.trim().is_empty() {
        return Err(SecretError::Empty {
            origin: path.display().to_string(),
        });
    }
    Ok(Password::new(secret))
}

/// Runs `command` with `sh -c`, waits at most `limit`, and returns the first
/// non-empty line it printed.
fn run_token_command(command: &str, limit: Duration) -> Result<Password, SecretError> {
    let failed = |reason: String| SecretError::Command {
        command: command.to_owned(),
        reason,
    };
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(command)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| failed(format!("cannot start sh: {e}")))?;
    // Read both pipes on their own threads so a chatty command cannot block
    // on a full pipe while we wait for it to exit.
    let reader = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut buffer = Vec::new();
            if let Some(pipe) = pipe {
                let _ = pipe.take(1 << 20).read_to_end(&mut buffer);
            }
            buffer
        })
    };
    let stdout = reader(child.stdout.take().map(|p| Box::new(p) as _));
    let stderr = reader(child.stderr.take().map(|p| Box::new(p) as _));
    let deadline = Instant::now() + limit;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => {
                // bounded by the deadline above
                std::thread::sleep(Duration::from_millis(20));
            }
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(failed(format!("no answer within {limit:?}")));
            }
            Err(e) => return Err(failed(format!("waiting for it: {e}"))),
        }
    };
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    if !status.success() {
        let first_line = String::from_utf8_lossy(&stderr)
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .chars()
            .take(200)
            .collect::<String>();
        return Err(failed(format!("{status}: {first_line}")));
    }
    let stdout = String::from_utf8_lossy(&stdout);
    match stdout.lines().map(str::trim).find(|l| !l.is_empty()) {
        Some(token) => Ok(Password::new(token)),
        None => Err(SecretError::Empty {
            origin: format!("the output of `{command}`"),
        }),
    }
}

#[cfg(test)]
mod secret_tests {
    use super::*;

    #[test]
    fn a_token_command_runs_once_until_invalidated() {
        let dir = tempfile::tempdir().expect("tempdir");
        let count = dir.path().join("count");
        // prints "token-N" where N counts the runs
        let command = format!(
            "echo x >> '{c}'; echo; echo token-$(wc -l < '{c}' | tr -d ' ')",
            c = count.display()
        );
        let source = SecretSource::new(Credential::TokenCommand(command));
        assert_eq!(source.mechanism(), AuthMechanism::Xoauth2);
        assert_eq!(source.read().expect("token").expose(), "token-1");
        assert_eq!(source.read().expect("cached").expose(), "token-1");
        source.invalidate();
        assert_eq!(source.read().expect("fresh").expose(), "token-2");
    }

    #[test]
    fn a_failing_token_command_says_why_without_a_token() {
        let source = SecretSource::new(Credential::TokenCommand(
            "echo 'device code expired' >&2; exit 3".into(),
        ));
        let message = source.read().expect_err("fails").to_string();
        assert!(message.contains("device code expired"), "{message}");
        assert!(message.contains("exit status: 3"), "{message}");
    }

    #[test]
    fn a_hanging_token_command_is_stopped() {
        let started = Instant::now();
        let error = run_token_command("sleep 30", Duration::from_millis(200)).expect_err("timeout");
        assert!(error.to_string().contains("no answer within"), "{error}");
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn a_secret_file_gives_its_first_line() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("pw");
        std::fs::write(&path, "s3cret\r\nsecond line\n").expect("write");
        let source = SecretSource::new(Credential::PasswordFile(path.clone()));
        assert_eq!(source.read().expect("password").expose(), "s3cret");
        std::fs::write(&path, "\n").expect("write");
        assert!(matches!(source.read(), Err(SecretError::Empty { .. })));
    }

    #[test]
    fn credentials_directory_paths_need_the_variable() {
        // The variable is never set for `cargo test`: expansion must fail
        // with a hint rather than read a relative file.
        if std::env::var_os("CREDENTIALS_DIRECTORY").is_some() {
            eprintln!("skipped: CREDENTIALS_DIRECTORY is set in this environment");
            return;
        }
        let source = SecretSource::new(Credential::PasswordFile(PathBuf::from(
            "$CREDENTIALS_DIRECTORY/smtp-password",
        )));
        let message = source.read().expect_err("no variable").to_string();
        assert!(message.contains("LoadCredential"), "{message}");
    }

    #[test]
    fn the_xoauth2_response_has_the_sasl_shape() {
        assert_eq!(
            xoauth2_response("dana@example.org", &Password::new("tok")),
            "user=dana@example.org\x01auth=Bearer tok\x01\x01"
        );
    }
}
