#!/usr/bin/env bash
# Live capture benchmark: ringdump vs tcpdump (vs netsniff-ng when installed) on a veth
# pair in a network namespace of its own, fed by ringgen.
#
#   scripts/bench/live.sh [--quick] [--runs N] [--duration SECONDS] [--size BYTES]
#                         [--fractions "0.25 0.5 1"] [--buffer KiB] [--budget SECONDS] [--out DIR]
#
# 1. Generator ceiling: ringgen and trafgen (netsniff-ng) each send as fast as they can on
#    the same veth pair with no capturer, medians of the runs: is the benchmark limited by
#    the capturers rather than by our generator?
# 2. A ladder of offered rates (fractions of ringgen's ceiling; the top rung is unlimited).
#    For every rate, capturer and output (a pcap file on disk, /dev/null) and run: the
#    capturer pinned to CPU 1, ringgen to CPU 0; captured and dropped from the capturer's
#    own statistics, its CPU time (user+system, from wait4) per captured packet.
# 3. Medians of the runs: out/bench/live.csv, live.md (Markdown table, ratios against
#    tcpdump and netsniff-ng), live.png (gnuplot: captured fraction against offered rate),
#    live-commands.txt (every command, to repeat by hand), live-raw.csv (every run).
#
# Default total time is under ~5 minutes (--budget 280); --quick is under 1 minute. When
# the budget runs out the remaining runs are skipped and the report covers what ran.
# Needs root (network namespaces). Each capturer keeps its default ring size unless
# --buffer KiB is given (passed as -B to ringdump and tcpdump, --ring-size to netsniff-ng).
set -uo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
bench="$here/scripts/bench"

quick=0
runs=3
duration=1.5
size=64
fractions="0.25 0.5 0.75 1"
buffer=""
budget=280
out="$here/out/bench"
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1; runs=1; duration=0.4; fractions="0.3 1"; budget=45 ;;
        --runs) runs=$2; shift ;;
        --duration) duration=$2; shift ;;
        --size) size=$2; shift ;;
        --fractions) fractions=$2; shift ;;
        --buffer) buffer=$2; shift ;;
        --budget) budget=$2; shift ;;
        --out) out=$2; shift ;;
        -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "live.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

if [ "$(id -u)" != 0 ]; then echo "live.sh: needs root (network namespaces, AF_PACKET)" >&2; exit 77; fi
for tool in ip taskset timeout python3 tcpdump; do
    command -v "$tool" >/dev/null || { echo "live.sh: $tool not found (scripts/setup.sh installs it)" >&2; exit 1; }
done
if [ "$(nproc)" -lt 2 ]; then echo "live.sh: needs 2 CPUs (generator on 0, capturer on 1)" >&2; exit 1; fi

RINGDUMP=${RINGDUMP:-$here/build/tools/ringdump/ringdump}
RINGGEN=${RINGGEN:-$here/build/tools/ringgen/ringgen}
if [ ! -x "$RINGDUMP" ] || [ ! -x "$RINGGEN" ]; then
    echo "+ $here/scripts/build.sh release ringdump ringgen"
    "$here/scripts/build.sh" release ringdump ringgen >/dev/null || exit 1
fi
have_trafgen=0; command -v trafgen >/dev/null && have_trafgen=1
have_netsniff=0; command -v netsniff-ng >/dev/null && have_netsniff=1

