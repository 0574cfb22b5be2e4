//! Reaching servers as production needs: TLS in every mode against
//! throwaway servers whose CA and certificate are made at test time
//! (`scripts/tls-servers.sh`, started on first use), Unix sockets,
//! passwords from the environment, pgpass, option files and stdin — and no
//! password in anything ferry prints or writes.

use crate::common::*;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Write;
use std::process::Stdio;
use std::sync::OnceLock;

/// The throwaway servers' addresses and files, from their env file.
pub struct Servers {
    env: BTreeMap<String, String>,
}

impl Servers {
    fn get(&self, key: &str) -> &str {
        self.env
            .get(key)
            .unwrap_or_else(|| panic!("servers.env has no {key}"))
    }
    pub fn ca(&self) -> &str {
        self.get("FERRY_TLS_CA")
    }
    fn other_ca(&self) -> &str {
        self.get("FERRY_TLS_OTHER_CA")
    }
    pub fn pg_port(&self) -> &str {
        self.get("FERRY_TLS_PG_PORT")
    }
    fn my_port(&self) -> &str {
        self.get("FERRY_TLS_MYSQL_PORT")
    }
    fn super_password(&self) -> &str {
        self.get("FERRY_TLS_SUPER_PASSWORD")
    }
    /// The superuser, over TLS, without a database.
    pub fn pg_admin(&self) -> String {
        format!(
            "postgres://postgres:{}@127.0.0.1:{}",
            self.super_password(),
            self.pg_port()
        )
    }
    pub fn my_admin(&self) -> String {
        format!(
            "mysql://root:{}@127.0.0.1:{}",
            self.super_password(),
            self.my_port()
        )
    }
}

/// Starts the throwaway servers once per test process (the script leaves
/// running ones alone).
pub fn servers() -> &'static Servers {
    static SERVERS: OnceLock<Servers> = OnceLock::new();
    SERVERS.get_or_init(|| {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/tls-servers.sh");
        let out = std::process::Command::new(script)
            .arg("start")
            .output()
            .unwrap_or_else(|e| panic!("cannot run {script}: {e}"));
        assert!(
            out.status.success(),
            "the throwaway TLS servers did not start; run `{script} start` to see why \
             (it needs PostgreSQL's server binaries under /usr/lib/postgresql, mariadbd and openssl, \
             which the README's test command installs):\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let path = String::from_utf8_lossy(&out.stdout)
            .lines()
            .last()
            .unwrap_or_default()
            .trim()
            .to_string();
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        let env = text
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Servers { env }
    })
}

/// An address of this machine that is not loopback, for connections
/// that leave the loopback interface as far as the client can tell.
fn non_loopback_ip() -> String {
    let socket = std::net::UdpSocket::bind("0.0.0.0:0").expect("udp socket");
    // No packet is sent: connecting a UDP socket only picks the route.
    let _ = socket.connect("192.0.2.1:9");
    let ip = socket.local_addr().expect("local address").ip();
    assert!(
        !ip.is_loopback() && !ip.is_unspecified(),
        "this machine has no address besides loopback (needed to test connections to another host)"
    );
    ip.to_string()
}

/// A TCP forwarder on `listen_ip` to `target`, for the life of the test:
/// the client sees another host, the server a loopback connection.
fn forward(listen_ip: &str, target: &str) -> u16 {
    let target = target.to_string();
    let listener = std::net::TcpListener::bind((listen_ip, 0)).expect("forwarder");
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let Ok(server) = std::net::TcpStream::connect(&target) else {
                continue;
            };
            let (mut c2, mut s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
            let (mut c, mut s) = (client, server);
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut c, &mut s);
                let _ = s.shutdown(std::net::Shutdown::Write);
            });
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut s2, &mut c2);
                let _ = c2.shutdown(std::net::Shutdown::Write);
            });
        }
    });
    port
}

/// 500 customers, made by the engine itself.
fn customers(db: &TestDb) {
    db.exec("CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(200))");
    db.exec(match db.kind {
        Kind::Postgres => "INSERT INTO customer SELECT g, 'name ' || g, 'c' || g || '@example.com' FROM generate_series(1, 500) g",
        _ => "INSERT INTO customer WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < 500) \
              SELECT g, CONCAT('name ', g), CONCAT('c', g, '@example.com') FROM s",
    });
}

