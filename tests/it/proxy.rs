//! A TCP proxy between ferry and a real server that cuts every connection
//! at a chosen moment: when the client sends a statement, some bytes into a
//! stream, or just after a statement reached the server but before its
//! reply reaches ferry (a COMMIT whose answer is lost).
//!
//! To find the statement that starts a stage, run a test with
//! `FERRY_TEST_PROXY_DUMP=FILE`: every proxy appends the client's bytes to
//! FILE (`strings FILE` shows the SQL).

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// When the proxy cuts. Patterns are matched in the bytes the client
/// sends, which hold the SQL text on both protocols (no TLS here).
#[derive(Clone, Copy, Debug)]
pub enum Cut {
    /// Before the server sees the client's bytes holding the pattern.
    Before(&'static str),
    /// After the server got the bytes holding the pattern and had time to
    /// act on them, before its reply reaches the client.
    AfterSent(&'static str),
    /// The server never sees the client's bytes from the pattern on, and
    /// never answers: a statement stuck at that stage, for a signal to
    /// interrupt. The connection stays open until the client closes it.
    Stall(&'static str),
    /// Once the client has sent this many bytes on the connection that
    /// sent the pattern, counted from the read that held it (mid-stream on
    /// a writer).
    ClientBytesAfter(&'static str, usize),
    /// Once the server has sent this many bytes on the connection whose
    /// client sent the pattern, since it did (mid-stream on a reader).
    ServerBytesAfter(&'static str, usize),
}

impl Cut {
    fn pattern(self) -> &'static [u8] {
        match self {
            Cut::Before(p) | Cut::AfterSent(p) | Cut::Stall(p) => p.as_bytes(),
            Cut::ClientBytesAfter(p, _) | Cut::ServerBytesAfter(p, _) => p.as_bytes(),
        }
    }
}

pub struct Proxy {
    pub port: u16,
    shared: Arc<Shared>,
}

struct Shared {
    cut: Cut,
    tripped: AtomicBool,
    /// Every socket of every connection, to shut down at the cut.
    sockets: Mutex<Vec<TcpStream>>,
}

impl Proxy {
    /// A proxy in front of the server of `url`, and `url` through it.
    /// With `stay_down`, connections after the cut are closed at once (the
    /// server stays unreachable); without, they are forwarded (a blip).
    pub fn before(url: &str, cut: Cut, stay_down: bool) -> (Proxy, String) {
        let mut through = url::Url::parse(url).expect("server URL");
        let target = format!(
            "{}:{}",
            through.host_str().expect("host"),
            through.port().unwrap_or(match through.scheme() {
                "postgres" | "postgresql" => 5432,
                _ => 3306,
            })
        );
        let proxy = Proxy::start(&target, cut, stay_down);
        through.set_host(Some("127.0.0.1")).expect("host");
        through.set_port(Some(proxy.port)).expect("port");
        // In clear: the proxy matches statements' text.
        let clear = match through.scheme() {
            "mysql" | "mariadb" => ("ssl-mode", "DISABLED"),
            _ => ("sslmode", "disable"),
        };
        through.query_pairs_mut().append_pair(clear.0, clear.1);
        (proxy, through.to_string())
    }

    /// Forwards 127.0.0.1:port to `target` (host:port) until `cut`.
    pub fn start(target: &str, cut: Cut, stay_down: bool) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("proxy listens");
        let port = listener.local_addr().expect("proxy port").port();
        let shared = Arc::new(Shared {
            cut,
            tripped: AtomicBool::new(false),
            sockets: Mutex::new(Vec::new()),
        });
        let target = target.to_string();
        let state = shared.clone();
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let Ok(server) = TcpStream::connect(&target) else {
                    continue;
                };
                let tripped = state.tripped.load(Ordering::SeqCst);
                if tripped && stay_down {
                    continue; // both dropped: closed
                }
                forward(client, server, state.clone(), tripped);
            }
        });
        Proxy { port, shared }
    }

