# Sourced by the offline benchmarks: makes the bench capture and puts it in the page cache
# the way a capture read from disk is, the same for tcpdump and ringdump.
#
# bench_capture GENCAP PACKETS PATH
#   Generates PATH if missing, then drops it from the page cache (GNU dd's nocache idiom:
#   flush, then advise DONTNEED for the whole file; nothing else on the machine is touched),
#   and reads it back through readahead. Why: a file just written
#   sits in the cache in the small pieces its writes made, a file read from disk in large
#   ones; copying it out with read(2) costs 0.10 s against 0.04 s for the 653 MiB capture
#   on our VM (kernel 6.18 ext4), so without this the figures depend on whether the
#   capture was generated in the same boot.
bench_capture() {
  local gencap="$1" packets="$2" cap="$3"
  [ -s "$cap" ] || "$gencap" bench "$cap" --packets "$packets" --seed 1
  dd of="$cap" oflag=nocache conv=notrunc,fdatasync count=0 status=none
  dd if="$cap" iflag=nocache count=0 status=none
  cat "$cap" >/dev/null
}
