#!/usr/bin/env bash
# Runs every ferry test against real servers of its own: a PostgreSQL and a
# MariaDB started for this run from Debian's packages (scripts/test-servers.sh,
# in target/test-servers on free loopback ports) and stopped when it ends,
# unless FERRY_TEST_PG and FERRY_TEST_MYSQL name servers to use instead.
# Installing missing Debian packages is the only change it makes to the
# machine, and it says so when it does.
#
#   ./scripts/test.sh            # the whole suite
#   ./scripts/test.sh pairs::    # extra arguments go to `cargo test`
#   FERRY_TEST_PG=postgres://postgres@127.0.0.1:5432 \
#   FERRY_TEST_MYSQL=mysql://root@127.0.0.1:3306 ./scripts/test.sh   # servers you run
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

. scripts/servers-lib.sh

install_packages() {
  local missing=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v psql >/dev/null 2>&1 || missing+=(postgresql-client)
  [ -x /usr/sbin/mariadbd ] && command -v mariadb-install-db >/dev/null 2>&1 || missing+=(mariadb-server)
  command -v mariadb >/dev/null 2>&1 || missing+=(mariadb-client)
  # The TLS tests make their CA and certificates with openssl; the disk-full
  # tests mount a small tmpfs with unshare (util-linux).
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)
  command -v unshare >/dev/null 2>&1 || missing+=(util-linux)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} from Debian's packages (the only change this makes to the machine)"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# The servers the tests use: FERRY_TEST_PG / FERRY_TEST_MYSQL when both are
# set, else a throwaway pair of this run's own.
OWN_SERVERS=""
choose_servers() {
  if [ -n "${FERRY_TEST_PG:-}" ] && [ -n "${FERRY_TEST_MYSQL:-}" ]; then
    log "using the servers FERRY_TEST_PG and FERRY_TEST_MYSQL name"
    return 0
  fi
  local env
  env=$(scripts/test-servers.sh start)
  OWN_SERVERS=$(sed -n 's/^FERRY_TEST_SERVERS_DIR=//p' "$env")
  export FERRY_TEST_PG="${FERRY_TEST_PG:-$(sed -n 's/^FERRY_TEST_PG=//p' "$env")}"
  export FERRY_TEST_MYSQL="${FERRY_TEST_MYSQL:-$(sed -n 's/^FERRY_TEST_MYSQL=//p' "$env")}"
}

stop_servers_of_this_run() {
  scripts/s3-server.sh stop "$FERRY_TLS_DIR/s3"
  scripts/tls-servers.sh stop
  if [ -n "$OWN_SERVERS" ]; then FERRY_TEST_SERVERS_DIR="$OWN_SERVERS" scripts/test-servers.sh stop; fi
}

# The snapshot tests read part files with pyarrow and DuckDB, and the
# object-storage tests run moto's S3 server and reach it with boto3; the corpus tests read
# every database through its own Python driver (psycopg, PyMySQL); the
# --json documents are checked against docs/ferry-result.schema.json with
# jsonschema. All come from PyPI into a virtual environment under target/,
# not into the system's Python.
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
  if ! "$VENV/bin/python" -c 'import pyarrow, duckdb, psycopg, pymysql, jsonschema, moto.server, boto3' >/dev/null 2>&1; then
    log "installing pyarrow, DuckDB, psycopg, PyMySQL, jsonschema, moto and boto3 from PyPI into $VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check pyarrow duckdb 'psycopg[binary]' pymysql jsonschema 'moto[server]' boto3
  fi
  export FERRY_TEST_PYTHON="$VENV/bin/python"
}

install_packages
install_python
# The TLS, socket and password tests start throwaway servers of their own
# (scripts/tls-servers.sh) on first use, in a directory and on ports of
# this run's own.
FERRY_TLS_DIR=$(mktemp -d "${TMPDIR:-/tmp}/ferry-tls.XXXXXX")
export FERRY_TLS_DIR
trap stop_servers_of_this_run EXIT
choose_servers
# The object-storage tests' S3 API (moto on loopback), unless FERRY_TEST_S3_*
# name one.
if [ -z "${FERRY_TEST_S3_ENDPOINT:-}" ]; then
  s3_env=$(scripts/s3-server.sh start "$FERRY_TLS_DIR/s3")
  set -a; . "$s3_env"; set +a
fi
log "PostgreSQL at ${FERRY_TEST_PG#*@}, MariaDB at ${FERRY_TEST_MYSQL#*@}; running the tests"
# The README's runnable blocks run the example programs (tests/it/readme.rs).
cargo build --examples
cargo test --all-targets "$@"
