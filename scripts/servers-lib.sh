# Shared by scripts/test-servers.sh and scripts/tls-servers.sh (sourced):
# the PostgreSQL binaries, a free port, running as the servers' users.

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# initdb and pg_ctl refuse root: as root they run as the postgres user.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# MariaDB's server runs as mysql when started by root, else as the caller.
mariadb_user() {
  if [ "$(id -u)" -eq 0 ]; then echo mysql; else id -un; fi
}

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$bin" ] || { echo "no PostgreSQL server binaries under /usr/lib/postgresql" >&2; exit 1; }
  echo "$bin"
}

# A TCP port nothing listens on, above the usual services and below the
# kernel's ephemeral range: a port a client connection holds cannot be bound
# on IPv4, and PostgreSQL then listens on IPv6 only (one warning in its log).
free_port() {
  local port low
  low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  [ "$low" -gt 21000 ] 2>/dev/null || low=32768
  for _ in $(seq 200); do
    port=$((20000 + RANDOM % (low - 20000)))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  echo "found no free TCP port" >&2
  exit 1
}

# Stops the PostgreSQL whose data directory is $1 and the MariaDB whose pid
# file is $2, if they run.
stop_servers() {
  if [ -f "$1/postmaster.pid" ]; then
    as_postgres "$(pg_bin)/pg_ctl" -D "$1" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -f "$2" ]; then
    local pid
    pid=$(cat "$2")
    kill "$pid" 2>/dev/null || true
    # InnoDB may take a while to shut down; its files go only once it has.
    for _ in $(seq 240); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

# Waits until the MariaDB started as $1 answers on socket $2 as root
# without a password, or prints its log ($3) and fails.
wait_for_mariadb() {
  for _ in $(seq 120); do
    mariadb -S "$2" -uroot -e 'select 1' >/dev/null 2>&1 && return 0
    kill -0 "$1" 2>/dev/null || { cat "$3" >&2; exit 1; }
    sleep 0.25
  done
  echo "the throwaway MariaDB did not answer on $2 within 30 s:" >&2
  cat "$3" >&2
  exit 1
}
