#!/usr/bin/env bash
# Runs a command against a PostgreSQL server of its own: initdb into a temporary folder, start it on a free
# loopback port, export CONTRACT_DATABASE_URL (and DATABASE_URL) for the command, stop and remove it after.
# Uses Debian's PostgreSQL (apt-get install postgresql); as root, the server runs as the postgres user.
#   bash scripts/with-postgres.sh npx vitest run --project server
set -euo pipefail

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$pg_bin" ] || pg_bin=$(dirname "$(command -v pg_ctl)")
[ -x "$pg_bin/pg_ctl" ] || { echo "with-postgres: no PostgreSQL found (apt-get install postgresql)" >&2; exit 1; }

dir=$(mktemp -d /tmp/pg-contract.XXXXXX)
as_owner=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

stop() {
  "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as_owner[@]}" "$pg_bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
"${as_owner[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
"${as_owner[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres contract
echo "with-postgres: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"

export CONTRACT_DATABASE_URL="postgres://postgres@127.0.0.1:$port/contract"
# For the tests that restart the server under the instances (tests/server/database-restart.test.ts).
export CONTRACT_PG_CTL="${as_owner[*]} $pg_bin/pg_ctl -D $dir/data -w"
export CONTRACT_PG_OPTIONS="-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off"
"$@"
