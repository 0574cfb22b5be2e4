#!/usr/bin/env bash
# Runs every ferry test against real servers. On a fresh Debian machine it
# installs PostgreSQL and MariaDB from Debian's packages and starts them;
# servers that are already running are left as they are.
#
#   ./scripts/test.sh            # the whole suite
#   ./scripts/test.sh pairs::    # extra arguments go to `cargo test`
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

pg_ok() { psql -h 127.0.0.1 -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; }
my_ok() { mariadb -h 127.0.0.1 -uroot -e 'select 1' >/dev/null 2>&1 || mysql -h 127.0.0.1 -uroot -e 'select 1' >/dev/null 2>&1; }

install_packages() {
  local missing=()
  command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql postgresql-client)
  [ -x /usr/sbin/mariadbd ] || [ -x /usr/sbin/mysqld ] || missing+=(mariadb-server mariadb-client)
  # The TLS tests make their CA and certificates with openssl.
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} from Debian's packages"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

start_postgres() {
  pg_ok && return 0
  local version
  version=$(ls /etc/postgresql | sort -V | tail -1)
  log "starting PostgreSQL $version"
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  for _ in $(seq 60); do pg_ok && return 0; sleep 0.5; done
  # A fresh cluster asks for passwords on TCP: let local test connections in.
  local hba="/etc/postgresql/$version/main/pg_hba.conf"
  if ! $SUDO grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
    log "allowing trusted loopback connections for the tests ($hba)"
    $SUDO sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
    $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main reload
  fi
  for _ in $(seq 60); do pg_ok && return 0; sleep 0.5; done
  echo "PostgreSQL does not answer at 127.0.0.1:5432 as user postgres" >&2
  exit 1
}

start_mariadb() {
  my_ok && return 0
  log "starting MariaDB"
  $SUDO mkdir -p /run/mysqld
  $SUDO chown mysql:mysql /run/mysqld 2>/dev/null || true
  local daemon=/usr/sbin/mariadbd
  [ -x "$daemon" ] || daemon=/usr/sbin/mysqld
  $SUDO start-stop-daemon --start --oknodo --background --exec "$daemon" -- --user=mysql
  for _ in $(seq 60); do
    my_ok && return 0
    # A fresh install lets root in through the socket only.
    if $SUDO mariadb -uroot -e 'select 1' >/dev/null 2>&1; then
      log "allowing root without a password on loopback for the tests"
      $SUDO mariadb -uroot -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD(''); \
        CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY ''; GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION; FLUSH PRIVILEGES;"
    fi
    sleep 0.5
  done
  echo "MariaDB does not answer at 127.0.0.1:3306 as root without a password" >&2
  exit 1
}

# The snapshot tests read part files with pyarrow; the corpus tests read
# every database through its own Python driver (psycopg, PyMySQL). All
# three come from PyPI into a virtual environment under target/, not into
# the system's Python.
VENV="$PWD/target/test-python"
install_python() {
  if [ ! -x "$VENV/bin/python" ]; then
    if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
      log "installing python3-venv from Debian's packages"
      $SUDO apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3 python3-venv >/dev/null
    fi
    log "creating $VENV"
    python3 -m venv "$VENV"
  fi
  if ! "$VENV/bin/python" -c 'import pyarrow, psycopg, pymysql' >/dev/null 2>&1; then
    log "installing pyarrow, psycopg and PyMySQL from PyPI into $VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check pyarrow 'psycopg[binary]' pymysql
  fi
  export FERRY_TEST_PYTHON="$VENV/bin/python"
}

install_packages
start_postgres
start_mariadb
install_python
# The TLS, socket and password tests start throwaway servers of their own
# (scripts/tls-servers.sh) on first use, in a directory and on ports of
# this run's own; they go when the tests are done.
FERRY_TLS_DIR=$(mktemp -d "${TMPDIR:-/tmp}/ferry-tls.XXXXXX")
export FERRY_TLS_DIR
trap 'scripts/tls-servers.sh stop' EXIT
log "PostgreSQL and MariaDB are up; running the tests"
cargo test --all-targets "$@"
