#!/usr/bin/env bash
# PostgreSQL figures from the release build, on the throwaway server Scripts/with-postgres.sh
# starts (loopback, fsync off): first reply, piped turns per second for one console and for 8 at
# once, then order lookups and the customer 360 at 1,000,000 orders through the store
# (`switchboard-bench postgres`). Run by Scripts/bench.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BENCH_BIN:-.build/release/switchboard}
tool=${BENCH_TOOL:-.build/release/switchboard-bench}
server=${SWITCHBOARD_TEST_POSTGRES:?run through Scripts/with-postgres.sh}
base=${server%/*}
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SWITCHBOARD_CACHE="$work/cache"
sql() { psql "$1" -X -q -tA -v ON_ERROR_STOP=1 -c "$2"; }
. Scripts/bench-common.sh

echo "== PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') (release build; server on loopback, fsync off)"
sql "$server" "CREATE DATABASE bench_turns" >/dev/null
url="$base/bench_turns"
start=$(now_ns)
echo hello | "$bin" --db "$url" >/dev/null
echo "first run on a new database (create, migrate, seed the demo company, train and cache the matcher, first reply): $(( ($(now_ns) - start) / 1000000 )) ms"

python3 Scripts/bench_support.py first-reply "$bin" "$url" 21 "-"

python3 Scripts/bench_support.py turns "$work/turns.txt"
for run in 1 2 3; do
  start=$(now_ns)
  "$bin" --db "$url" < "$work/turns.txt" >/dev/null
  echo $(( $(now_ns) - start ))
done | median | awk '{
  printf "one console, 10,000-line piped file with logging (median of 3 runs): %.2f s, %.0f turns per second\n", $1/1e9, 10000/($1/1e9) }'

before=$(sql "$url" "SELECT COUNT(*) FROM messages WHERE speaker != 'bot'")
start=$(now_ns)
pids=()
for console in 1 2 3 4 5 6 7 8; do
  "$bin" --db "$url" --agent "bench$console" < "$work/turns.txt" >/dev/null &
  pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
elapsed=$(( $(now_ns) - start ))
after=$(sql "$url" "SELECT COUNT(*) FROM messages WHERE speaker != 'bot'")
[ "$failed" = 0 ] || echo "a console failed"
awk -v ns="$elapsed" -v n=$((after - before)) 'BEGIN {
  printf "8 consoles at once, 10,000 lines each: %.2f s, %d turns logged, %.0f turns per second in all (aim: at least 10,000)\n", ns/1e9, n, n/(ns/1e9) }'

echo "seeding 1,000,000 orders (the demo company, then customers, orders, lines, shipments and invoices in SQL)"
sql "$server" "CREATE DATABASE bench_orders" >/dev/null
orders="$base/bench_orders"
"$bin" --db "$orders" </dev/null
start=$(now_ns)
psql "$orders" -X -q -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
INSERT INTO customers (name, email, phone, company, tier, language)
SELECT 'Bench Customer ' || g, 'bench' || g || '@example.com', '+1 555 ' || lpad(g::text, 8, '0'),
  'Bench Ltd', 'bronze', CASE WHEN g % 3 = 0 THEN 'ja' ELSE 'en' END
FROM generate_series(1, 200000 - (SELECT COUNT(*) FROM customers)) g;
CREATE TEMP TABLE seeded AS SELECT MAX(id) AS last_order, (SELECT MIN(id) FROM customers) AS first_customer,
  (SELECT COUNT(*) FROM customers) AS customers, (SELECT MIN(id) FROM products) AS first_product,
  (SELECT COUNT(*) FROM products) AS products FROM orders;
INSERT INTO orders (customer_id, status, placed_on, total_cents, currency)
SELECT s.first_customer + (g * 7919) % s.customers,
  (ARRAY['pending', 'processing', 'shipped', 'delivered', 'cancelled'])[1 + g % 5],
  '2026-' || lpad((1 + g % 11)::text, 2, '0') || '-' || lpad((1 + g % 28)::text, 2, '0'),
  1000 + (g * 37) % 90000, 'USD'
FROM seeded s, generate_series(1, 1000000 - (SELECT COUNT(*) FROM orders)) g;
INSERT INTO order_lines (order_id, line, product_id, quantity, unit_price_cents)
SELECT o.id, l, s.first_product + (o.id + l) % s.products, 1 + o.id % 3, o.total_cents / l
FROM orders o, seeded s, generate_series(1, 2) l WHERE o.id > s.last_order AND (l = 1 OR o.id % 2 = 0);
INSERT INTO shipments (order_id, carrier, tracking_number, shipped_on, estimated_on, delivered_on)
SELECT o.id, 'Yamato', 'YT' || o.id, o.placed_on, o.placed_on,
  CASE WHEN o.status = 'delivered' THEN o.placed_on END
FROM orders o, seeded s WHERE o.id > s.last_order AND o.status IN ('shipped', 'delivered');
INSERT INTO invoices (customer_id, order_id, amount_cents, currency, issued_on, due_on, status)
SELECT o.customer_id, o.id, o.total_cents, o.currency, o.placed_on, o.placed_on,
  CASE WHEN o.id % 4 = 0 THEN 'unpaid' ELSE 'paid' END
FROM orders o, seeded s WHERE o.id > s.last_order;
SELECT setval(pg_get_serial_sequence('orders', 'id'), (SELECT MAX(id) FROM orders));
SELECT setval(pg_get_serial_sequence('invoices', 'id'), (SELECT MAX(id) FROM invoices));
SELECT setval(pg_get_serial_sequence('customers', 'id'), (SELECT MAX(id) FROM customers));
ANALYZE;
SQL
echo "seeded $(sql "$orders" "SELECT COUNT(*) FROM orders") orders, $(sql "$orders" "SELECT COUNT(*) FROM customers") customers in $(( ($(now_ns) - start) / 1000000000 )) s"

last_customer=$(sql "$orders" "SELECT MAX(id) FROM customers")
first_customer=$(sql "$orders" "SELECT MIN(id) FROM customers")
last_order=$(sql "$orders" "SELECT MAX(id) FROM orders")
first_order=$(sql "$orders" "SELECT MIN(id) FROM orders")

# An order lookup and a customer 360 through the real store, as an agent's console makes them
# (BackOffice with its audit entry, PostgresStore, postgres-nio), for 5,000 random ids each.
SWITCHBOARD_BENCH_POSTGRES="$orders" SWITCHBOARD_BENCH_ORDERS="$first_order-$last_order" \
  SWITCHBOARD_BENCH_CUSTOMERS="$first_customer-$last_customer" "$tool" postgres