mkdir -p "$out"
NS="rdbench$$"
WORK=$(mktemp -d "$out/live-work.XXXXXX")  # on disk (out/ is on the repository's file system)
CMDS="$out/live-commands.txt"
RAW="$out/live-raw.csv"
BG=()
cleanup() {
    for p in "${BG[@]}"; do kill -KILL "$p" 2>/dev/null; done
    ip netns del "$NS" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

start_time=$SECONDS
over_budget() { [ $((SECONDS - start_time)) -ge "$budget" ]; }

: >"$CMDS"
# run CMD...: prints the command (and keeps it in live-commands.txt), then runs it.
log() { echo "+ $*"; echo "$*" >>"$CMDS"; }

log ip netns add "$NS"
ip netns add "$NS" || exit 1
ip netns exec "$NS" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip -n "$NS" link set lo up
log ip -n "$NS" link add va type veth peer name vb
ip -n "$NS" link add va type veth peer name vb || exit 1
ip -n "$NS" link set va up && ip -n "$NS" link set vb up || exit 1
vb_index=$(ip netns exec "$NS" cat /sys/class/net/vb/ifindex)

gen_args=(-i va -q -s "$size" --vary sport,dport --flows 4096)
# gen RATE OUTFILE [ARGS...]: ringgen on CPU 0 for the run's duration.
gen() {
    local rate=$1 file=$2
    shift 2
    log ip netns exec "$NS" taskset -c 0 "$RINGGEN" "${gen_args[@]}" -d "$duration" -r "$rate" "$@"
    timeout 60 ip netns exec "$NS" taskset -c 0 "$RINGGEN" "${gen_args[@]}" -d "$duration" -r "$rate" "$@" >"$file" 2>&1
}

# trafgen's packet: the same headers and size as ringgen's udp template, ports counting up.
tg_conf="$WORK/trafgen.cfg"
pad=$((size - 42))
[ "$pad" -lt 0 ] && pad=0
cat >"$tg_conf" <<CFG
{ eth(da=02:52:47:00:00:02, sa=02:52:47:00:00:01, type=0x0800),
  ipv4(sa=198.18.0.1, da=198.19.0.1, ttl=64, df),
  udp(sp=dinc(40000, 44095), dp=dinc(9000, 13095)),
  fill(0x00, $pad) }
CFG

median() { sort -g | awk '{v[NR]=$1} END {if (NR==0) print ""; else if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }

echo "== generator ceiling: $runs run(s) of ${duration}s each, ${size}-byte UDP frames, no capturer"
: >"$WORK/rg.rates"
: >"$WORK/rgb.rates"
: >"$WORK/tg.rates"
for r in $(seq "$runs"); do
    gen max "$WORK/g.out"
    awk '{print $8}' "$WORK/g.out" >>"$WORK/rg.rates"
    gen max "$WORK/g.out" --qdisc-bypass
    awk '{print $8}' "$WORK/g.out" >>"$WORK/rgb.rates"
    if [ "$have_trafgen" = 1 ]; then
        # trafgen runs until interrupted; it reports packets and its sending time.
        # (Start-up takes a moment, so it gets one second more than ringgen.)
        tdur=$(awk -v d="$duration" 'BEGIN {print d + 1}')
        log ip netns exec "$NS" timeout -s INT "$tdur" taskset -c 0 trafgen --dev va --conf "$tg_conf" --cpus 1
        ip netns exec "$NS" timeout -s INT "$tdur" taskset -c 0 trafgen --dev va --conf "$tg_conf" --cpus 1 \
            >"$WORK/t.out" 2>&1
        tr '\r' '\n' <"$WORK/t.out" | awk '
            /packets outgoing/ {p=$1}
            /sec,.*usec on CPU/ {t=$1 + $3/1e6}
            END {if (p > 0 && t > 0) printf "%.0f\n", p/t}' >>"$WORK/tg.rates"
    fi
done
rg_max=$(median <"$WORK/rg.rates")
rgb_max=$(median <"$WORK/rgb.rates")
tg_max=$(median <"$WORK/tg.rates")
echo "ringgen: ${rg_max} pps; ringgen --qdisc-bypass: ${rgb_max} pps; trafgen: ${tg_max:-not installed} pps"
printf 'tool,pps\nringgen,%s\nringgen_qdisc_bypass,%s\ntrafgen,%s\n' "$rg_max" "$rgb_max" "$tg_max" >"$out/live-generators.csv"

capturers="ringdump tcpdump"
[ "$have_netsniff" = 1 ] && capturers="$capturers netsniff-ng"

# capture_cmd TOOL OUTPUT: the capturer's command line.
capture_cmd() {
    case "$1" in
        ringdump) echo "$RINGDUMP -i vb -n -w $2 ${buffer:+-B $buffer}" ;;
        tcpdump) echo "tcpdump -i vb -n -w $2 ${buffer:+-B $buffer}" ;;
        netsniff-ng) echo "netsniff-ng --in vb --out $2 --silent ${buffer:+--ring-size ${buffer}KiB}" ;;
    esac
}