    /// Whether the cut happened (a case whose pattern never came would
    /// test nothing).
    pub fn tripped(&self) -> bool {
        self.shared.tripped.load(Ordering::SeqCst)
    }
}

/// One connection: the client's bytes are watched for the pattern, the
/// server's counted once it came.
fn forward(client: TcpStream, server: TcpStream, shared: Arc<Shared>, after_cut: bool) {
    {
        let mut sockets = shared.sockets.lock().expect("sockets");
        sockets.push(client.try_clone().expect("clone"));
        sockets.push(server.try_clone().expect("clone"));
    }
    // Set once this connection's client sent the pattern.
    let armed = Arc::new(AtomicBool::new(false));
    let (mut from_client, mut to_server) = (
        client.try_clone().expect("clone"),
        server.try_clone().expect("clone"),
    );
    let (mut from_server, mut to_client) = (server, client);
    let watch = (!after_cut).then_some(shared.cut);
    {
        let (shared, armed) = (shared.clone(), armed.clone());
        std::thread::spawn(move || {
            let pattern = shared.cut.pattern();
            let mut window: Vec<u8> = Vec::new();
            let mut since = 0usize;
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                let n = match from_client.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                let chunk = &buf[..n];
                if let Ok(dump) = std::env::var("FERRY_TEST_PROXY_DUMP") {
                    let mut file = std::fs::OpenOptions::new()
                        .create(true)
                        .append(true)
                        .open(dump)
                        .expect("dump");
                    let _ = file.write_all(chunk);
                }
                let seen = watch.is_some() && !armed.load(Ordering::SeqCst) && {
                    window.extend_from_slice(chunk);
                    let found = window.windows(pattern.len()).any(|w| w == pattern);
                    let keep = window.len().saturating_sub(pattern.len());
                    window.drain(..keep);
                    found
                };
                if seen {
                    armed.store(true, Ordering::SeqCst);
                }
                match watch {
                    Some(Cut::Before(_)) if seen => return cut(&shared),
                    Some(Cut::Stall(_)) if seen => {
                        shared.tripped.store(true, Ordering::SeqCst);
                        while let Ok(1..) = from_client.read(&mut buf) {}
                        break;
                    }
                    Some(Cut::AfterSent(_)) if seen => {
                        let _ = to_server.write_all(chunk);
                        std::thread::sleep(Duration::from_millis(500));
                        return cut(&shared);
                    }
                    Some(Cut::ClientBytesAfter(_, bytes)) if armed.load(Ordering::SeqCst) => {
                        if since + n > bytes {
                            let _ = to_server.write_all(&chunk[..bytes - since]);
                            return cut(&shared);
                        }
                        since += n;
                    }
                    _ => {}
                }
                if to_server.write_all(chunk).is_err() {
                    break;
                }
            }
            let _ = to_server.shutdown(Shutdown::Write);
        });
    }
    std::thread::spawn(move || {
        let mut since = 0usize;
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = match from_server.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            if armed.load(Ordering::SeqCst) {
                match watch {
                    // The reply to the statement is held back until the cut.
                    Some(Cut::AfterSent(_)) => continue,
                    Some(Cut::ServerBytesAfter(_, bytes)) => {
                        if since + n > bytes {
                            let _ = to_client.write_all(&buf[..bytes - since]);
                            return cut(&shared);
                        }
                        since += n;
                    }
                    _ => {}
                }
            }
            if to_client.write_all(&buf[..n]).is_err() {
                break;
            }
        }
        let _ = to_client.shutdown(Shutdown::Write);
    });
}

/// Shuts down every connection made so far.
fn cut(shared: &Shared) {
    shared.tripped.store(true, Ordering::SeqCst);
    for socket in shared.sockets.lock().expect("sockets").drain(..) {
        let _ = socket.shutdown(Shutdown::Both);
    }
}