/// Row count and sha256 of the customers as the engine concatenates them.
fn customer_sum(db: &TestDb) -> (i64, String) {
    let count = db.scalar("SELECT count(*) FROM customer");
    let text: String = rt().block_on(async {
        use sqlx::{Connection, Executor};
        match db.kind {
            Kind::Postgres => {
                let mut c = sqlx::PgConnection::connect(&db.url).await.expect("connect");
                sqlx::query_scalar("SELECT string_agg(id || '|' || name || '|' || coalesce(email, '-'), ',' ORDER BY id) FROM customer")
                    .fetch_one(&mut c).await.expect("sum")
            }
            Kind::MySql => {
                let mut c = sqlx::MySqlConnection::connect(&db.url).await.expect("connect");
                c.execute("SET SESSION group_concat_max_len = 10000000").await.expect("set");
                sqlx::query_scalar("SELECT CAST(GROUP_CONCAT(CONCAT(id, '|', name, '|', COALESCE(email, '-')) ORDER BY id SEPARATOR ',') AS CHAR) FROM customer")
                    .fetch_one(&mut c).await.expect("sum")
            }
            Kind::Sqlite => {
                let mut c = sqlx::SqliteConnection::connect(&db.url).await.expect("connect");
                sqlx::query_scalar("SELECT group_concat(id || '|' || name || '|' || coalesce(email, '-'), ',') FROM (SELECT * FROM customer ORDER BY id)")
                    .fetch_one(&mut c).await.expect("sum")
            }
        }
    });
    (count, hex(&Sha256::digest(text.as_bytes())))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `user:password@host:port/db` of a database on a throwaway server, as
/// a URL of `scheme`.
fn url_of(scheme: &str, user: &str, password: &str, host: &str, port: &str, db: &TestDb) -> String {
    format!(
        "{scheme}://{user}:{}@{host}:{port}/{}",
        encode(password),
        db.name
    )
}

/// Percent-encodes every byte but letters and digits, as a URL's user
/// information must be.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn assert_refused(run: &Run, message: &str) {
    assert_eq!(run.code, 2, "{run}");
    assert_eq!(run.stderr, format!("error: {message}\n"), "{run}");
}

fn empty_sqlite_untouched(db: &TestDb) {
    assert_eq!(
        db.scalar("SELECT count(*) FROM sqlite_master"),
        0,
        "the target was left untouched"
    );
}

/// PostgreSQL's sslmodes against a server with TLS: require and verify-full
/// with the right CA connect encrypted (and copy exactly); the wrong CA, a
/// host name the certificate lacks and a socket where the server offers no
/// TLS are refused with the reason, exit 2, the target untouched.
#[test]
fn postgres_tls_modes() {
    let s = servers();
    let src = TestDb::on_server(Kind::Postgres, &s.pg_admin(), "tls_pg");
    customers(&src);
    let pw = s.super_password();
    let at = |host: &str, query: &str| {
        format!(
            "{}?{query}",
            url_of("postgres", "postgres", pw, host, s.pg_port(), &src)
        )
    };

    let dst = TestDb::new(Kind::Sqlite, "tls_pg_dst");
    let run = ferry(&[
        "run",
        "--from",
        &at("127.0.0.1", "sslmode=require"),
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
        "-v",
    ]);
    assert_eq!(run.code, 0, "{run}");
    let shown = format!(
        "postgres://postgres:***@127.0.0.1:{}/{}?sslmode=require",
        s.pg_port(),
        src.name
    );
    assert!(
        run.stderr
            .contains(&format!("{shown}: encrypted with TLSv1.3")),
        "{run}"
    );
    assert_eq!(customer_sum(&dst), customer_sum(&src));

    // Plans into an empty target (one into the filled one is refused by
    // its keys).
    let empty = TestDb::new(Kind::Sqlite, "tls_pg_plan");
    let plan_to = |from: &str, extra: &[&str]| {
        let mut args = vec![
            "plan",
            "--from",
            from,
            "--to",
            &empty.url,
            "--create-tables",
        ];
        args.extend(extra);
        ferry(&args)
    };
    for host in ["127.0.0.1", "localhost"] {
        let query = format!("sslmode=verify-full&sslrootcert={}", s.ca());
        let run = plan_to(&at(host, &query), &["-v"]);
        assert_eq!(run.code, 0, "{run}");
        assert!(run.stderr.contains("encrypted with TLSv1.3"), "{run}");
    }
    let ip = non_loopback_ip();
    let query = format!("sslmode=verify-ca&sslrootcert={}", s.ca());
    let run = plan_to(&at(&ip, &query), &[]);
    assert_eq!(run.code, 0, "verify-ca does not check the name: {run}");

    let fresh = TestDb::new(Kind::Sqlite, "tls_pg_refused");
    let wrong_ca = format!("sslmode=verify-full&sslrootcert={}", s.other_ca());
    let run = ferry(&[
        "run",
        "--from",
        &at("127.0.0.1", &wrong_ca),
        "--to",
        &fresh.url,
        "--create-tables",
        "--yes",
    ]);
    assert_refused(&run, &format!(
        "cannot connect to postgres://postgres:***@127.0.0.1:{}/{}?{wrong_ca} with sslmode=verify-full: \
         the server's certificate is not signed by a CA ferry trusts; give the CA that signed it with sslrootcert=FILE",
        s.pg_port(), src.name
    ));
    let right_ca = format!("sslmode=verify-full&sslrootcert={}", s.ca());
    let run = ferry(&[
        "run",
        "--from",
        &at(&ip, &right_ca),
        "--to",
        &fresh.url,
        "--create-tables",
        "--yes",
    ]);
    assert_refused(&run, &format!(
        "cannot connect to postgres://postgres:***@{ip}:{}/{}?{right_ca} with sslmode=verify-full: \
         the server's certificate is not valid for the host name '{ip}' (it names localhost, 127.0.0.1); \
         connect by a name the certificate holds, or check the CA only with sslmode=verify-ca",
        s.pg_port(), src.name
    ));
    // PostgreSQL offers no TLS on a Unix socket: a server without TLS.
    let socket = format!(
        "postgres:///{}?host={}&port={}&user=postgres&sslmode=require",
        src.name,
        s.get("FERRY_TLS_PG_SOCKET_DIR"),
        s.pg_port(),
    );
    let run = ferry_with_env(
        &[
            "run",
            "--from",
            &socket,
            "--to",
            &fresh.url,
            "--create-tables",
            "--yes",
        ],
        &[("PGPASSWORD", pw)],
    );
    assert_refused(&run, &format!(
        "cannot connect to {socket} with sslmode=require: \
         the server does not offer TLS; enable it on the server (PostgreSQL ssl = on, MariaDB ssl_cert/ssl_key) \
         or connect without requiring it"
    ));
    empty_sqlite_untouched(&fresh);
}

