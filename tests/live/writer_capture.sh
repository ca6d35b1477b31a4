#!/bin/bash
# Writer tests that need root: nothing lost on SIGINT/SIGTERM during a live capture,
# live rotation, nanosecond files, and a full disk (a 1 MiB tmpfs in a private mount
# namespace). Each case runs with io_uring and with write(2) (RINGDUMP_WRITE_IO=write).
#   writer_capture.sh RINGDUMP CASE SHARED_DIR
# Exit 0 pass, 1 fail, 77 skip (no root / namespaces cannot be created).
set -u
RD=$1
CASE=$2
SHARED=${3:-}
HERE=$(cd "$(dirname "$0")" && pwd)
TOOL="/usr/bin/python3 $HERE/writertool.py"
TCPDUMP=/usr/bin/tcpdump

if [ "$(id -u)" != 0 ]; then echo "SKIP: writer tests need root"; exit 77; fi
# The disk-full cases run in their own mount namespace: the tmpfs vanishes with it,
# whatever happens to this script.
case "$CASE" in
diskfull*)
    if [ -z "${RD_WRITER_MOUNT_NS:-}" ]; then
        RD_WRITER_MOUNT_NS=1 exec unshare -m --propagation private "$0" "$@" || { echo "SKIP: unshare -m"; exit 77; }
    fi ;;
esac

