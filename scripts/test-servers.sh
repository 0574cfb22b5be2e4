#!/usr/bin/env bash
# The PostgreSQL and MariaDB servers the test suite runs against, of its
# own: `initdb` and `mariadb-install-db` into target/test-servers, on free
# loopback ports, trusting the test connections (PostgreSQL's postgres,
# MariaDB's root without a password: they listen on 127.0.0.1 only).
# Nothing of the machine's own servers or configuration is touched; `stop`
# removes them and their directory. scripts/test.sh starts them unless
# FERRY_TEST_PG / FERRY_TEST_MYSQL name servers to use.
#
#   scripts/test-servers.sh start   # prints the env file: FERRY_TEST_PG=…, FERRY_TEST_MYSQL=…
#   scripts/test-servers.sh stop
#
# Between the two, `cargo test` finds them through that file by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/servers-lib.sh

DIR="${FERRY_TEST_SERVERS_DIR:-$PWD/target/test-servers}"

# Run as root, the servers run as postgres and mysql, who must reach DIR;
# a checkout in a private home directory cannot give them that.
usable_by_servers() {
  [ "$(id -u)" -eq 0 ] || return 0
  local parent
  parent=$(dirname "$DIR")
  runuser -u postgres -- test -x "$parent" && runuser -u mysql -- test -x "$parent"
}

start_postgres() {
  local bin data="$DIR/pg" sock="$DIR/pg-socket"
  bin=$(pg_bin)
  mkdir -p "$data" "$sock"
  [ "$(id -u)" -eq 0 ] && chown -R postgres "$data" "$sock"
  chmod 700 "$data"
  # UTF-8 and C.UTF-8 whatever the caller's locale, as Debian's own cluster.
  as_postgres "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$DIR/pg-initdb.log" 2>&1 || { cat "$DIR/pg-initdb.log" >&2; exit 1; }
  cat >>"$data/postgresql.conf" <<CONF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$sock'
timezone = 'Etc/UTC'
# Throwaway: no durability needed, and no vacuum racing the tests' counts.
fsync = off
synchronous_commit = off
full_page_writes = off
autovacuum = off
CONF
  as_postgres "$bin/pg_ctl" -D "$data" -l "$sock/pg.log" -w start >/dev/null ||
    { cat "$sock/pg.log" >&2; exit 1; }
}

start_mariadb() {
  local data="$DIR/mariadb" run="$DIR/mariadb-run" user
  user=$(mariadb_user)
  mkdir -p "$data" "$run"
  [ "$(id -u)" -eq 0 ] && chown -R mysql "$data" "$run"
  mariadb-install-db --no-defaults --datadir="$data" --user="$user" \
    --auth-root-authentication-method=normal --skip-test-db >"$DIR/mariadb-install.log" 2>&1 ||
    { cat "$DIR/mariadb-install.log" >&2; exit 1; }
  # utf8mb4 and no name resolution, as Debian's packaged server.
  /usr/sbin/mariadbd --no-defaults --datadir="$data" --user="$user" \
    --port="$MY_PORT" --bind-address=127.0.0.1 --socket="$run/mariadb.sock" \
    --pid-file="$run/mariadb.pid" --log-error="$run/mariadb.log" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
    --skip-name-resolve --innodb-buffer-pool-size=256M \
    --innodb-flush-log-at-trx-commit=2 --max-connections=300 >/dev/null 2>&1 &
  wait_for_mariadb $! "$run/mariadb.sock" "$run/mariadb.log"
  mariadb -S "$run/mariadb.sock" -uroot -e "
    CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';
    GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
    FLUSH PRIVILEGES;"
}

stop() {
  stop_servers "$DIR/pg" "$DIR/mariadb-run/mariadb.pid"
  rm -rf "$DIR"
}

case "${1:-}" in
  start)
    # A run killed before its `stop` left servers behind: they go first.
    stop
    if ! usable_by_servers; then
      DIR=$(mktemp -d "${TMPDIR:-/tmp}/ferry-test-servers.XXXXXX")
      log "the postgres and mysql users cannot reach target/: the servers go to $DIR"
    fi
    mkdir -p "$DIR"
    chmod 755 "$DIR"
    PG_PORT=$(free_port)
    MY_PORT=$(free_port)
    [ "$PG_PORT" != "$MY_PORT" ] || MY_PORT=$(free_port)
    log "starting the tests' own PostgreSQL (127.0.0.1:$PG_PORT) and MariaDB (127.0.0.1:$MY_PORT) in $DIR"
    start_postgres
    start_mariadb
    cat >"$DIR/servers.env" <<ENV
FERRY_TEST_PG=postgres://postgres@127.0.0.1:$PG_PORT
FERRY_TEST_MYSQL=mysql://root@127.0.0.1:$MY_PORT
FERRY_TEST_SERVERS_DIR=$DIR
ENV
    echo "$DIR/servers.env"
    ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