/// MySQL's ssl-modes, the same way: REQUIRED and VERIFY_IDENTITY with the
/// right CA connect encrypted and copy exactly; the wrong CA and a server
/// without TLS (the machine's own MariaDB) are refused, exit 2.
#[test]
fn mysql_tls_modes() {
    let s = servers();
    let src = TestDb::on_server(Kind::MySql, &s.my_admin(), "tls_my");
    customers(&src);
    let pw = s.super_password();
    let at = |host: &str, query: &str| {
        format!(
            "{}?{query}",
            url_of("mysql", "root", pw, host, s.my_port(), &src)
        )
    };
    let dst = TestDb::on_server(Kind::Postgres, &s.pg_admin(), "tls_my_dst");
    let to = format!("{}?sslmode=verify-full&sslrootcert={}", dst.url, s.ca());
    let run = ferry(&[
        "run",
        "--from",
        &at("127.0.0.1", "ssl-mode=REQUIRED"),
        "--to",
        &to,
        "--create-tables",
        "--yes",
        "-v",
    ]);
    assert_eq!(run.code, 0, "{run}");
    let shown = format!(
        "mysql://root:***@127.0.0.1:{}/{}?ssl-mode=REQUIRED",
        s.my_port(),
        src.name
    );
    assert!(
        run.stderr
            .contains(&format!("{shown}: encrypted with TLSv1.3")),
        "{run}"
    );
    assert!(
        run.stderr
            .contains("encrypted with TLSv1.3 (TLS_AES_256_GCM_SHA384), sslmode=verify-full"),
        "{run}"
    );
    assert_eq!(customer_sum(&dst), customer_sum(&src));

    let verify = format!("ssl-mode=VERIFY_IDENTITY&ssl-ca={}", s.ca());
    let empty = TestDb::new(Kind::Sqlite, "tls_my_plan");
    let run = ferry(&[
        "plan",
        "--from",
        &at("127.0.0.1", &verify),
        "--to",
        &empty.url,
        "--create-tables",
    ]);
    assert_eq!(run.code, 0, "{run}");

    let fresh = TestDb::new(Kind::Sqlite, "tls_my_refused");
    let wrong = format!("ssl-mode=VERIFY_IDENTITY&ssl-ca={}", s.other_ca());
    let run = ferry(&[
        "run",
        "--from",
        &at("127.0.0.1", &wrong),
        "--to",
        &fresh.url,
        "--create-tables",
        "--yes",
    ]);
    assert_refused(&run, &format!(
        "cannot connect to mysql://root:***@127.0.0.1:{}/{}?{wrong} with ssl-mode=VERIFY_IDENTITY: \
         the server's certificate is not signed by a CA ferry trusts; give the CA that signed it with ssl-ca=FILE",
        s.my_port(), src.name
    ));
    let ip = non_loopback_ip();
    let right = format!("ssl-mode=VERIFY_IDENTITY&ssl-ca={}", s.ca());
    let run = ferry(&[
        "run",
        "--from",
        &at(&ip, &right),
        "--to",
        &fresh.url,
        "--create-tables",
        "--yes",
    ]);
    assert_refused(&run, &format!(
        "cannot connect to mysql://root:***@{ip}:{}/{}?{right} with ssl-mode=VERIFY_IDENTITY: \
         the server's certificate is not valid for the host name '{ip}' (it names localhost, 127.0.0.1); \
         connect by a name the certificate holds, or check the CA only with ssl-mode=VERIFY_CA",
        s.my_port(), src.name
    ));
    let plain = TestDb::new(Kind::MySql, "tls_plain");
    customers(&plain);
    let required = format!("{}?ssl-mode=REQUIRED", plain.url);
    let run = ferry(&[
        "run",
        "--from",
        &required,
        "--to",
        &fresh.url,
        "--create-tables",
        "--yes",
    ]);
    assert_refused(&run, &format!(
        "cannot connect to {required} with ssl-mode=REQUIRED: the server does not offer TLS; enable it on the server \
         (PostgreSQL ssl = on, MariaDB ssl_cert/ssl_key) or connect without requiring it"
    ));
    empty_sqlite_untouched(&fresh);
}

