#!/bin/bash
# Live tests of the traffic generator: one network namespace with two veth pairs
# (va<->vb, vc<->vd). ringgen sends on va; ringdump captures on vb (and on vd, which must
# see nothing). At low rates veth drops nothing, so every packet sent is captured.
#   ringgen_live.sh RINGGEN RINGDUMP CASE
# Exit 0 pass, 1 fail, 77 skip (no root / namespaces cannot be created).
set -u
GEN=$1
RD=$2
CASE=$3
NS="rg$$$RANDOM"
WORK=$(mktemp -d /tmp/ringgen-live.XXXXXX)
BG_PIDS=()

cleanup() {
    for p in "${BG_PIDS[@]}"; do kill "$p" 2>/dev/null; done
    ip netns del "$NS" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

fail() {
    echo "FAIL [$CASE]: $*"
    for f in "$WORK"/*.err "$WORK"/*.gen; do [ -f "$f" ] && { echo "--- $f"; cat "$f"; }; done
    exit 1
}

if [ "$(id -u)" != 0 ]; then echo "SKIP: live tests need root (network namespaces)"; exit 77; fi
if ! ip netns add "$NS" 2>/dev/null; then echo "SKIP: cannot create network namespaces"; exit 77; fi
ip netns exec "$NS" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip -n "$NS" link set lo up
ip -n "$NS" link add va mtu 9000 type veth peer name vb mtu 9000 || fail "cannot create veth pair"
ip -n "$NS" link add vc type veth peer name vd || fail "cannot create second veth pair"
for d in va vb vc vd; do ip -n "$NS" link set "$d" up || fail "$d up"; done

in_ns() { ip netns exec "$NS" "$@"; }

# capture NAME IFACE ARGS...: ringdump in the background, returns once it is listening.
capture() {
    local name=$1 dev=$2
    shift 2
    # ip netns exec execs the command: $! is ringdump itself (signals reach it directly).
    ip netns exec "$NS" "$RD" -i "$dev" -w "$WORK/$name.pcap" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" &
    local pid=$!
    BG_PIDS+=("$pid")
    eval "PID_$name=$pid"
    for _ in $(seq 100); do
        grep -q "listening on" "$WORK/$name.err" 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || fail "ringdump on $dev exited early"
        sleep 0.05
    done
    fail "ringdump on $dev never said it was listening"
}

# finish NAME: SIGINT after a short settle, waits at most 20 s.
finish() {
    local pidvar="PID_$1"
    local pid=${!pidvar}
    sleep 0.3
    kill -INT "$pid" 2>/dev/null
    for _ in $(seq 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && { kill -KILL "$pid"; fail "ringdump $1 did not stop"; }
    wait "$pid"
}

captured() { grep -E "^[0-9]+ packets? captured" "$WORK/$1.err" | cut -d' ' -f1; }

# gen NAME ARGS...: runs ringgen on va; its closing line goes to NAME.gen.
gen() {
    local name=$1
    shift
    in_ns "$GEN" -i va "$@" >"$WORK/$name.gen" 2>"$WORK/$name.generr" || { cat "$WORK/$name.generr"; fail "ringgen $* failed"; }
    grep -qE "^[0-9]+ packets, [0-9]+ bytes in [0-9.]+ s: [0-9]+ pps, [0-9.]+ Mbit/s; [0-9]+ errors, [0-9]+ dropped by device$" \
        "$WORK/$name.gen" || fail "closing line: $(cat "$WORK/$name.gen")"
}
sent() { cut -d' ' -f1 "$WORK/$1.gen"; }
errors() { sed -E 's/.*; ([0-9]+) errors.*/\1/' "$WORK/$1.gen"; }

# distinct VALUES seen by tcpdump in a pcap, for field awk column $2 of "-n -q" output.
distinct_sources() { /usr/bin/tcpdump -n -q -r "$1" 2>/dev/null | awk '{print $3}' | sort -u | wc -l; }

case "$CASE" in
count)  # N packets sent = N captured on the peer, with N distinct counted source ports
    capture c vb
    capture other vd
    gen c -n 3000 -r 30k --flows 4096
    finish c || fail "ringdump exit status $?"
    finish other || fail "ringdump (vd) exit status $?"
    [ "$(sent c)" = 3000 ] || fail "ringgen reports $(sent c) packets, expected 3000"
    [ "$(errors c)" = 0 ] || fail "ringgen reports errors"
    [ "$(captured c)" = 3000 ] || fail "captured $(captured c) on vb, expected 3000"
    [ "$(captured other)" = 0 ] || fail "captured $(captured other) on vd: ringgen sent on another interface"
    n=$(distinct_sources "$WORK/c.pcap")
    [ "$n" = 3000 ] || fail "$n distinct source address.port pairs, expected 3000"
    bytes=$(stat -c %s "$WORK/c.pcap")
    [ "$bytes" = $((24 + 3000 * (16 + 64))) ] || fail "pcap of $bytes bytes: frames are not all 64 bytes"
    ;;
templates)  # tcp, udp6, tcp6 at odd sizes, all fields varied at random: checksums correct
    for t in "tcp 333" "udp6 1501" "tcp6 8999" "udp 61"; do
        set -- $t
        name="t_$1_$2"
        capture "$name" vb
        gen "$name" -p "$1" -s "$2" -n 200 -r 20k --vary sport,dport,saddr,daddr,payload --random
        finish "$name" || fail "ringdump exit status $?"
        [ "$(captured "$name")" = 200 ] || fail "$1 $2: captured $(captured "$name"), expected 200"
        out=$(/usr/bin/tcpdump -n -vv -r "$WORK/$name.pcap" 2>/dev/null)
        ok=$(grep -cE "sum ok|\(correct\)" <<<"$out")
        bad=$(grep -cE "bad cksum|bad udp cksum|incorrect" <<<"$out")
        [ "$bad" = 0 ] || fail "$1 $2: tcpdump -vv finds $bad bad checksums"
        [ "$ok" = 200 ] || fail "$1 $2: tcpdump -vv finds $ok good checksums, expected 200"
        len=$(/usr/bin/tcpdump -n -e -r "$WORK/$name.pcap" 2>/dev/null | grep -c "length $2:")
        [ "$len" = 200 ] || fail "$1 $2: $len frames of $2 bytes, expected 200"
        n=$(distinct_sources "$WORK/$name.pcap")
        [ "$n" -gt 50 ] || fail "$1 $2: only $n distinct sources with random variation"
    done
    ;;
