//! What a connection's transport turned out to be (logged with `-v`, and
//! a warning when a remote connection fell back to plain text), and TLS
//! failures in words a DBA can act on. Each engine asks its own server
//! how the session is encrypted; this module only words the answer.

mod peer;

use super::{DbUrl, Engine};
use crate::error::Error;
use rustls::{CertificateError, Error as TlsError};
use std::collections::BTreeSet;
use std::sync::Mutex;

pub use peer::Upgrade;

/// How one connection reaches its server.
pub struct Transport<'a> {
    pub url: &'a DbUrl,
    /// The host name or address connected to; empty for a Unix socket.
    pub host: &'a str,
    /// The Unix socket's path, if the connection went through one.
    pub socket: Option<&'a std::path::Path>,
    /// The URL's TLS mode as written (`sslmode=prefer`).
    pub mode: String,
    /// The mode lets the connection fall back to plain text.
    pub may_fall_back: bool,
    /// Protocol version and cipher the server reports, if encrypted.
    pub tls: Option<(String, String)>,
    /// The server certificate's subject and issuer, when `-v` asks.
    pub certificate: Option<String>,
}

/// Whether this URL's transport is still to be reported: once per run,
/// however many connections ferry opens to it.
pub fn first_report(url: &DbUrl) -> bool {
    static REPORTED: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());
    let mut reported = REPORTED.lock().unwrap_or_else(|e| e.into_inner());
    reported.insert(url.redacted())
}

/// The server certificate's subject for the `-v` log: read over a short
/// connection of its own, only when the log is shown and the session is
/// encrypted over TCP (`encrypted_tcp`).
pub async fn certificate_for_log(
    upgrade: Upgrade,
    host: &str,
    port: u16,
    encrypted_tcp: bool,
) -> Option<String> {
    if !encrypted_tcp || !tracing::enabled!(tracing::Level::INFO) {
        return None;
    }
    Some(peer::describe(upgrade, host, port).await)
}

/// Logs how the connection is carried; warns when a connection to another
/// machine ended up unencrypted although the mode allowed TLS.
pub fn report(t: &Transport<'_>) {
    let url = t.url.redacted();
    match (&t.tls, t.socket) {
        (Some((version, cipher)), _) => match &t.certificate {
            Some(cert) => tracing::info!(
                "{url}: encrypted with {version} ({cipher}), {}; server certificate {cert}",
                t.mode
            ),
            None => tracing::info!("{url}: encrypted with {version} ({cipher}), {}", t.mode),
        },
        (None, Some(path)) => {
            tracing::info!("{url}: Unix socket {}, not encrypted", path.display())
        }
        (None, None) if t.may_fall_back && !is_loopback(t.host) => tracing::warn!(
            "the connection to {} ({url}) is not encrypted: the server offers no TLS and {} falls back to plain text; \
             refuse that with {}",
            t.host,
            t.mode,
            match t.url.engine {
                Engine::MySql => "ssl-mode=REQUIRED",
                _ => "sslmode=require",
            }
        ),
        (None, None) => tracing::info!("{url}: not encrypted ({})", t.mode),
    }
}

/// Loopback names and addresses: traffic that never leaves the machine.
pub fn is_loopback(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    bare.eq_ignore_ascii_case("localhost")
        || bare
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// A connection error that is about TLS, as bad input (exit 2) naming the
/// URL and the reason; `None` for any other error.
pub fn connect_error(url: &DbUrl, host: &str, mode: &str, error: &sqlx::Error) -> Option<Error> {
    let reason = reason(error, host, url.engine)?;
    Some(Error::bad_input(format!(
        "cannot connect to {} with {mode}: {reason}",
        url.redacted()
    )))
}

fn reason(error: &sqlx::Error, host: &str, engine: Engine) -> Option<String> {
    match error {
        sqlx::Error::Tls(inner) => {
            let text = inner.to_string();
            if text.contains("server does not support TLS") {
                return Some(
                    "the server does not offer TLS; enable it on the server (PostgreSQL ssl = on, \
                     MariaDB ssl_cert/ssl_key) or connect without requiring it"
                        .into(),
                );
            }
            Some(match inner.downcast_ref::<TlsError>() {
                Some(e) => rustls_reason(e, host, engine),
                None => format!("TLS setup failed: {text}"),
            })
        }
        sqlx::Error::Io(io) => io
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<TlsError>())
            .map(|e| rustls_reason(e, host, engine)),
        sqlx::Error::Configuration(inner) if inner.to_string().contains("key") => Some(format!(
            "the client certificate and key cannot be used: {inner}"
        )),
        _ => None,
    }
}

fn rustls_reason(error: &TlsError, host: &str, engine: Engine) -> String {
    let (ca, verify_ca, client) = match engine {
        Engine::MySql => ("ssl-ca=FILE", "ssl-mode=VERIFY_CA", "ssl-cert and ssl-key"),
        _ => (
            "sslrootcert=FILE",
            "sslmode=verify-ca",
            "sslcert and sslkey",
        ),
    };
    match error {
        TlsError::InvalidCertificate(cert) => match cert {
            CertificateError::UnknownIssuer => format!(
                "the server's certificate is not signed by a CA ferry trusts; give the CA that signed it with {ca}"
            ),
            CertificateError::NotValidForNameContext { presented, .. } => format!(
                "the server's certificate is not valid for the host name '{host}' (it names {}); connect by a \
                 name the certificate holds, or check the CA only with {verify_ca}",
                presented.iter().map(|n| plain_name(n)).collect::<Vec<_>>().join(", ")
            ),
            CertificateError::NotValidForName => format!(
                "the server's certificate is not valid for the host name '{host}'; connect by a name the \
                 certificate holds, or check the CA only with {verify_ca}"
            ),
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                "the server's certificate has expired".to_string()
            }
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                "the server's certificate is not valid yet (check the clocks)".to_string()
            }
            CertificateError::Revoked => "the server's certificate is revoked".to_string(),
            other => format!("the server's certificate was refused ({other:?})"),
        },
        TlsError::AlertReceived(alert) => format!(
            "the server ended the TLS handshake ({alert:?}); it may want a client certificate ({client})"
        ),
        other => format!("the TLS handshake failed: {other}"),
    }
}

/// `DnsName("db.example.com")` → `db.example.com`, `IpAddress(10.0.0.5)` →
/// `10.0.0.5`: the names rustls lists, as a DBA writes them.
fn plain_name(debug: &str) -> &str {
    let inner = debug
        .split_once('(')
        .and_then(|(_, rest)| rest.strip_suffix(')'))
        .unwrap_or(debug);
    inner.trim_matches('"')
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        for host in ["localhost", "127.0.0.1", "127.3.4.5", "::1", "[::1]"] {
            assert!(is_loopback(host), "{host}");
        }
        for host in ["db.example.com", "10.0.0.5", "192.0.2.2", ""] {
            assert!(!is_loopback(host), "{host}");
        }
    }

    #[test]
    fn certificate_names_as_written() {
        assert_eq!(plain_name("DnsName(\"localhost\")"), "localhost");
        assert_eq!(plain_name("IpAddress(127.0.0.1)"), "127.0.0.1");
        assert_eq!(plain_name("other"), "other");
    }
}