/// `[source]`/`[target]` carry the TLS settings by libpq's and the mysql
/// client's names, files relative to the job file; a setting the URL
/// gives differently is refused.
#[test]
fn tls_settings_from_the_job_file() {
    let s = servers();
    let src = TestDb::on_server(Kind::Postgres, &s.pg_admin(), "tls_job_src");
    customers(&src);
    let dst = TestDb::on_server(Kind::MySql, &s.my_admin(), "tls_job_dst");
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("certs")).unwrap();
    std::fs::copy(s.ca(), dir.path().join("certs/ca.pem")).unwrap();
    let job = dir.path().join("nightly.toml");
    std::fs::write(
        &job,
        format!(
            "[source]\nurl = \"{}\"\nsslmode = \"verify-full\"\nsslrootcert = \"certs/ca.pem\"\n\n\
             [target]\nurl = \"{}\"\nssl-mode = \"VERIFY_IDENTITY\"\nssl-ca = \"certs/ca.pem\"\n",
            src.url, dst.url
        ),
    )
    .unwrap();
    let job = job.display().to_string();
    // Run from elsewhere: the CA is found next to the job file.
    let run = ferry(&["run", "--job", &job, "--create-tables", "--yes", "-v"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(
        run.stderr
            .contains("encrypted with TLSv1.3 (TLS_AES_256_GCM_SHA384), sslmode=verify-full"),
        "{run}"
    );
    assert!(
        run.stderr
            .contains("encrypted with TLSv1.3 (TLS_AES_256_GCM_SHA384), ssl-mode=VERIFY_IDENTITY"),
        "{run}"
    );
    // -v names the certificate each server showed, once per endpoint.
    let certificate = "server certificate CN=localhost (issued by CN=ferry test ca)";
    assert_eq!(run.stderr.matches(certificate).count(), 2, "{run}");
    assert_eq!(customer_sum(&dst), customer_sum(&src));

    let from = format!("{}?sslmode=prefer", src.url);
    let run = ferry(&["plan", "--job", &job, "--from", &from]);
    assert_refused(&run, &format!(
        "--from '{}' gives sslmode=prefer and job file {job} [source] sslmode = \"verify-full\": give it in one place",
        from.replace(s.super_password(), "***")
    ));
    let run = ferry(&["plan", "--job", &job, "--from", "sqlite://x.db"]);
    assert_refused(
        &run,
        &format!(
        "--from is a SQLite file: the TLS settings of job file {job} [source] apply to servers only"
    ),
    );
}

/// A connection to another host that ends up in plain text because the
/// server offers no TLS (the mode only prefers it) is warned of; on
/// loopback it is not.
#[test]
fn plain_text_to_another_host_is_warned_of() {
    let db = TestDb::new(Kind::MySql, "plain_remote");
    customers(&db);
    let dst = TestDb::new(Kind::Sqlite, "plain_remote_dst");
    let ip = non_loopback_ip();
    let port = forward(&ip, &crate::common::mysql_host_port());
    let remote = format!("mysql://root@{ip}:{port}/{}", db.name);
    let run = ferry(&[
        "plan",
        "--from",
        &remote,
        "--to",
        &dst.url,
        "--create-tables",
    ]);
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stderr.contains(&format!(
        "the connection to {ip} ({remote}) is not encrypted: the server offers no TLS and ssl-mode=PREFERRED \
         falls back to plain text; refuse that with ssl-mode=REQUIRED"
    )), "{run}");
    let local = ferry(&[
        "plan",
        "--from",
        &db.url,
        "--to",
        &dst.url,
        "--create-tables",
    ]);
    assert_eq!(local.code, 0, "{local}");
    assert!(!local.stderr.contains("not encrypted"), "{local}");
}

