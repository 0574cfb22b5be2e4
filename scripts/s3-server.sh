#!/usr/bin/env bash
# A throwaway S3 API on loopback for the object-storage tests: moto's
# server (PyPI `moto[server]`, in the test virtual environment), which
# enforces S3's 5 MiB minimum multipart part size and conditional puts, and
# here also credentials: it is started with INITIAL_NO_AUTH_ACTION_COUNT=3,
# the three requests that create the tests' IAM user and key, after which
# every request must be signed by that key.
#
#   scripts/s3-server.sh start DIR   # prints the env file's path
#   scripts/s3-server.sh stop DIR
#
# The env file holds FERRY_TEST_S3_ENDPOINT, FERRY_TEST_S3_KEY and
# FERRY_TEST_S3_SECRET. Nothing is kept on disk: moto holds the objects in
# memory and they go with the process.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/servers-lib.sh

command=${1:?start or stop}
DIR=${2:?give the directory for the pid, log and env files}
PYTHON=${FERRY_TEST_PYTHON:-$PWD/target/test-python/bin/python}

case "$command" in
  start)
    mkdir -p "$DIR"
    port=$(free_port)
    INITIAL_NO_AUTH_ACTION_COUNT=3 "$PYTHON" -m moto.server -H 127.0.0.1 -p "$port" >"$DIR/moto.log" 2>&1 &
    echo $! >"$DIR/moto.pid"
    for _ in $(seq 120); do
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
      kill -0 "$(cat "$DIR/moto.pid")" 2>/dev/null || { cat "$DIR/moto.log" >&2; exit 1; }
      sleep 0.25
    done
    read -r key secret < <("$PYTHON" tests/it/s3_tool.py setup "http://127.0.0.1:$port")
    {
      echo "FERRY_TEST_S3_ENDPOINT=http://127.0.0.1:$port"
      echo "FERRY_TEST_S3_KEY=$key"
      echo "FERRY_TEST_S3_SECRET=$secret"
    } >"$DIR/s3.env"
    echo "$DIR/s3.env"
    ;;
  stop)
    if [ -f "$DIR/moto.pid" ]; then
      kill "$(cat "$DIR/moto.pid")" 2>/dev/null || true
      rm -f "$DIR/moto.pid"
    fi
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
