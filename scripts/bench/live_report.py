#!/usr/bin/env python3
"""Turns live.sh's per-run CSV into medians: live.csv, live.md and live.png (gnuplot).

usage: live_report.py RAW.csv OUTDIR --machine TEXT --size BYTES --runs N --generators CSV
"""
import argparse
import csv
import shutil
import statistics
import subprocess
from collections import defaultdict
from pathlib import Path

ORDER = ["ringdump", "tcpdump", "netsniff-ng"]


def med(xs):
    return statistics.median(xs) if xs else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("raw")
    ap.add_argument("outdir")
    ap.add_argument("--machine", default="")
    ap.add_argument("--size", default="64")
    ap.add_argument("--runs", default="1")
    ap.add_argument("--generators", default="")
    a = ap.parse_args()
    out = Path(a.outdir)

    runs = defaultdict(list)
    targets = []
    with open(a.raw) as f:
        for r in csv.DictReader(f):
            key = (r["capturer"], r["output"], r["target"])
            if r["target"] not in targets:
                targets.append(r["target"])
            sent = int(r["sent"] or 0)
            cap = int(r["captured"] or 0)
            runs[key].append({
                "pps": float(r["offered_pps"] or 0),
                "sent": sent,
                "dev_dropped": int(r["dev_dropped"] or 0),
                "captured": cap,
                "dropped": int(r["dropped"] or 0),
                "fraction": cap / sent if sent else 0.0,
                "cpu_ns": float(r["cpu_s"]) * 1e9 / cap if cap else 0.0,
                # CPU while the load ran (start-up and exit left out); -1: not measured.
                "win_ns": (float(r["cpu_window_s"]) * 1e9 / cap
                           if cap and float(r.get("cpu_window_s") or -1) >= 0 else 0.0),
            })
    if not runs:
        print("live_report.py: no runs")
        return 1

    rows = []
    for (tool, output, target), rs in runs.items():
        rows.append({
            "capturer": tool, "output": output, "target": target, "runs": len(rs),
            "offered_pps": med([x["pps"] for x in rs]),
            "sent": med([x["sent"] for x in rs]),
            "dev_dropped": med([x["dev_dropped"] for x in rs]),
            "captured": med([x["captured"] for x in rs]),
            "dropped": med([x["dropped"] for x in rs]),
            "fraction": med([x["fraction"] for x in rs]),
            "cpu_ns_per_pkt": med([x["cpu_ns"] for x in rs]),
            "cpu_window_ns_per_pkt": med([x["win_ns"] for x in rs]),
        })

    def order(r):
        return (targets.index(r["target"]), ORDER.index(r["capturer"]) if r["capturer"] in ORDER else 9,
                r["output"])
    rows.sort(key=order)

    fields = ["target", "offered_pps", "capturer", "output", "runs", "sent", "dev_dropped", "captured", "dropped",
              "fraction", "cpu_window_ns_per_pkt", "cpu_ns_per_pkt"]
    with open(out / "live.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: (f"{r[k]:.4f}" if isinstance(r[k], float) else r[k]) for k in fields})

    gens = {}
    if a.generators and Path(a.generators).exists():
        with open(a.generators) as f:
            for r in csv.DictReader(f):
                gens[r["tool"]] = r["pps"]

    md = []
    md.append(f"Machine: {a.machine}. Frames: {a.size}-byte UDP, ports varying; veth pair in a "
              f"network namespace; ringgen pinned to CPU 0, the capturer to CPU 1; median of "
              f"{a.runs} run(s).")
    md.append("")
    if gens:
        rg, rgb, tg = gens.get("ringgen", ""), gens.get("ringgen_qdisc_bypass", ""), gens.get("trafgen", "")
        line = f"Generator ceiling on this veth pair (no capturer): ringgen {rg} pps, ringgen --qdisc-bypass {rgb} pps"
        if tg:
            best = max(float(rg or 0), float(rgb or 0))
            line += f", trafgen {tg} pps (ringgen/trafgen = {best / float(tg):.2f})"
        md.append(line + ".")
        md.append("")
    md.append("CPU ns/packet while capturing: the capturer's CPU time (all threads) from just before the "
              "load starts to just after its ring is drained, per captured packet. Whole run: from exec to "
              "exit, start-up included (the kernel zeroes the capture ring's pages when it is set up: "
              "ringdump's default 32 MiB ring costs more there than tcpdump's 2 MiB).")
    md.append("")
    md.append("| target rate | offered pps | capturer | output | sent | captured | fraction | kernel drops "
              "| CPU ns/packet while capturing | CPU ns/packet, whole run |")
    md.append("|---|---:|---|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        md.append(f"| {r['target']} | {r['offered_pps']:.0f} | {r['capturer']} | {r['output']} | {r['sent']:.0f} | {r['captured']:.0f} | "
                  f"{r['fraction'] * 100:.1f}% | {r['dropped']:.0f} | {r['cpu_window_ns_per_pkt']:.0f} | {r['cpu_ns_per_pkt']:.0f} |")
    md.append("")

    # Ratios: ringdump against each other capturer, per rung and output.
    by = {(r["capturer"], r["output"], r["target"]): r for r in rows}
    ratio_lines = []
    for other in ORDER[1:]:
        for r in rows:
            if r["capturer"] != "ringdump":
                continue
            o = by.get((other, r["output"], r["target"]))
            if not o or not o["fraction"] or not o["cpu_ns_per_pkt"]:
                continue
            win = (f"{r['cpu_window_ns_per_pkt'] / o['cpu_window_ns_per_pkt']:.2f}"
                   if o["cpu_window_ns_per_pkt"] and r["cpu_window_ns_per_pkt"] else "-")
            # Fractions, not counts: the load each capturer was offered differs a little.
            ratio_lines.append(
                f"| {r['target']} | {r['output']} | {other} | {r['fraction'] / o['fraction']:.2f} | "
                f"{win} | {r['cpu_ns_per_pkt'] / o['cpu_ns_per_pkt']:.2f} |")
    if ratio_lines:
        md.append("Ratios (ringdump / other; captured fraction: higher is better, CPU per packet: lower is better):")
        md.append("")
        md.append("| target rate | output | against | captured fraction ratio | CPU ns/packet ratio while capturing "
                  "| CPU ns/packet ratio, whole run |")
        md.append("|---|---|---|---:|---:|---:|")
        md.extend(ratio_lines)
        md.append("")
    (out / "live.md").write_text("\n".join(md) + "\n")
    print("\n".join(md))

    # Plot: captured fraction against offered rate (packets per second ringgen sent).
    series = defaultdict(list)
    for r in rows:
        series[(r["capturer"], r["output"])].append(r)
    dat = out / "live-plot.dat"
    with open(dat, "w") as f:
        for i, ((tool, output), rs) in enumerate(sorted(series.items())):
            f.write(f"# {tool} {output}\n")
            for r in rs:
                f.write(f"{r['offered_pps']} {r['fraction'] * 100:.3f}\n")
            f.write("\n\n")
    if not shutil.which("gnuplot"):
        print("live_report.py: gnuplot not installed, no live.png")
        return 0
    plots = []
    for i, (tool, output) in enumerate(sorted(series)):
        plots.append(f"'{dat}' index {i} using 1:2 with linespoints title '{tool} -> {output}'")
    gp = "\n".join([
        "set terminal pngcairo size 900,560 noenhanced" if has_cairo() else "set terminal png size 900,560",
        f"set output '{out / 'live.png'}'",
        "set title 'Captured fraction against offered rate (veth pair, generator and capturer on separate CPUs)'",
        "set xlabel 'offered rate (packets/s)'",
        "set ylabel 'captured (%)'",
        "set yrange [0:105]",
        "set key bottom left",
        "set grid",
        "plot " + ", ".join(plots),
    ])
    (out / "live.gp").write_text(gp + "\n")
    subprocess.run(["gnuplot", str(out / "live.gp")], check=True)
    return 0


def has_cairo():
    try:
        r = subprocess.run(["gnuplot", "-e", "set terminal"], capture_output=True, text=True)
        return "pngcairo" in (r.stdout + r.stderr)
    except OSError:
        return False


if __name__ == "__main__":
    raise SystemExit(main())