/// Unix sockets: PostgreSQL's `host=/dir` (and a host-less URL that takes
/// PGHOST), MySQL's `socket=`; rows copied exactly both ways.
#[test]
fn unix_sockets() {
    let s = servers();
    let pw = s.super_password();
    let src = TestDb::on_server(Kind::Postgres, &s.pg_admin(), "sock_pg");
    customers(&src);
    let dst = TestDb::on_server(Kind::MySql, &s.my_admin(), "sock_my");
    let pg_dir = s.get("FERRY_TLS_PG_SOCKET_DIR");
    let my_sock = s.get("FERRY_TLS_MYSQL_SOCKET");
    let from = format!(
        "postgres:///{}?host={pg_dir}&port={}&user=postgres",
        src.name,
        s.pg_port()
    );
    let to = format!("mysql://root:{pw}@localhost/{}?socket={my_sock}", dst.name);
    let run = ferry_with_env(
        &[
            "run",
            "--from",
            &from,
            "--to",
            &to,
            "--create-tables",
            "--yes",
            "-v",
        ],
        &[("PGPASSWORD", pw)],
    );
    assert_eq!(run.code, 0, "{run}");
    assert!(
        run.stderr.contains(&format!(
            "{from}: Unix socket {pg_dir}/.s.PGSQL.{}, not encrypted",
            s.pg_port()
        )),
        "{run}"
    );
    assert!(
        run.stderr.contains(&format!(
            "mysql://root:***@localhost/{}?socket={my_sock}: encrypted with TLSv1.3",
            dst.name
        )),
        "{run}"
    );
    assert_eq!(customer_sum(&dst), customer_sum(&src));

    // Back, with libpq's defaults: no host in the URL, PGHOST a directory.
    let back = TestDb::on_server(Kind::Postgres, &s.pg_admin(), "sock_back");
    let run = ferry_with_env(
        &[
            "run",
            "--from",
            &to,
            "--to",
            "postgres://",
            "--create-tables",
            "--yes",
        ],
        &[
            ("PGHOST", pg_dir),
            ("PGPORT", s.pg_port()),
            ("PGUSER", "postgres"),
            ("PGDATABASE", &back.name),
            ("PGPASSWORD", pw),
        ],
    );
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(customer_sum(&back), customer_sum(&src));
}

/// A login role on both throwaway servers with a password full of URL
/// characters; dropped with the value.
struct AppUser {
    name: String,
    password: String,
}

const PASSWORD: &str = "P@ss:w/rd?#&=%+ é\"x'y";

impl AppUser {
    fn new(label: &str) -> AppUser {
        let s = servers();
        let name = format!("ferry_{label}_{}", std::process::id());
        let sql_pw = PASSWORD.replace('\'', "''");
        let pg = TestDb::on_server(Kind::Postgres, &s.pg_admin(), "roles");
        pg.exec(&format!("DROP ROLE IF EXISTS {name}"));
        pg.exec(&format!(
            "CREATE ROLE {name} LOGIN CREATEDB PASSWORD '{sql_pw}'"
        ));
        let my = TestDb::on_server(Kind::MySql, &s.my_admin(), "roles");
        my.exec(&format!(
            "DROP USER IF EXISTS '{name}'@'%', '{name}'@'localhost'"
        ));
        for host in ["%", "localhost"] {
            my.exec(&format!(
                "CREATE USER '{name}'@'{host}' IDENTIFIED BY '{sql_pw}'"
            ));
            my.exec(&format!("GRANT ALL ON *.* TO '{name}'@'{host}'"));
        }
        AppUser {
            name,
            password: PASSWORD.to_string(),
        }
    }

    /// A PostgreSQL database of the role's own, with the customers.
    fn pg_db(&self, label: &str) -> TestDb {
        let db = TestDb::on_server(Kind::Postgres, &servers().pg_admin(), label);
        customers(&db);
        db.exec(&format!("ALTER TABLE customer OWNER TO {}", self.name));
        db.exec(&format!("GRANT ALL ON SCHEMA public TO {}", self.name));
        db
    }

    fn pg_url(&self, db: &TestDb) -> String {
        url_of(
            "postgres",
            &self.name,
            &self.password,
            "127.0.0.1",
            servers().pg_port(),
            db,
        )
    }

    fn my_url(&self, db: &TestDb) -> String {
        url_of(
            "mysql",
            &self.name,
            &self.password,
            "127.0.0.1",
            servers().my_port(),
            db,
        )
    }

    /// What must never be shown or written: the password, its URL form,
    /// and a telling part of it.
    fn forbidden(&self) -> [String; 3] {
        [
            self.password.clone(),
            encode(&self.password),
            "ss:w/rd".to_string(),
        ]
    }

