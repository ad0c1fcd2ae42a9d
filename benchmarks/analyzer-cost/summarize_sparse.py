#!/usr/bin/env python3
"""Reads sparse.sh's build logs and in-process results and prints the sparse case's report (markdown).

Builds: OUT/logs/r<round>-<mode>-<project>-<side>.log, parsed by summarize.parse (Csc task time, ReportAnalyzer's times,
warnings, and the build CPU timed.py appended: the build's processes plus the compiler server's CPU during the build).
  mode     cold (no compiler server, csc a child process, clean bin/obj) or server (a warmed compiler server kept)
  project  clean (nothing for the IPSEC analyzers to report) or findings (four weak choices in the policy file)
  side     with (IPSEC analyzers loaded), withb (the same with ANALYZER_DLL_B), without (not loaded); CA5350/CA5351
           at warning in all of them
Same-round paired differences: with − without of one round, one mode, one project; then the median and range over the
rounds, also as a share of the without-build. In-process: OUT/inproc-sparse.txt and OUT/inproc-dense.txt (inproc/).
"""
import argparse
import os
import statistics
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the work tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import summarize  # noqa: E402  (the same log parser as run.sh's report)

PROJECTS = ["clean", "findings"]
GOAL_SPARSE = 0.005     # G-sparse-1: IPSEC adds at most 0.5 % to Csc time and to build CPU
GOAL_DENSE_US = 5.0     # G-dense-1: at most 5 µs per SDK call site, warm
med = statistics.median


def warnings(run, prefix):
    return sum(n for k, n in run["warnings"].items() if k.startswith(prefix))


def brief(path):
    """One progress line per build: summarize.py's, plus where the compile ran and the server's CPU."""
    r = summarize.parse(path)
    extra = ", compiled in {}".format(r["compiler"] or "?")
    if r["server_cpu"] > 0 or r["compiler"] == "server":
        extra += ", of the CPU {:.1f} s in the server{}".format(r["server_cpu"], " (a server EXITED during the build)" if r["server_exited"] else "")
    cs = warnings(r, "CS")
    if cs:
        extra += ", {} compiler warnings".format(cs)
    return summarize.brief(path) + extra


def spread(values, fmt):
    return "{} ({} … {})".format(fmt(med(values)), fmt(min(values)), fmt(max(values)))


def signed_s(v):
    return "{:+.2f} s".format(v)


def signed_pct(v):
    return "{:+.2f} %".format(v * 100)


def verdict(values, goal, tolerance=None, what="rounds"):
    """Met if the median is within the goal; says whether every round agrees, and when the rounds scatter more widely
    than the goal's own size (tolerance: e.g. ±0.5 % is a 1-point-wide window), that more rounds are needed."""
    one = what[:-1]
    if max(values) <= goal:
        text = "met (every {})".format(one)
    elif med(values) <= goal:
        text = "met by the median; not in every {}".format(one)
    elif min(values) > goal:
        text = "NOT met (every {})".format(one)
    else:
        text = "NOT met by the median; met in some {}".format(what)
    if len(values) < 3:
        text += "; fewer than 3 {} decide nothing".format(what)
    elif tolerance is not None and max(values) - min(values) > tolerance:
        text += "; the {} scatter over {:.2g}× the goal's window: more {} needed".format(
            what, (max(values) - min(values)) / tolerance, what)
    return text


def read_result(path):
    if not os.path.exists(path):
        return None
    out = {}
    with open(path) as f:
        for line in f:
            if "=" in line:
                key, value = line.strip().split("=", 1)
                out[key] = value
    return out


def facts(out):
    values = read_result(os.path.join(out, "sparse", "facts.txt")) or {}
    return {k: int(v) for k, v in values.items()}