# Ready when the capturer has a running packet socket on vb (every tool, whatever it prints).
wait_ready() {
    local pid=$1
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || return 1
        if ip netns exec "$NS" awk -v ix="$vb_index" 'NR > 1 && $5 == ix && $6 == 1 {f=1} END {exit !f}' /proc/net/packet; then
            sleep 0.2
            return 0
        fi
        sleep 0.05
    done
    return 1
}

# stats TOOL ERRFILE OUTFILE -> "captured dropped"
stats() {
    case "$1" in
        ringdump|tcpdump)
            awk '/packets? captured/ {c=$1} /packets? dropped by kernel/ {d=$1} END {print c+0, d+0}' "$2" ;;
        netsniff-ng)
            # "incoming" is the kernel's count, which includes what it dropped for lack of room.
            tr '\r' '\n' <"$3" | awk '/packets incoming/ {i=$1} /failed filter \(out of space\)/ {d=$1}
                END {print i - d, d + 0}' ;;
    esac
}

echo "capturer,output,target,run,offered_pps,sent,dev_dropped,captured,dropped,cpu_s,wall_s,cpu_window_s" >"$RAW"
skipped=0
for frac in $fractions; do
    if awk -v f="$frac" 'BEGIN {exit !(f >= 1)}'; then target=max; else
        target=$(awk -v f="$frac" -v m="$rg_max" 'BEGIN {printf "%d", f * m}'); fi
    for run in $(seq "$runs"); do
        for tool in $capturers; do
            for output in file null; do
                if over_budget; then skipped=$((skipped + 1)); continue; fi
                dest=/dev/null
                [ "$output" = file ] && dest="$WORK/cap.pcap"
                cmd=$(capture_cmd "$tool" "$dest")
                log ip netns exec "$NS" taskset -c 1 $cmd
                # ip netns exec and taskset exec: $! is cpurun.py, which passes SIGINT on.
                ip netns exec "$NS" taskset -c 1 python3 "$bench/cpurun.py" "$WORK/cpu" -- $cmd \
                    >"$WORK/c.out" 2>"$WORK/c.err" &
                pid=$!
                BG+=("$pid")
                if ! wait_ready "$pid"; then
                    echo "live.sh: $tool did not start:"; cat "$WORK/c.err"; kill -KILL "$pid" 2>/dev/null; continue
                fi
                # CPU marks around the load: the capture window without start-up and exit
                # (a ring's pages are zeroed by the kernel when it is set up: a fixed cost
                # that grows with the buffer size, reported apart).
                kill -USR2 "$pid"; sleep 0.05
                gen "$target" "$WORK/g.out"
                sleep 0.3  # let the capturer empty its ring
                kill -USR2 "$pid"; sleep 0.05
                kill -INT "$pid"
                for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
                kill -KILL "$pid" 2>/dev/null
                wait "$pid" 2>/dev/null
                read -r sent pps devdrop < <(awk '{print $1, $8, $(NF-3)}' "$WORK/g.out")
                read -r cap drop < <(stats "$tool" "$WORK/c.err" "$WORK/c.out")
                read -r ut st wall _ win <"$WORK/cpu"
                cpu=$(awk -v u="$ut" -v s="$st" 'BEGIN {printf "%.6f", u + s}')
                echo "$tool,$output,$target,$run,$pps,$sent,$devdrop,$cap,$drop,$cpu,$wall,$win" >>"$RAW"
                printf '  %-11s %-4s rate %-8s run %s: offered %s pps, sent %s, captured %s, dropped %s, cpu %ss (capturing %ss)\n' \
                    "$tool" "$output" "$target" "$run" "$pps" "$sent" "$cap" "$drop" "$cpu" "$win"
                rm -f "$WORK/cap.pcap" "$WORK/cpu"
            done
        done
    done
done
[ "$skipped" -gt 0 ] && echo "live.sh: time budget of ${budget}s reached, $skipped run(s) skipped"

machine="$(nproc) CPUs, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), kernel $(uname -r)"
log python3 "$bench/live_report.py" "$RAW" "$out" --machine "$machine" --size "$size" --runs "$runs" \
    --generators "$out/live-generators.csv"
python3 "$bench/live_report.py" "$RAW" "$out" --machine "$machine" --size "$size" --runs "$runs" \
    --generators "$out/live-generators.csv" || exit 1
echo "live.sh: done in $((SECONDS - start_time)) s; results in $out/live.md, live.csv, live.png"