    fn assert_absent(&self, what: &str, text: &str) {
        for secret in self.forbidden() {
            assert!(
                !text.contains(&secret),
                "{what} holds the password ({secret:?}):\n{text}"
            );
        }
    }
}

impl Drop for AppUser {
    fn drop(&mut self) {
        let s = servers();
        let pg = TestDb::on_server(Kind::Postgres, &s.pg_admin(), "roles_drop");
        let _ = pg.exec_result(&format!("DROP ROLE IF EXISTS {}", self.name));
        let my = TestDb::on_server(Kind::MySql, &s.my_admin(), "roles_drop");
        let _ = my.exec_result(&format!(
            "DROP USER IF EXISTS '{}'@'%', '{}'@'localhost'",
            self.name, self.name
        ));
    }
}

/// A file only its owner may read, as libpq asks of a password file.
fn private_file(path: &std::path::Path, text: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, text).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

/// ferry with `stdin` on its standard input.
fn ferry_stdin(args: &[&str], env: &[(&str, &str)], stdin: &str) -> Run {
    let mut child = ferry_command(env)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn ferry");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Every way a DBA gives a password connects: the URL, PGPASSWORD,
/// PGPASSFILE and ~/.pgpass, PGHOST/PGUSER/PGDATABASE/PGSSLMODE defaults,
/// ~/.my.cnf, the job's mysql_option_file and --password-stdin.
#[test]
fn passwords_from_the_usual_places() {
    let s = servers();
    let user = AppUser::new("pw");
    let src = user.pg_db("pw_src");
    let dst = TestDb::on_server(Kind::MySql, &s.my_admin(), "pw_dst");
    let bare_pg = format!(
        "postgres://{}@127.0.0.1:{}/{}",
        user.name,
        s.pg_port(),
        src.name
    );
    let bare_my = format!("mysql://127.0.0.1:{}/{}", s.my_port(), dst.name);
    let plan = |from: &str, to: &str, env: &[(&str, &str)]| {
        let run = ferry_with_env(
            &["plan", "--from", from, "--to", to, "--create-tables"],
            env,
        );
        assert_eq!(run.code, 0, "{from} → {to} with {env:?}: {run}");
        user.assert_absent("plan output", &format!("{run}"));
    };
    let my_url = user.my_url(&dst);
    plan(&user.pg_url(&src), &my_url, &[]);
    plan(&bare_pg, &my_url, &[("PGPASSWORD", PASSWORD)]);

    let home = tempfile::tempdir().unwrap();
    let home_path = home.path().display().to_string();
    let pgpass_line = format!(
        "127.0.0.1:{}:*:{}:{}\n",
        s.pg_port(),
        user.name,
        PASSWORD.replace('\\', "\\\\").replace(':', "\\:")
    );
    let passfile = home.path().join("prod.pgpass");
    private_file(&passfile, &pgpass_line);
    plan(
        &bare_pg,
        &my_url,
        &[("PGPASSFILE", &passfile.display().to_string())],
    );
    private_file(&home.path().join(".pgpass"), &pgpass_line);
    let cnf = format!(
        "[client]\nuser = {}\npassword = \"{}\"\n",
        user.name,
        PASSWORD.replace('\\', "\\\\").replace('"', "\\\"")
    );
    std::fs::write(home.path().join(".my.cnf"), &cnf).unwrap();
    plan(&bare_pg, &bare_my, &[("HOME", &home_path)]);
    plan(
        "postgres://",
        &bare_my,
        &[
            ("HOME", &home_path),
            ("PGHOST", "127.0.0.1"),
            ("PGPORT", s.pg_port()),
            ("PGUSER", &user.name),
            ("PGDATABASE", &src.name),
            ("PGSSLMODE", "require"),
        ],
    );

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("prod.cnf"), &cnf).unwrap();
    let job = dir.path().join("job.toml");
    std::fs::write(
        &job,
        format!("[target]\nurl = \"{bare_my}\"\nmysql_option_file = \"prod.cnf\"\n"),
    )
    .unwrap();
    let run = ferry_with_env(
        &[
            "plan",
            "--job",
            &job.display().to_string(),
            "--from",
            &bare_pg,
            "--create-tables",
        ],
        &[("PGPASSWORD", PASSWORD)],
    );
    assert_eq!(run.code, 0, "{run}");

    let with_user = format!(
        "mysql://{}@127.0.0.1:{}/{}",
        user.name,
        s.my_port(),
        dst.name
    );
    let line = format!("{PASSWORD}\n");
    let run = ferry_stdin(
        &[
            "run",
            "--from",
            &user.pg_url(&src),
            "--to",
            &with_user,
            "--create-tables",
            "--yes",
            "--password-stdin",
            "to",
        ],
        &[],
        &line,
    );
    assert_eq!(run.code, 0, "{run}");
    user.assert_absent("run output", &format!("{run}"));
    assert_eq!(customer_sum(&dst), customer_sum(&src));
    let run = ferry_stdin(
        &[
            "plan",
            "--from",
            &bare_pg,
            "--to",
            &with_user,
            "--password-stdin",
            "from",
        ],
        &[("MYSQL_PWD", "not read")],
        &line,
    );
    // The MySQL side has no password now: refused by the server, named.
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stderr.contains(&format!(
            "cannot connect to {with_user}: Access denied for user '{}'",
            user.name
        )),
        "{run}"
    );

    let wrong = ferry_with_env(
        &["plan", "--from", &bare_pg, "--to", &my_url],
        &[("PGPASSWORD", "wrong")],
    );
    assert_eq!(wrong.code, 2, "{wrong}");
    assert!(
        wrong.stderr.contains("check the user name and password"),
        "{wrong}"
    );
    let empty = ferry_stdin(
        &[
            "plan",
            "--from",
            &bare_pg,
            "--to",
            &my_url,
            "--password-stdin",
            "from",
        ],
        &[],
        "",
    );
    assert_refused(&empty, "--password-stdin: the first line of standard input is empty; pipe the password in, e.g. `ferry … --password-stdin to < secret-file`");
}