TAG="rw$$$RANDOM"
NS_A="${TAG}a"
NS_B="${TAG}b"
WORK=$(mktemp -d /tmp/ringdump-writer.XXXXXX)
BG_PIDS=()
NETNS=0
cleanup() {
    for p in "${BG_PIDS[@]}"; do kill "$p" 2>/dev/null; done
    if [ "$NETNS" = 1 ]; then ip netns del "$NS_A" 2>/dev/null; ip netns del "$NS_B" 2>/dev/null; fi
    mountpoint -q "$WORK/tiny" 2>/dev/null && umount "$WORK/tiny"
    [ -n "${RD_KEEP_WORK:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

fail() {
    echo "FAIL [$CASE${IO:+ $IO}]: $*"
    for f in "$WORK"/*.err; do [ -f "$f" ] && { echo "--- $f"; tail -5 "$f"; }; done
    exit 1
}

netns_setup() {
    if ! ip netns add "$NS_A" 2>/dev/null || ! ip netns add "$NS_B" 2>/dev/null; then
        echo "SKIP: cannot create network namespaces"; exit 77
    fi
    NETNS=1
    for ns in "$NS_A" "$NS_B"; do
        ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
        ip -n "$ns" link set lo up
    done
    ip -n "$NS_A" link add va type veth peer name vb netns "$NS_B" || fail "cannot create veth pair"
    ip -n "$NS_A" link set va up || fail "va up"
    ip -n "$NS_B" link set vb up || fail "vb up"
}

# capture NAME ARGS...: ringdump on vb in the background (write path from $IO), returns
# once it is listening.
capture() {
    local name=$1
    shift
    ip netns exec "$NS_B" env RINGDUMP_WRITE_IO="$IO" "$RD" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" &
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

# finish NAME: waits (at most 20 s) for the capture and returns its status.
finish() {
    local pidvar="PID_$1"
    local pid=${!pidvar}
    for _ in $(seq 200); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fail "ringdump $1 did not finish within 20 s"; fi
    wait "$pid"
}

# sender SECONDS: numbered frames from va in the background; its pid in SENDER.
sender() {
    ip netns exec "$NS_A" $TOOL send va --seconds "$1" >"$WORK/sender.out" 2>"$WORK/sender.err" &
    SENDER=$!
    BG_PIDS+=("$SENDER")
}

stat_line() { grep -E "^[0-9]+ packets? $2" "$WORK/$1.err" | cut -d' ' -f1; }

# Both tcpdump and ringdump read the file to its end without complaint: prints the count.
readable() {
    local f=$1 n_rd n_td
    n_rd=$("$RD" -r "$f" 2>"$WORK/read.err" | wc -l) || true
    "$RD" -r "$f" >/dev/null 2>&1 || fail "ringdump -r $f: $(tail -1 "$WORK/read.err")"
    if [ -x "$TCPDUMP" ]; then
        n_td=$($TCPDUMP -r "$f" 2>"$WORK/read.err" | wc -l)
        $TCPDUMP -r "$f" >/dev/null 2>&1 || fail "tcpdump -r $f: $(tail -1 "$WORK/read.err")"
        [ "$n_td" = "$n_rd" ] || fail "tcpdump read $n_td packets from $f, ringdump $n_rd"
    fi
    echo "$n_rd"
}

run_case() {
case "$CASE" in
sigint|sigterm)  # stopped mid-capture while frames flow: every packet counted is in the file
    local sig=${CASE#sig}
    netns_setup
    capture s -i vb -w "$WORK/s.pcap" udp port 40000
    sender 3
    sleep 1
    kill -s "${sig^^}" "$PID_s"
    finish s || fail "ringdump exit status $? after SIG${sig^^}"
    wait "$SENDER"
    local cap n
    cap=$(stat_line s captured)
    n=$($TOOL seq "$WORK/s.pcap") || fail "$n"
    [ -n "$cap" ] || fail "no 'packets captured' line"
    [ "$cap" -gt 1000 ] || fail "only $cap packets captured while frames flowed"
    [ "$n" = "$cap" ] || fail "$cap packets captured but $n records in the file"
    local r
    r=$(readable "$WORK/s.pcap") || fail "$r"
    [ "$r" = "$n" ] || fail "readers read $r packets, the file holds $n records"
    echo "  $IO: $cap captured, $n in the file, $(cat "$WORK/sender.out") sent"
    ;;
rotate)  # live -C 1: files out, out1, ... each passing 1 MB only with its last packet
    netns_setup
    capture r -i vb -w "$WORK/out" -C 1 -c 5000 udp port 40000
    sender 10
    finish r || fail "ringdump exit status $?"
    kill "$SENDER" 2>/dev/null; wait "$SENDER" 2>/dev/null
    local files=("$WORK/out") k=1
    while [ -e "$WORK/out$k" ]; do files+=("$WORK/out$k"); k=$((k + 1)); done
    [ "${#files[@]}" = 6 ] || fail "expected out, out1..out5 for 5000 x 1016 bytes, got ${#files[@]} files: $(ls "$WORK")"
    local n
    n=$($TOOL seq "${files[@]}") || fail "$n"
    [ "$n" = 5000 ] || fail "5000 packets captured, $n in the files"
    [ "$(stat_line r captured)" = 5000 ] || fail "captured line"
    for f in "${files[@]:0:5}"; do
        local sz
        sz=$(stat -c %s "$f")
        # 1016-byte records: over the limit by less than one record.
        [ "$sz" -gt 1000000 ] && [ "$sz" -le 1001016 ] || fail "$f is $sz bytes"
    done
    ;;
nano)  # --time-stamp-precision=nano: the ns magic, and tcpdump reads the same times
    netns_setup
    capture n -i vb -w "$WORK/n.pcap" --time-stamp-precision=nano -c 50 udp port 40000
    sender 5
    finish n || fail "ringdump exit status $?"
    kill "$SENDER" 2>/dev/null; wait "$SENDER" 2>/dev/null
    [ "$($TOOL magic "$WORK/n.pcap")" = a1b23c4d ] || fail "magic $($TOOL magic "$WORK/n.pcap")"
    TZ=GMT0 "$RD" -n --time-stamp-precision=nano -r "$WORK/n.pcap" >"$WORK/n.ours" 2>/dev/null
    grep -qE '^[0-9:]+\.[0-9]{9} ' "$WORK/n.ours" || fail "no nanosecond times: $(head -1 "$WORK/n.ours")"
    if [ -x "$TCPDUMP" ]; then
        TZ=GMT0 $TCPDUMP -n --time-stamp-precision=nano -r "$WORK/n.pcap" >"$WORK/n.theirs" 2>/dev/null
        diff "$WORK/n.theirs" "$WORK/n.ours" >"$WORK/n.diff" || fail "tcpdump prints the file differently: $(head -4 "$WORK/n.diff")"
        # And tcpdump's own copy of it is the same file.
        $TCPDUMP -Z root --time-stamp-precision=nano -r "$WORK/n.pcap" -w "$WORK/n.copy" 2>/dev/null
        cmp -s "$WORK/n.pcap" "$WORK/n.copy" || fail "tcpdump -r -w copies the file to different bytes"
    fi
    [ "$(wc -l <"$WORK/n.ours")" = 50 ] || fail "50 packets expected"
    ;;
diskfull)  # -r into a 1 MiB file system: an error naming the file, a valid file
    mkdir "$WORK/tiny"
    mount -t tmpfs -o size=1m tmpfs "$WORK/tiny" || { echo "SKIP: cannot mount tmpfs"; exit 77; }
    [ -n "$SHARED" ] || fail "no shared corpus directory given"
    local src="$SHARED/corpus/tcpdump-4.99/afs.pcap"
    for i in 1 2 3 4 5 6; do echo "$src"; done >"$WORK/list"
    # The records ringdump would write: the 6 copies in a row.
    "$RD" -V "$WORK/list" -w "$WORK/all.pcap" 2>/dev/null || fail "copy to $WORK/all.pcap"
    rm -f "$WORK/tiny/"*
    env RINGDUMP_WRITE_IO="$IO" "$RD" -V "$WORK/list" -w "$WORK/tiny/full.pcap" >"$WORK/d.out" 2>"$WORK/d.err"
    local st=$?
    [ "$st" = 1 ] || fail "exit status $st, expected 1"
    grep -qx "ringdump: $WORK/tiny/full.pcap: error writing dump file: No space left on device" "$WORK/d.err" ||
        fail "message: $(grep ringdump: "$WORK/d.err")"
    local n sz r
    n=$($TOOL prefix "$WORK/tiny/full.pcap" "$WORK/all.pcap") || fail "$n"
    sz=$(stat -c %s "$WORK/tiny/full.pcap")
    [ "$sz" -gt 900000 ] || fail "only $sz bytes kept on a 1 MiB file system"
    r=$(readable "$WORK/tiny/full.pcap") || fail "$r"
    [ "$r" = "$n" ] || fail "readers read $r packets, the file holds $n records"
    echo "  $IO: $n records, $sz bytes kept"
    umount "$WORK/tiny"
    rmdir "$WORK/tiny"
    ;;
diskfull-live)  # the same during a live capture: the capture stops with the error
    mkdir "$WORK/tiny"
    mount -t tmpfs -o size=1m tmpfs "$WORK/tiny" || { echo "SKIP: cannot mount tmpfs"; exit 77; }
    netns_setup
    capture l -i vb -w "$WORK/tiny/live.pcap" udp port 40000
    sender 10
    finish l
    local st=$?
    kill "$SENDER" 2>/dev/null; wait "$SENDER" 2>/dev/null
    [ "$st" = 1 ] || fail "exit status $st, expected 1"
    grep -qx "ringdump: $WORK/tiny/live.pcap: error writing dump file: No space left on device" "$WORK/l.err" ||
        fail "message: $(grep ringdump: "$WORK/l.err")"
    grep -qE "^[0-9]+ packets? captured" "$WORK/l.err" || fail "no statistics after the error"
    local n r
    n=$($TOOL seq "$WORK/tiny/live.pcap") || fail "$n"
    [ "$n" -gt 800 ] || fail "only $n records kept"
    r=$(readable "$WORK/tiny/live.pcap") || fail "$r"
    [ "$r" = "$n" ] || fail "readers read $r packets, the file holds $n records"
    umount "$WORK/tiny"
    rmdir "$WORK/tiny"
    ;;
offline-signal)  # -r from a FIFO, SIGINT/SIGTERM: status 0, every record read is written
    [ -n "$SHARED" ] || fail "no shared corpus directory given"
    local src="$SHARED/corpus/tcpdump-4.99/afs.pcap" sig
    for sig in INT TERM; do
        rm -f "$WORK/fifo" "$WORK/o.pcap"
        mkfifo "$WORK/fifo"
        # Header and records slowly: ~600 records over 6 s.
        /usr/bin/python3 -c '
import sys, time, struct
d = open(sys.argv[1], "rb").read(); out = open(sys.argv[2], "wb", buffering=0)
out.write(d[:24]); p = 24
try:
    while p < len(d):
        n = 16 + struct.unpack("<I", d[p + 8:p + 12])[0]; out.write(d[p:p + n]); p += n; time.sleep(0.01)
except BrokenPipeError:
    pass' "$src" "$WORK/fifo" &
        local feeder=$!
        BG_PIDS+=("$feeder")
        env RINGDUMP_WRITE_IO="$IO" "$RD" -r "$WORK/fifo" -w "$WORK/o.pcap" 2>"$WORK/o.err" &
        local pid=$!
        BG_PIDS+=("$pid")
        sleep 1.5
        kill -s "$sig" "$pid"
        wait "$pid" || fail "ringdump -r exit status $? after SIG$sig"
        kill "$feeder" 2>/dev/null; wait "$feeder" 2>/dev/null
        local n
        n=$($TOOL prefix "$WORK/o.pcap" "$src") || fail "$n"
        [ "$n" -gt 50 ] || fail "only $n records written before SIG$sig"
    done
    ;;
*) echo "unknown case $CASE"; exit 2 ;;
esac
}

for IO in uring write; do
    run_case
    if [ "$NETNS" = 1 ]; then
        ip netns del "$NS_A"; ip netns del "$NS_B"; NETNS=0
        for p in "${BG_PIDS[@]}"; do kill "$p" 2>/dev/null; done
        BG_PIDS=()
    fi
    rm -f "$WORK"/*.pcap "$WORK"/out*
done
echo "PASS [$CASE]"
