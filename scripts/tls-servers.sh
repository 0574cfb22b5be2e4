#!/usr/bin/env bash
# Throwaway PostgreSQL and MariaDB servers for the TLS, socket and password
# tests: a CA and a server certificate (for localhost and 127.0.0.1) made
# here, TLS on, passwords checked (scram-sha-256, mysql_native_password),
# Unix sockets in the servers' own directory. Nothing of the machine's own
# servers or configuration is touched; `stop` removes everything.
#
#   scripts/tls-servers.sh start   # idempotent; prints the env file's path
#   scripts/tls-servers.sh stop
#
# The tests start them on first use and read $DIR/servers.env. Each
# directory (FERRY_TLS_DIR; scripts/test.sh makes a fresh one per run) has
# its own servers on free ports picked at start, so two runs on one machine
# (a session's tests and CI) never meet.
set -euo pipefail

DIR="${FERRY_TLS_DIR:-/tmp/ferry-tls-servers-$(id -u)}"
SUPER_PASSWORD="ferry-tls-super"

. "$(dirname "$0")/servers-lib.sh"

env_value() { sed -n "s/^$1=//p" "$DIR/servers.env" 2>/dev/null; }

running() {
  [ -f "$DIR/servers.env" ] || return 1
  PG_PORT=$(env_value FERRY_TLS_PG_PORT)
  MY_PORT=$(env_value FERRY_TLS_MYSQL_PORT)
  PGPASSWORD="$SUPER_PASSWORD" psql "host=127.0.0.1 port=$PG_PORT user=postgres dbname=postgres sslmode=require" -Atqc 'select 1' >/dev/null 2>&1 &&
    mariadb -h127.0.0.1 -P"$MY_PORT" -uroot -p"$SUPER_PASSWORD" --ssl -e 'select 1' >/dev/null 2>&1
}

make_certs() {
  local c="$DIR/certs"
  mkdir -p "$c"
  # The CA the servers' certificates are signed by, and another one that
  # signed nothing here (a client trusting it must refuse the servers).
  for ca in ca other-ca; do
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=ferry test $ca" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -keyout "$c/$ca.key" -out "$c/$ca.pem" 2>/dev/null
  done
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$c/server.key" -out "$c/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' >"$c/server.ext"
  openssl x509 -req -in "$c/server.csr" -CA "$c/ca.pem" -CAkey "$c/ca.key" -CAcreateserial \
    -days 30 -extfile "$c/server.ext" -out "$c/server.pem" 2>/dev/null
  chmod 644 "$c"/*.pem
}

start_postgres() {
  local bin data="$DIR/pg"
  bin=$(pg_bin)
  mkdir -p "$data" "$DIR/pg-socket"
  cp "$DIR/certs/server.pem" "$DIR/certs/server.key" "$DIR/pg-socket/"
  printf '%s\n' "$SUPER_PASSWORD" >"$DIR/pg-socket/pwfile"
  [ "$(id -u)" -eq 0 ] && chown -R postgres "$data" "$DIR/pg-socket"
  chmod 700 "$data"
  chmod 600 "$DIR/pg-socket/server.key"
  as_postgres "$bin/initdb" -D "$data" -U postgres --auth=scram-sha-256 \
    --pwfile="$DIR/pg-socket/pwfile" >"$DIR/pg-initdb.log" 2>&1
  cat >>"$data/postgresql.conf" <<EOF
port = $PG_PORT
listen_addresses = '*'
unix_socket_directories = '$DIR/pg-socket'
ssl = on
ssl_cert_file = '$DIR/pg-socket/server.pem'
ssl_key_file = '$DIR/pg-socket/server.key'
password_encryption = 'scram-sha-256'
fsync = off
EOF
  cat >"$data/pg_hba.conf" <<EOF
local all all scram-sha-256
host all all 0.0.0.0/0 scram-sha-256
host all all ::/0 scram-sha-256
EOF
  as_postgres "$bin/pg_ctl" -D "$data" -l "$DIR/pg-socket/pg.log" -w start >/dev/null
  # Reachable over IPv4, or say why not (the port taken after it was picked).
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; then
    echo "the throwaway PostgreSQL does not listen on 127.0.0.1:$PG_PORT:" >&2
    cat "$DIR/pg-socket/pg.log" >&2
    exit 1
  fi
}

start_mariadb() {
  local data="$DIR/mariadb" run="$DIR/mariadb-run"
  mkdir -p "$data" "$run"
  local user
  user=$(mariadb_user)
  cp "$DIR/certs/server.key" "$run/server.key"
  chmod 600 "$run/server.key"
  [ "$(id -u)" -eq 0 ] && chown -R mysql "$data" "$run"
  mariadb-install-db --no-defaults --datadir="$data" --user="$user" \
    --auth-root-authentication-method=normal --skip-test-db >"$DIR/mariadb-install.log" 2>&1
  /usr/sbin/mariadbd --no-defaults --datadir="$data" --user="$user" \
    --port="$MY_PORT" --bind-address=0.0.0.0 --socket="$run/mariadb.sock" \
    --pid-file="$run/mariadb.pid" --log-error="$run/mariadb.log" \
    --ssl-ca="$DIR/certs/ca.pem" --ssl-cert="$DIR/certs/server.pem" --ssl-key="$run/server.key" \
    --innodb-buffer-pool-size=64M --skip-name-resolve >/dev/null 2>&1 &
  wait_for_mariadb $! "$run/mariadb.sock" "$run/mariadb.log"
  mariadb -S "$run/mariadb.sock" -uroot -e "
    ALTER USER 'root'@'localhost' IDENTIFIED BY '$SUPER_PASSWORD';
    CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';
    ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY '$SUPER_PASSWORD';
    GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
    CREATE USER IF NOT EXISTS 'root'@'%';
    ALTER USER 'root'@'%' IDENTIFIED BY '$SUPER_PASSWORD';
    GRANT ALL ON *.* TO 'root'@'%' WITH GRANT OPTION;
    FLUSH PRIVILEGES;"
}

stop() {
  stop_servers "$DIR/pg" "$DIR/mariadb-run/mariadb.pid"
  rm -rf "$DIR"
}

case "${1:-}" in
  start)
    if running; then echo "$DIR/servers.env"; exit 0; fi
    stop
    PG_PORT="${FERRY_TLS_PG_PORT:-$(free_port)}"
    MY_PORT="${FERRY_TLS_MYSQL_PORT:-$(free_port)}"
    [ "$PG_PORT" != "$MY_PORT" ] || MY_PORT=$(free_port)
    mkdir -p "$DIR"
    chmod 755 "$DIR"
    log "starting throwaway PostgreSQL ($PG_PORT) and MariaDB ($MY_PORT) with TLS in $DIR"
    make_certs
    start_postgres
    start_mariadb
    cat >"$DIR/servers.env" <<EOF
FERRY_TLS_CA=$DIR/certs/ca.pem
FERRY_TLS_OTHER_CA=$DIR/certs/other-ca.pem
FERRY_TLS_PG_PORT=$PG_PORT
FERRY_TLS_PG_SOCKET_DIR=$DIR/pg-socket
FERRY_TLS_MYSQL_PORT=$MY_PORT
FERRY_TLS_MYSQL_SOCKET=$DIR/mariadb-run/mariadb.sock
FERRY_TLS_SUPER_PASSWORD=$SUPER_PASSWORD
EOF
    echo "$DIR/servers.env"
    ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