/// The password of both endpoints never appears in stdout, stderr,
/// `--json`, `-vv` and RUST_LOG=trace logs, the messages of failing runs
/// (wrong database, refused preflight, lost connection), a snapshot's
/// files or anything ferry writes into the target (its tables and its
/// own bookkeeping of a promotion).
#[test]
fn passwords_never_appear() {
    let s = servers();
    let user = AppUser::new("leak");
    let src = user.pg_db("leak_src");
    let dst = TestDb::on_server(Kind::MySql, &s.my_admin(), "leak_dst");
    let from = format!("{}?sslmode=require", user.pg_url(&src));
    let to = format!("{}?ssl-mode=REQUIRED", user.my_url(&dst));
    let mut seen = Vec::new();
    let mut check = |what: &str, run: Run, code: i32| {
        assert_eq!(run.code, code, "{what}: {run}");
        user.assert_absent(what, &format!("{run}"));
        seen.push(what.to_string());
    };
    check(
        "run -vv",
        ferry(&[
            "run",
            "--from",
            &from,
            "--to",
            &to,
            "--create-tables",
            "--yes",
            "-vv",
        ]),
        0,
    );
    check(
        "plan with RUST_LOG=trace",
        ferry_with_env(
            &["plan", "--from", &from, "--to", &to, "--json"],
            &[("RUST_LOG", "trace")],
        ),
        3,
    );
    check(
        "plan --json (refused: the target holds the rows' keys)",
        ferry(&["plan", "--from", &from, "--to", &to, "--json"]),
        3,
    );

    // A promotion, with the URLs from the environment through the job file:
    // it keeps its key maps in the target.
    let dir = tempfile::tempdir().unwrap();
    let job = dir.path().join("promote.toml");
    std::fs::write(
        &job,
        "[source]\nurl = \"${FERRY_SRC}\"\n[target]\nurl = \"${FERRY_DST}\"\n\
         [select]\ntables = [\"customer\"]\n[select.where]\ncustomer = \"id <= 10\"\n\
         [[keys]]\ntable = \"customer\"\nstrategy = \"offset\"\n",
    )
    .unwrap();
    let job = job.display().to_string();
    let env = [("FERRY_SRC", from.as_str()), ("FERRY_DST", to.as_str())];
    check(
        "promotion -vv --json",
        ferry_with_env(&["run", "--job", &job, "--yes", "-vv", "--json"], &env),
        0,
    );
    // Again: the rows are there now, and an insert refuses them.
    check(
        "promotion re-run refused",
        ferry_with_env(&["plan", "--job", &job, "--details"], &env),
        3,
    );

    let snap = dir.path().join("snap");
    check(
        "snapshot -vv",
        ferry(&[
            "snapshot",
            "--from",
            &from,
            "--out",
            &snap.display().to_string(),
            "-vv",
        ]),
        0,
    );
    let files = files_under(&snap);
    assert!(files.len() > 1, "the manifest and the parts: {files:?}");
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        user.assert_absent(
            &path.display().to_string(),
            &String::from_utf8_lossy(&bytes),
        );
    }

    let missing = to.replace(&dst.name, "ferry_no_such_db");
    check(
        "wrong database",
        ferry(&["plan", "--from", &from, "--to", &missing]),
        2,
    );
    let empty = TestDb::on_server(Kind::MySql, &s.my_admin(), "leak_empty");
    let uninitialised = format!("{}?ssl-mode=REQUIRED", user.my_url(&empty));
    check(
        "refused preflight",
        ferry(&["run", "--from", &from, "--to", &uninitialised, "--yes"]),
        3,
    );
    check("lost connection", lost_connection(&user, &src), 1);
    assert_eq!(seen.len(), 9);

    let dump = std::process::Command::new("mariadb-dump")
        .args([
            "-h127.0.0.1",
            &format!("-P{}", s.my_port()),
            "-uroot",
            "--ssl",
            "--skip-comments",
            &dst.name,
        ])
        .env("MYSQL_PWD", s.super_password())
        .output()
        .expect("mariadb-dump (from Debian's mariadb-client)");
    assert!(
        dump.status.success(),
        "{}",
        String::from_utf8_lossy(&dump.stderr)
    );
    let dump = String::from_utf8_lossy(&dump.stdout);
    assert!(
        dump.contains("ferry_"),
        "the promotion's bookkeeping is in the dump:\n{dump}"
    );
    user.assert_absent("the target's tables", &dump);
}

fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// A run into PostgreSQL whose connection the server ends mid-copy.
fn lost_connection(user: &AppUser, src: &TestDb) -> Run {
    let big = user.pg_db("leak_big");
    big.exec("CREATE TABLE big AS SELECT g AS id, repeat('x', 200) AS pad FROM generate_series(1, 300000) g");
    big.exec(&format!("ALTER TABLE big OWNER TO {}", user.name));
    let target = user.pg_db("leak_lost");
    target.exec("DROP TABLE customer");
    let _ = src;
    let child = ferry_command(&[])
        .args([
            "run",
            "--from",
            &user.pg_url(&big),
            "--to",
            &user.pg_url(&target),
            "--tables",
            "big",
            "--create-tables",
            "--yes",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn ferry");
    let killer = TestDb::on_server(Kind::Postgres, &servers().pg_admin(), "killer");
    let sql = format!(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity \
         WHERE application_name LIKE 'ferry%' AND datname = '{}' AND query ILIKE 'COPY%'",
        target.name
    );
    wait_until("ferry's COPY into the target started", || {
        killer.scalar(&sql) > 0
    });
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Connection parameters are checked before anything connects: a
/// misspelt one, an unknown TLS mode, a certificate file that does not
/// exist, MySQL's names on a PostgreSQL URL.
#[test]
fn connection_parameters_are_checked() {
    let dst = TestDb::new(Kind::Sqlite, "params");
    let cases = [
        ("postgres://u@db.example.com/app?sslmdoe=require", "--from 'postgres://u@db.example.com/app?sslmdoe=require': unknown connection parameter 'sslmdoe'; ferry reads sslmode, sslrootcert, sslcert, sslkey, host, hostaddr, port, dbname, user, password, application_name, options, statement-cache-capacity"),
        ("postgres://u:secret@db.example.com/app?sslmode=allow", "--from 'postgres://u:***@db.example.com/app?sslmode=allow': sslmode=allow is not a TLS mode (allow would try without TLS first; use prefer or require); use one of disable, prefer, require, verify-ca, verify-full"),
        ("mysql://u@db.example.com/app?ssl-mode=verify-full", "--from 'mysql://u@db.example.com/app?ssl-mode=verify-full': ssl-mode=verify-full is not a TLS mode (MySQL spells it VERIFY_IDENTITY); use one of DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY"),
        ("postgres://u@db.example.com/app?sslmode=verify-full&sslrootcert=/etc/nonexistent/ca.pem", "--from 'postgres://u@db.example.com/app?sslmode=verify-full&sslrootcert=/etc/nonexistent/ca.pem': cannot read sslrootcert '/etc/nonexistent/ca.pem': No such file or directory (os error 2)"),
        ("mysql://u@db.example.com/app?sslrootcert=/x", "--from 'mysql://u@db.example.com/app?sslrootcert=/x': unknown connection parameter 'sslrootcert' (a PostgreSQL parameter: MySQL's TLS settings are ssl-mode, ssl-ca, ssl-cert, ssl-key); ferry reads ssl-mode, ssl-ca, ssl-cert, ssl-key, socket, statement-cache-capacity"),
        ("mysql://u@db.example.com/app?charset=latin1", "--from 'mysql://u@db.example.com/app?charset=latin1': unknown connection parameter 'charset' (ferry sets the session's character set, utf8mb4, and time zone, UTC, itself); ferry reads ssl-mode, ssl-ca, ssl-cert, ssl-key, socket, statement-cache-capacity"),
    ];
    for (url, message) in cases {
        let run = ferry(&["plan", "--from", url, "--to", &dst.url]);
        assert_refused(&run, message);
    }
}
