#!/bin/bash
# Live test of ringsweep: a veth pair in a namespace of its own, a quick sweep of V2/V3 and
# fanout at a low rate (where veth and the rings drop nothing), checked through its CSV.
#   ringsweep_live.sh RINGSWEEP
# Exit 0 pass, 1 fail, 77 skip (no root / namespaces cannot be created).
set -u
SWEEP=$1
NS="rs$$$RANDOM"
WORK=$(mktemp -d /tmp/ringsweep-live.XXXXXX)
cleanup() { ip netns del "$NS" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 1' INT TERM
fail() { echo "FAIL [ringsweep]: $*"; for f in "$WORK"/*; do echo "--- $f"; cat "$f"; done; exit 1; }

if [ "$(id -u)" != 0 ]; then echo "SKIP: live tests need root (network namespaces)"; exit 77; fi
if ! ip netns add "$NS" 2>/dev/null; then echo "SKIP: cannot create network namespaces"; exit 77; fi
ip netns exec "$NS" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip -n "$NS" link add va type veth peer name vb || fail "cannot create veth pair"
ip -n "$NS" link set va up && ip -n "$NS" link set vb up || fail "links up"

# Refusals first: both interfaces are needed, dimensions are checked.
out=$(ip netns exec "$NS" "$SWEEP" --tx va 2>&1); st=$?
[ "$st" = 1 ] && grep -q "^ringsweep: both --tx and --rx interfaces are required$" <<<"$out" || fail "no --rx: $st $out"
out=$(ip netns exec "$NS" "$SWEEP" --tx va --rx vb --dims speed 2>&1); st=$?
[ "$st" = 1 ] && grep -q "^ringsweep: unknown sweep dimension 'speed'" <<<"$out" || fail "bad dimension: $st $out"
out=$(ip netns exec "$NS" "$SWEEP" --tx va --rx nosuch0 --dims version 2>&1); st=$?
[ "$st" = 1 ] && grep -q "nosuch0: No such device exists" <<<"$out" || fail "missing device: $st $out"

ip netns exec "$NS" timeout 60 "$SWEEP" --tx va --rx vb --dims version,tov,fanout --quick -r 20k -d 0.3 \
    --csv "$WORK/s.csv" >"$WORK/table.txt" 2>"$WORK/err.txt" || fail "ringsweep exit status $?"
rows=$(($(wc -l <"$WORK/s.csv") - 1))
[ "$rows" = 7 ] || fail "$rows CSV rows, expected 7 (baseline, v2, 2 timeouts, 3 fanout modes)"
[ "$(grep -c '^' "$WORK/table.txt")" = 8 ] || fail "table is not a header and 7 rows"
# Every point: something sent, everything captured, no drop, CPU per packet measured.
awk -F, 'NR > 1 {
    if ($11 < 5000) { print "row " NR ": only " $11 " sent"; bad = 1 }
    if ($12 != $11) { print "row " NR " (" $1 " " $2 "): captured " $12 " of " $11; bad = 1 }
    if ($13 != 0) { print "row " NR ": " $13 " kernel drops"; bad = 1 }
    if ($14 <= 0) { print "row " NR ": no CPU time"; bad = 1 }
    if ($15 == "" || $17 == "") { print "row " NR ": no latency"; bad = 1 }
    if ($15 + 0 < $17 + 0) { print "row " NR ": send->user below kernel->user"; bad = 1 }
} END { exit bad }' "$WORK/s.csv" >"$WORK/check.txt" || fail "$(cat "$WORK/check.txt")"
grep -q '^version,v2,2,' "$WORK/s.csv" || fail "no TPACKET_V2 row"
grep -q '^fanout,lb x2,3,.*,lb,2,' "$WORK/s.csv" || fail "no lb fanout row with 2 sockets"
# A 1 ms retire timeout delivers sooner than 64 ms at this low rate (blocks never fill).
t1=$(awk -F, '$1 == "tov" && $7 == 1 {print $17}' "$WORK/s.csv")
t64=$(awk -F, '$1 == "tov" && $7 == 64 {print $17}' "$WORK/s.csv")
awk -v a="$t1" -v b="$t64" 'BEGIN {exit !(a < b)}' || fail "kernel->user median 1 ms tov $t1 us, 64 ms tov $t64 us"
echo "PASS [ringsweep]"
