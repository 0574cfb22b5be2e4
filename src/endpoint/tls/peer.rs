//! The server certificate's subject and issuer, for `-v`. sqlx keeps the
//! TLS session to itself, so this opens one short connection of its own:
//! the engine's TLS request (PostgreSQL's SSLRequest, MySQL's handshake
//! and SSL request), a rustls handshake, then close before any login.
//! The certificate is only read here, never trusted: the session ferry
//! works through has been verified as its mode says.

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, ClientConnection, DigitallySignedStruct, SignatureScheme};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::Duration;
use x509_cert::der::Decode;

/// The engine's way of asking for TLS on a fresh connection.
#[derive(Clone, Copy)]
pub enum Upgrade {
    Postgres,
    MySql,
}

const TIMEOUT: Duration = Duration::from_secs(5);

/// `CN=db.example.com (issued by CN=Example CA)`, or why it is unknown.
pub async fn describe(upgrade: Upgrade, host: &str, port: u16) -> String {
    let host = host.to_string();
    let task = tokio::task::spawn_blocking(move || certificate(upgrade, &host, port));
    match task.await {
        Ok(Ok(der)) => subject_and_issuer(&der),
        Ok(Err(e)) => format!("certificate not read: {e}"),
        Err(e) => format!("certificate not read: {e}"),
    }
}

fn certificate(upgrade: Upgrade, host: &str, port: u16) -> std::io::Result<Vec<u8>> {
    let address = std::net::ToSocketAddrs::to_socket_addrs(&(host, port))?
        .next()
        .ok_or_else(|| std::io::Error::other("the host name resolves to no address"))?;
    let mut socket = TcpStream::connect_timeout(&address, TIMEOUT)?;
    socket.set_read_timeout(Some(TIMEOUT))?;
    socket.set_write_timeout(Some(TIMEOUT))?;
    match upgrade {
        Upgrade::Postgres => postgres_ssl_request(&mut socket)?,
        Upgrade::MySql => mysql_ssl_request(&mut socket)?,
    }
    let name = ServerName::try_from(host.to_string())
        .map_err(|e| std::io::Error::other(format!("host name: {e}")))?;
    let mut tls = ClientConnection::new(config(), name).map_err(std::io::Error::other)?;
    while tls.is_handshaking() {
        tls.complete_io(&mut socket)?;
    }
    let der = tls
        .peer_certificates()
        .and_then(|chain| chain.first())
        .map(|cert| cert.to_vec())
        .ok_or_else(|| std::io::Error::other("the server sent no certificate"))?;
    tls.send_close_notify();
    let _ = tls.complete_io(&mut socket);
    Ok(der)
}

/// SSLRequest: length 8, code 80877103; the server answers `S` or `N`.
fn postgres_ssl_request(socket: &mut TcpStream) -> std::io::Result<()> {
    socket.write_all(&[0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f])?;
    let mut answer = [0u8; 1];
    socket.read_exact(&mut answer)?;
    match answer[0] {
        b'S' => Ok(()),
        _ => Err(std::io::Error::other("the server declined TLS")),
    }
}

/// Reads the server's greeting and answers with an SSL request packet
/// (protocol 4.1, CLIENT_SSL), as a client does before its login.
fn mysql_ssl_request(socket: &mut TcpStream) -> std::io::Result<()> {
    let mut header = [0u8; 4];
    socket.read_exact(&mut header)?;
    let length = u32::from_le_bytes([header[0], header[1], header[2], 0]) as usize;
    let mut greeting = vec![0u8; length];
    socket.read_exact(&mut greeting)?;
    if greeting.first() == Some(&0xff) {
        return Err(std::io::Error::other("the server refused the connection"));
    }
    const LONG_PASSWORD: u32 = 0x1;
    const PROTOCOL_41: u32 = 0x200;
    const SSL: u32 = 0x800;
    const SECURE_CONNECTION: u32 = 0x8000;
    let mut packet = vec![32, 0, 0, 1];
    packet.extend((LONG_PASSWORD | PROTOCOL_41 | SSL | SECURE_CONNECTION).to_le_bytes());
    packet.extend((16u32 << 20).to_le_bytes());
    packet.push(45); // utf8mb4_general_ci
    packet.extend([0u8; 23]);
    socket.write_all(&packet)
}

// why: ring supports rustls's default protocol versions; the expect fails
// only if that pairing of crates is broken, never on a server's data.
#[allow(clippy::expect_used)]
fn config() -> Arc<ClientConfig> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .expect("ring supports the default protocol versions")
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(ReadOnly(provider)))
        .with_no_client_auth();
    Arc::new(config)
}

/// Accepts any certificate, checking only the handshake's signatures: the
/// certificate is read for the log, and nothing is sent over this session.
#[derive(Debug)]
struct ReadOnly(Arc<CryptoProvider>);

impl ServerCertVerifier for ReadOnly {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// The certificate's subject and issuer as RFC 4514 names.
fn subject_and_issuer(der: &[u8]) -> String {
    match x509_cert::Certificate::from_der(der) {
        Ok(cert) => {
            let tbs = &cert.tbs_certificate;
            format!("{} (issued by {})", tbs.subject, tbs.issuer)
        }
        Err(e) => format!("certificate not read: {e}"),
    }
}
