#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: installs Debian's `postgresql` when its
# server binaries are missing, creates a cluster in a temporary folder, starts it on a free
# loopback port (as the `postgres` user when run as root: the server refuses root), exports
# SWITCHBOARD_TEST_POSTGRES=postgres://postgres@127.0.0.1:PORT/switchboard, runs the command and
# stops the server and removes the folder afterwards, also when the command fails.
set -euo pipefail

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
bin=$(find_bin)
if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
  echo "with-postgres: installing postgresql (apt-get)" >&2
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  bin=$(find_bin)
fi

as_server() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

folder=$(mktemp -d /tmp/switchboard-postgres.XXXXXX)
chmod 755 "$folder"
[ "$(id -u)" = 0 ] && chown postgres "$folder"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
  as_server "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$folder"
}
trap stop EXIT

as_server "$bin/initdb" -D "$folder/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
as_server "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
  -o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
as_server "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres switchboard
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

export SWITCHBOARD_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/switchboard"
"$@"
