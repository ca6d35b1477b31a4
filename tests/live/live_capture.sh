#!/bin/bash
# Live capture tests: two network namespaces joined by a veth pair; known frames sent
# from one end with an AF_PACKET socket, captured by ringdump on the other.
#   live_capture.sh RINGDUMP CASE
# Exit 0 pass, 1 fail, 77 skip (no root / namespaces cannot be created).
set -u
RD=$1
CASE=$2
HERE=$(cd "$(dirname "$0")" && pwd)
TOOL="/usr/bin/python3 $HERE/livetool.py"
TAG="rd$$$RANDOM"
NS_A="${TAG}a"
NS_B="${TAG}b"
WORK=$(mktemp -d /tmp/ringdump-live.XXXXXX)
BG_PIDS=()

cleanup() {
    for p in "${BG_PIDS[@]}"; do kill "$p" 2>/dev/null; done
    ip netns del "$NS_A" 2>/dev/null
    ip netns del "$NS_B" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

fail() {
    echo "FAIL [$CASE]: $*"
    for f in "$WORK"/*.err; do [ -f "$f" ] && { echo "--- $f"; cat "$f"; }; done
    exit 1
}

if [ "$(id -u)" != 0 ]; then echo "SKIP: live tests need root (network namespaces)"; exit 77; fi
if ! ip netns add "$NS_A" 2>/dev/null || ! ip netns add "$NS_B" 2>/dev/null; then
    echo "SKIP: cannot create network namespaces"; exit 77
fi
for ns in "$NS_A" "$NS_B"; do
    # No IPv6 autoconfiguration chatter: only our frames cross the link.
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
    ip -n "$ns" link set lo up
done
ip -n "$NS_A" link add va mtu 9000 type veth peer name vb mtu 9000 netns "$NS_B" || fail "cannot create veth pair"
ip -n "$NS_A" link set va up || fail "va up"
ip -n "$NS_B" link set vb up || fail "vb up"
VB_IFINDEX=$(ip netns exec "$NS_B" cat /sys/class/net/vb/ifindex)

# capture NAME NS ARGS...: ringdump in the background, returns once it is listening.
capture() {
    local name=$1 ns=$2
    shift 2
    # ip netns exec execs the command: $! is ringdump itself (signals reach it directly).
    ip netns exec "$ns" "$RD" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" &
    local pid=$!
    BG_PIDS+=("$pid")
    eval "PID_$name=$pid"
    for _ in $(seq 100); do
        grep -q "listening on" "$WORK/$name.err" 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || fail "ringdump $* exited early"
        sleep 0.05
    done
    fail "ringdump $* never said it was listening"
}

# finish NAME [signal]: stops (or waits for) the capture, returns its status.
finish() {
    local name=$1 sig=${2:-} pidvar="PID_$1"
    local pid=${!pidvar}
    if [ -n "$sig" ]; then sleep 0.3; kill -s "$sig" "$pid"; fi
    for _ in $(seq 200); do  # at most 20 s
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid"
        fail "ringdump $name did not finish within 20 s"
    fi
    wait "$pid"
}

send() { ip netns exec "$1" $TOOL send "$2" "$3" ${4:+--gap $4} || fail "sender failed"; }

stat_line() { grep -E "^[0-9]+ packets? $2" "$WORK/$1.err" | cut -d' ' -f1; }

case "$CASE" in
sizes)  # exact bytes, lengths and order, 60..9014 bytes
    capture s "$NS_B" -i vb -w "$WORK/s.pcap" -c 20
    send "$NS_A" va sizes
    finish s || fail "ringdump exit status $?"
    $TOOL check "$WORK/s.pcap" sizes || fail "pcap differs from the frames sent"
    [ "$(stat_line s captured)" = 20 ] || fail "expected '20 packets captured'"
    ;;
count)  # -c 5 stops after 5 of 20
    capture c "$NS_B" -i vb -w "$WORK/c.pcap" -c 5
    send "$NS_A" va sizes 0.02
    finish c || fail "ringdump exit status $?"
    $TOOL check "$WORK/c.pcap" sizes --count 5 || fail "-c 5 pcap"
    [ "$(stat_line c captured)" = 5 ] || fail "expected '5 packets captured'"
    ;;
filter)  # the kernel drops non-matching packets, even with traffic flowing at start
    ( ip netns exec "$NS_A" $TOOL send va mixed --gap 0.005 ) &
    sender=$!
    BG_PIDS+=("$sender")
    sleep 0.2
    capture f "$NS_B" -i vb -w "$WORK/f.pcap" udp dst port 5000
    wait "$sender"
    finish f INT || fail "ringdump exit status $?"
    n=$($TOOL filtercheck "$WORK/f.pcap" 5000) || fail "$n"
    [ "$n" -gt 0 ] || fail "no packet captured"
    [ "$(stat_line f captured)" = "$n" ] || fail "captured line differs from the $n packets in the file"
    [ "$(stat_line f 'received by filter')" = "$n" ] || fail "received by filter $(stat_line f 'received by filter') != $n: the kernel passed non-matching packets"
    ;;
vlan)  # tags the kernel stripped come back (802.1Q and 802.1ad)
    capture v "$NS_B" -i vb -w "$WORK/v.pcap" -c 6
    send "$NS_A" va vlan
    finish v || fail "ringdump exit status $?"
    $TOOL check "$WORK/v.pcap" vlan || fail "VLAN tags not preserved"
    ;;
vlanfilter)  # 'vlan 100' matches through the kernel's VLAN metadata
    capture vf "$NS_B" -i vb -w "$WORK/vf.pcap" vlan 100
    send "$NS_A" va vlan
    finish vf INT || fail "ringdump exit status $?"
    [ "$(stat_line vf captured)" = 1 ] || fail "expected 1 packet with VLAN 100"
    ;;
snaplen)  # -s 96: truncated caplen, full wire length
    capture sn "$NS_B" -i vb -s 96 -w "$WORK/sn.pcap" -c 20
    send "$NS_A" va sizes
    finish sn || fail "ringdump exit status $?"
    $TOOL check "$WORK/sn.pcap" sizes --snap 96 || fail "-s 96 pcap"
    grep -q "snapshot length 96 bytes" "$WORK/sn.err" || fail "listening line lacks 'snapshot length 96 bytes'"
    ;;
direction)  # -Q in / -Q out on the receiving and the sending end
    capture qin "$NS_B" -i vb -Q in -w "$WORK/qin.pcap"
    capture qout "$NS_B" -i vb -Q out -w "$WORK/qout.pcap"
    capture qsend "$NS_A" -i va -Q out -w "$WORK/qsend.pcap"
    send "$NS_A" va sizes
    finish qin INT || fail "-Q in exit status"
    finish qout INT || fail "-Q out exit status"
    finish qsend INT || fail "-Q out (sender) exit status"
    $TOOL check "$WORK/qin.pcap" sizes || fail "-Q in on the receiver"
    [ "$(stat_line qout captured)" = 0 ] || fail "-Q out on the receiver captured incoming packets"
    $TOOL check "$WORK/qsend.pcap" sizes || fail "-Q out on the sender"
    ;;
any)  # -i any: cooked LINUX_SLL2
    capture a "$NS_B" -i any -w "$WORK/a.pcap" -c 20
    grep -q "link-type LINUX_SLL2 (Linux cooked v2)" "$WORK/a.err" || fail "listening line for any"
    send "$NS_A" va sizes
    finish a || fail "ringdump exit status $?"
    $TOOL check "$WORK/a.pcap" sizes --sll2 "$VB_IFINDEX" || fail "-i any pcap"
    ;;
text)  # what ringdump prints live equals tcpdump's text for the saved file
    capture t "$NS_B" -i vb -n -w "$WORK/t.pcap" --print -c 20
    send "$NS_A" va sizes
    finish t || fail "ringdump exit status $?"
    TZ=GMT0 /usr/bin/tcpdump -n -r "$WORK/t.pcap" >"$WORK/t.expected" 2>/dev/null
    # The live run printed in local time; compare in the same zone.
    TZ=GMT0 "$RD" -n -r "$WORK/t.pcap" >"$WORK/t.offline" 2>/dev/null
    lines=$(wc -l <"$WORK/t.expected")
    [ "$lines" = 20 ] || fail "tcpdump printed $lines lines"
    diff <(cut -c16- "$WORK/t.expected") <(cut -c16- "$WORK/t.out") || fail "live text differs from tcpdump's"
    diff "$WORK/t.expected" "$WORK/t.offline" || fail "offline text differs from tcpdump's"
    ;;
drops)  # a tiny ring that is not read during a burst: drops counted, numbers add up
    capture d "$NS_B" -i vb -B 64 -w "$WORK/d.pcap"
    kill -STOP "$PID_d"
    send "$NS_A" va mixed
    kill -CONT "$PID_d"
    finish d INT || fail "ringdump exit status $?"
    cap=$(stat_line d captured); rec=$(stat_line d 'received by filter'); drop=$(stat_line d 'dropped by kernel')
    [ "$rec" = 400 ] || fail "received by filter $rec, expected the 400 sent"
    [ "$drop" -gt 0 ] || fail "no drop reported with a 64 KiB ring and 400 unread frames"
    [ $((cap + drop)) = 400 ] || fail "captured $cap + dropped $drop != 400 sent"
    ;;
nodevice)  # tcpdump's message and status for a missing interface
    out=$(ip netns exec "$NS_B" "$RD" -i nosuch0 2>&1); st=$?
    [ "$st" = 1 ] || fail "exit status $st"
    [ "$out" = "$(printf 'ringdump: nosuch0: No such device exists\n(No such device exists)')" ] || fail "message: $out"
    ;;
tstamp)  # -J lists what the device offers as tcpdump does; -j checks names and warns
    td=/usr/bin/tcpdump
    for dev in vb any nosuch0; do
        ours=$(timeout 10 ip netns exec "$NS_B" "$RD" -J -i "$dev" 2>&1); st=$?
        [ "$st" = 0 ] || fail "-J -i $dev: exit status $st"
        if [ -x "$td" ]; then
            theirs=$(ip netns exec "$NS_B" "$td" -J -i "$dev" 2>&1)
            [ "$ours" = "$theirs" ] || fail "-J -i $dev: expected '$theirs', got '$ours'"
        else
            echo "$ours" | head -1 | grep -qx "Time stamp types for $dev (use option -j to set):" || fail "-J -i $dev: $ours"
        fi
    done
    out=$(timeout 10 "$RD" -j bogus -i vb 2>&1); st=$?
    [ "$st" = 1 ] || fail "-j bogus: exit status $st"
    [ "$out" = "ringdump: invalid time stamp type bogus" ] || fail "-j bogus: $out"
    # veth has no hardware stamps: a warning, then the capture goes on with host stamps.
    capture j "$NS_B" -i vb -j ADAPTER -w "$WORK/j.pcap" -c 20
    grep -qx "ringdump: WARNING: When trying to set timestamp type 'adapter' on vb: That type of time stamp is not supported by that device" \
        "$WORK/j.err" || fail "no -j adapter warning"
    send "$NS_A" va sizes
    finish j || fail "ringdump exit status $?"
    $TOOL check "$WORK/j.pcap" sizes || fail "-j adapter capture"
    ;;
ifdown)  # the interface going down does not end the capture (as tcpdump); back up, it goes on
    capture f "$NS_B" -i vb -w "$WORK/f.pcap" -c 20
    ip -n "$NS_B" link set vb down
    sleep 0.5
    kill -0 "$PID_f" 2>/dev/null || fail "ringdump stopped when vb went down"
    ip -n "$NS_B" link set vb up
    ip -n "$NS_A" link set va up
    for _ in $(seq 50); do ip -n "$NS_A" link show va | grep -q "state UP" && break; sleep 0.1; done
    send "$NS_A" va sizes
    finish f || fail "ringdump exit status $?"
    $TOOL check "$WORK/f.pcap" sizes || fail "capture after the interface came back up"
    ;;
ifgone)  # the interface deleted mid-capture: tcpdump's message, status 1, packets kept
    capture g "$NS_B" -i vb -w "$WORK/g.pcap"
    send "$NS_A" va sizes
    sleep 0.3
    ip -n "$NS_A" link del va
    finish g; st=$?
    [ "$st" = 1 ] || fail "exit status $st after the interface disappeared"
    grep -qx "ringdump: pcap_loop: The interface disappeared" "$WORK/g.err" || fail "message: $(cat "$WORK/g.err")"
    [ "$(stat_line g captured)" = 20 ] || fail "captured $(stat_line g captured), expected the 20 sent"
    $TOOL check "$WORK/g.pcap" sizes || fail "packets captured before the interface went away"
    ;;
*) echo "unknown case $CASE"; exit 2 ;;
esac
echo "PASS [$CASE]"