threads)  # -t 2 with a count and a duration; qdisc bypass
    capture th vb
    gen th -t 2 -n 1001 -r 40k --qdisc-bypass
    finish th || fail "ringdump exit status $?"
    [ "$(sent th)" = 1001 ] || fail "ringgen reports $(sent th), expected 1001"
    [ "$(captured th)" = 1001 ] || fail "captured $(captured th), expected 1001"
    capture du vb
    gen du -d 0.5 -r 2000
    finish du || fail "ringdump exit status $?"
    s=$(sent du)
    [ "$s" -ge 900 ] && [ "$s" -le 1001 ] || fail "-d 0.5 -r 2000 sent $s packets, expected about 1000"
    [ "$(captured du)" = "$s" ] || fail "captured $(captured du), ringgen sent $s"
    ;;
refusals)  # no interface, a missing one, one that is down, a frame bigger than the MTU
    out=$("$GEN" -n 1 2>&1); st=$?
    [ "$st" = 1 ] && grep -q "^ringgen: no interface given: -i INTERFACE is required$" <<<"$out" || fail "no -i: $st $out"
    out=$(in_ns "$GEN" -i nosuch0 -n 1 2>&1); st=$?  # no start line before the error
    [ "$out" = "ringgen: nosuch0: No such device exists" ] && [ "$st" = 1 ] || fail "missing device: $st $out"
    ip -n "$NS" link set vc down
    out=$(in_ns "$GEN" -i vc -n 1 -q 2>&1); st=$?
    [ "$out" = "ringgen: vc: That device is not up" ] && [ "$st" = 1 ] || fail "device down: $st $out"
    out=$(in_ns "$GEN" -i vd -n 1 -q -s 1515 2>&1); st=$?
    [ "$out" = "ringgen: vd: frame size 1515 exceeds the MTU 1500 + 14" ] && [ "$st" = 1 ] || fail "MTU: $st $out"
    out=$(in_ns "$GEN" -i any -n 1 -q 2>&1); st=$?
    [ "$out" = "ringgen: 'any': not an interface to send on" ] && [ "$st" = 1 ] || fail "any: $st $out"
    ;;
*) echo "unknown case $CASE"; exit 2 ;;
esac
echo "PASS [$CASE]"