def report(out, rounds, modes, sides, analyzer):
    logs = os.path.join(out, "logs")
    runs = {}
    for mode in modes:
        for project in PROJECTS:
            for side in sides:
                runs[mode, project, side] = [summarize.parse(os.path.join(logs, "r{}-{}-{}-{}.log".format(n, mode, project, side)))
                                             for n in range(1, rounds + 1)]
    f = facts(out)
    lines = ["## The sparse case: {:,} files, {} rounds, modes {}".format(f.get("files", 0), rounds, " ".join(modes)), ""]
    lines.append("Generated code base (sparse.py): {:,} ordinary files, {:,} lines, {:,} methods, `#nullable enable` / `#region` / "
                 "`#if DEBUG` in {} files, MD5/SHA-1 calls in {} files, and one policy file with {} IpsecSdk calls. "
                 "Analyzer: `{}`.".format(f.get("files", 1) - 1, f.get("lines", 0), f.get("methods", 0), f.get("directive_files", 0),
                                          f.get("crypto_files", 0), f.get("sdk_call_sites", 0), analyzer or "?"))
    lines += ["", "### Builds (medians over rounds)", "",
              "| Mode | Project | IPSEC analyzers | Csc (s) | Build CPU (s) | of it in the server (s) | IPSEC attributed (ms) | "
              "IPSEC share of Csc | CA5350+CA5351 (ms) | CA share of Csc | Warnings IPSEC / CA / CS | Compiled in |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    side_names = {"with": "loaded", "withb": "loaded (B)", "without": "not loaded"}
    for mode in modes:
        for project in PROJECTS:
            for side in sides:
                rs = runs[mode, project, side]
                lines.append("| {} | {} | {} | {:.2f} | {:.2f} | {:.2f} | {} | {} | {} | {} | {} / {} / {} | {} |".format(
                    mode, project, side_names.get(side, side), med(r["csc"] for r in rs), med(r["cpu"] for r in rs),
                    med(r["server_cpu"] for r in rs), summarize.ms(med(r["ipsec"] for r in rs)),
                    summarize.pct(med(r["ipsec"] / r["csc"] for r in rs)), summarize.ms(med(r["ca"] for r in rs)),
                    summarize.pct(med(r["ca"] / r["csc"] for r in rs)), warnings(rs[0], "IPSEC"), warnings(rs[0], "CA"),
                    warnings(rs[0], "CS"), "/".join(sorted({r["compiler"] or "?" for r in rs}))))
    exited = [(m, p, s, n + 1) for (m, p, s), rs in runs.items() for n, r in enumerate(rs) if r["server_exited"]]
    if exited:
        lines += ["", "**A compiler server exited during {} build(s)** ({}): their server CPU is incomplete.".format(
            len(exited), ", ".join("r{} {} {} {}".format(n, m, p, s) for m, p, s, n in exited))]

    pairs = {}
    lines += ["", "### IPSEC's marginal cost: same-round paired differences (with − without)", "",
              "Per round: the build with the IPSEC analyzers minus the build without them, same mode, same project, same "
              "round; median (min … max) over {} rounds; % of the without-build.".format(rounds), "",
              "| Mode | Project | Side | Csc Δ | Csc Δ % | Build CPU Δ | Build CPU Δ % | All-analyzer time Δ (ms) |",
              "|---|---|---|---|---|---|---|---|"]
    for mode in modes:
        for project in PROJECTS:
            base = runs[mode, project, "without"]
            for side in [s for s in sides if s != "without"]:
                rs = runs[mode, project, side]
                d_csc = [rs[n]["csc"] - base[n]["csc"] for n in range(rounds)]
                d_cpu = [rs[n]["cpu"] - base[n]["cpu"] for n in range(rounds)]
                p_csc = [d / base[n]["csc"] for n, d in enumerate(d_csc)]
                p_cpu = [d / base[n]["cpu"] for n, d in enumerate(d_cpu)]
                d_all = [rs[n]["analyzers_total"] - base[n]["analyzers_total"] for n in range(rounds)]
                pairs[mode, project, side] = (p_csc, p_cpu)
                lines.append("| {} | {} | {} | {} | {} | {} | {} | {} |".format(
                    mode, project, side, spread(d_csc, signed_s), spread(p_csc, signed_pct), spread(d_cpu, signed_s),
                    spread(p_cpu, signed_pct), spread(d_all, summarize.signed_ms)))

    ratios = {}
    lines += ["", "### Ranking by ReportAnalyzer (builds with the IPSEC analyzers)", "",
              "Attributed times: wall-clock per callback, summed over threads; shares of the same build's Csc time; ratio "
              "IPSEC / CA5350+CA5351 within each build, median (min … max).", "",
              "| Mode | Project | Side | IPSEC share of Csc | CA5350+CA5351 share of Csc | IPSEC / CA | IPSEC, top analyzers (ms) |",
              "|---|---|---|---|---|---|---|"]
    for mode in modes:
        for project in PROJECTS:
            for side in [s for s in sides if s != "without"]:
                rs = runs[mode, project, side]
                ratio = [r["ipsec"] / r["ca"] for r in rs if r["ca"] > 0.001]
                ratios[mode, project, side] = ratio
                types = sorted({t for r in rs for t in r["ipsec_by_type"]}, key=lambda t: -med(r["ipsec_by_type"].get(t, 0) for r in rs))
                top = ", ".join("{} {}".format(t.replace("Analyzer", ""), summarize.ms(med(r["ipsec_by_type"].get(t, 0) for r in rs)))
                                for t in types[:3])
                lines.append("| {} | {} | {} | {} | {} | {} | {} |".format(
                    mode, project, side, spread([r["ipsec"] / r["csc"] for r in rs], summarize.pct),
                    spread([r["ca"] / r["csc"] for r in rs], summarize.pct),
                    spread(ratio, "{:.2f}".format) if ratio else "–", top or "–"))

    inproc = [("sparse", read_result(os.path.join(out, "inproc-sparse.txt"))), ("dense", read_result(os.path.join(out, "inproc-dense.txt")))]
    if any(r for _, r in inproc):
        lines += ["", "### In-process, against an empty analyzer (inproc/, single-threaded, fresh clone per run)", "",
                  "Per run: the compiler's diagnostics plus the set's analysis (GetAnalysisResultAsync); the set's time minus "
                  "the same run's baseline. `empty`: a compilation-start action that does nothing; `empty-block`: an "
                  "operation-block action that does nothing (Roslyn builds the operation trees, as for any operation "
                  "analyzer). Cold = run 1, warm = median of runs 2..N (min … max).", "",
                  "| Project | Set − baseline | Cold (ms) | Warm (ms) | Warm per unit (µs) | Warm CPU per unit (µs) | Set's attributed time, warm (ms) | Attributed per unit (µs) |",
                  "|---|---|---|---|---|---|---|---|"]
        for name, r in inproc:
            if not r:
                continue
            units, unit = int(r["units"]), r["unit"]
            for key in ["IPSEC-empty", "IPSEC-empty-block", "CA-empty", "CA-empty-block", "empty-block-empty"]:
                warm_runs = [float(v) for v in r[key + ".warm_s_runs"].split(",") if v] or [float("nan")]
                setname = key.split("-", 1)[0] if not key.startswith("empty-block") else "empty-block"
                attributed = float(r[setname + ".warm_attributed_s"])
                lines.append("| {} ({:,} {}s{}) | {} | {:.0f} | {} | {:.2f} | {:.2f} | {:.0f} | {:.2f} |".format(
                    name, units, unit, ", {} IpsecSdk calls".format(r["sdk_sites"]) if name == "dense" else "",
                    key.replace("-", " − ", 1) if not key.startswith("empty-block") else "empty-block − empty",
                    float(r[key + ".cold_s"]) * 1000, spread([v * 1000 for v in warm_runs], "{:.0f}".format),
                    float(r[key + ".warm_us_per_unit"]), float(r[key + ".warm_cpu_us_per_unit"]),
                    attributed * 1000, attributed / units * 1e6))

    lines += ["", "### Goals", "", "| Goal | Where | Figure (median; min … max over rounds, or in-process runs) | Verdict |", "|---|---|---|---|"]
    for (mode, project, side), (p_csc, p_cpu) in pairs.items():
        worst = [max(a, b) for a, b in zip(p_csc, p_cpu)]
        lines.append("| G-sparse-1: IPSEC adds ≤ 0.5 % Csc time and build CPU (paired) | {} {}{} | Csc {}; CPU {} | {} |".format(
            mode, project, "" if side == "with" else " " + side, spread(p_csc, signed_pct), spread(p_cpu, signed_pct),
            verdict(worst, GOAL_SPARSE, 2 * GOAL_SPARSE)))
    for (mode, project, side), ratio in ratios.items():
        if ratio:
            lines.append("| G-sparse-2: IPSEC attributed ≤ CA5350+CA5351 attributed (same build) | {} {}{} | IPSEC / CA {} | {} |".format(
                mode, project, "" if side == "with" else " " + side, spread(ratio, "{:.2f}".format), verdict(ratio, 1.0)))
    dense = dict(inproc).get("dense")
    if dense:
        for key, what in [("IPSEC-empty", "vs. empty"), ("IPSEC-empty-block", "vs. empty-block")]:
            units = int(dense["units"])
            per = [float(v) / units * 1e6 for v in dense[key + ".warm_s_runs"].split(",") if v]
            if per:
                lines.append("| G-dense-1: ≤ 5 µs per SDK call site, warm (in-process) | dense, {:,} call sites, {} | {} µs | {} |".format(
                    units, what, spread(per, "{:.2f}".format), verdict(per, GOAL_DENSE_US, 2 * GOAL_DENSE_US, "runs")))
        per = [float(v) / int(dense["units"]) * 1e6 for v in dense.get("IPSEC.warm_attributed_s_runs", "").split(",") if v]
        if per:
            lines.append("| G-dense-1: ≤ 5 µs per SDK call site, warm (in-process) | dense, {:,} call sites, Roslyn's attributed time | {} µs | {} |".format(
                int(dense["units"]), spread(per, "{:.2f}".format), verdict(per, GOAL_DENSE_US, 2 * GOAL_DENSE_US, "runs")))

    lines += ["", "### Per round", "", "| Round | Mode | Project | Side | Csc (s) | Build CPU (s) | Server CPU (s) | IPSEC (ms) | CA (ms) |",
              "|---|---|---|---|---|---|---|---|---|"]
    for n in range(rounds):
        for mode in modes:
            for project in PROJECTS:
                for side in sides:
                    r = runs[mode, project, side][n]
                    lines.append("| {} | {} | {} | {} | {:.2f} | {:.2f} | {:.2f} | {} | {} |".format(
                        n + 1, mode, project, side, r["csc"], r["cpu"], r["server_cpu"], summarize.ms(r["ipsec"]), summarize.ms(r["ca"])))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--brief", help="one progress line for one build log")
    parser.add_argument("--out")
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--modes", default="cold server")
    parser.add_argument("--sides", default="with without")
    parser.add_argument("--analyzer", help="the analyzer assembly measured, for the record")
    args = parser.parse_args()
    if args.brief:
        print(brief(args.brief))
    else:
        print(report(args.out, args.rounds, args.modes.split(), args.sides.split(), args.analyzer), end="")


if __name__ == "__main__":
    main()
