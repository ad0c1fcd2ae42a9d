#!/usr/bin/env python3
"""Reads the detailed build logs of run.sh (-p:ReportAnalyzer=true, PerformanceSummary) and prints the results.

Per build: Csc task time (Task Performance Summary), total analyzer execution time, the time attributed to the
IpsecSdk.Analyzers assembly and to each of its analyzers, the time of the NetAnalyzers type that reports
CA5350/CA5351 (DoNotUseInsecureCryptographicAlgorithmsAnalyzer), wall time, and the distinct warnings reported.
Attributed analyzer times are summed over threads (analyzers run concurrently), so they are CPU-ish seconds.
"""
import argparse
import os
import re
import statistics

IPSEC_ASSEMBLY = "IpsecSdk.Analyzers"
CA_ANALYZER = "Microsoft.NetCore.Analyzers.Security.DoNotUseInsecureCryptographicAlgorithmsAnalyzer"
ROW = re.compile(r"^\s+(<?\d+\.\d+)\s+(<?\d+)\s+(\S.*?)\s*$")
CSC = re.compile(r"^\s+(\d+) ms\s+Csc\s+\d+ calls")
# IPSEC and CA warnings are what the variants measure; compiler (CS) warnings are counted to check the generated code.
WARNING = re.compile(r"([^\s>]+\(\d+,\d+\)): warning ((?:IPSEC|CA|CS)\d+):")
# The Csc task says where the compile ran: in a compiler server, or in csc started as a tool (a child process).
COMPILER = re.compile(r"CompilerServer: (server|tool) - ")
DESCRIPTIONS = {
    "V1": "IpsecSdk consumer: IPSEC + CA5350/5351",
    "V4": "IpsecSdk consumer: CA5350/5351 only",
    "V5": "IpsecSdk consumer: IPSEC only",
    "V0": "IpsecSdk consumer: no analyzers",
    "V6": "all-strong IpsecSdk consumer: IPSEC only",
    "V7": "all-strong IpsecSdk consumer: no analyzers",
    "V2": "consumer without IpsecSdk: IPSEC loaded + CA5350/5351",
    "V3": "consumer without IpsecSdk: CA5350/5351 only",
}


def describe(variant):
    """Variants suffixed 'b' are the same build with the alternative analyzer assembly (ANALYZER_DLL_B)."""
    return DESCRIPTIONS[variant[:-1]] + " (analyzer B)" if variant.endswith("b") else DESCRIPTIONS[variant]


def seconds(text):
    """'<0.001' counts as 0.0005 s: below the report's resolution, not zero."""
    return 0.0005 if text.startswith("<") else float(text)


def parse(path):
    result = {"csc": None, "analyzers_total": None, "ipsec": 0.0, "ca": 0.0, "ipsec_by_type": {}, "wall": None, "cpu": None,
              "server_cpu": 0.0, "server_exited": False, "compiler": None, "warnings": {}}
    in_block = False
    seen = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if "Total analyzer execution time:" in line:
                result["analyzers_total"] = float(re.search(r"time: ([\d.]+)", line).group(1))
                in_block = True
                continue
            if in_block:
                if "NOTE:" in line or "Total generator execution time" in line or "Done executing task" in line:
                    in_block = False
                    continue
                row = ROW.match(line)
                if row:
                    name = row.group(3)
                    if name.startswith(IPSEC_ASSEMBLY + ", Version="):
                        result["ipsec"] = seconds(row.group(1))
                    elif name.startswith("IpsecSdk.Analyzers."):
                        result["ipsec_by_type"][name.split(" (")[0].rsplit(".", 1)[-1]] = seconds(row.group(1))
                    elif name.startswith(CA_ANALYZER + " "):
                        result["ca"] = seconds(row.group(1))
                continue
            match = CSC.match(line)
            if match:
                result["csc"] = int(match.group(1)) / 1000.0
            if line.startswith("wall_seconds="):
                result["wall"] = float(line.split("=", 1)[1])
            if line.startswith("cpu_seconds="):
                result["cpu"] = float(line.split("=", 1)[1])
            if line.startswith("server_cpu_seconds="):
                result["server_cpu"] = float(line.split("=", 1)[1])
            if line.startswith("server_exited="):
                result["server_exited"] = line.strip().endswith("=1")
            match = COMPILER.search(line)
            if match:
                result["compiler"] = match.group(1)
            match = WARNING.search(line)
            if match and match.groups() not in seen:
                # The log repeats every warning in its final summary; count each distinct location and ID once.
                seen.add(match.groups())
                key = match.group(2)
                result["warnings"][key] = result["warnings"].get(key, 0) + 1
    if result["csc"] is None or result["analyzers_total"] is None:
        raise SystemExit("{}: no Csc time or no ReportAnalyzer output (did the compiler run?)".format(path))
    if result["cpu"] is not None:
        # Build CPU: the build's own processes plus the compiler server's CPU during the build (timed.py); the latter
        # is 0 when csc runs as a child process (UseSharedCompilation=false), which getrusage already counts.
        result["cpu"] += result["server_cpu"]
    return result


def ms(value):
    return "<1" if value < 0.001 else "{:,.0f}".format(value * 1000)


def pct(value):
    return "{:.2f} %".format(value * 100)


def brief(path):
    r = parse(path)
    ipsec_warnings = sum(n for k, n in r["warnings"].items() if k.startswith("IPSEC"))
    ca_warnings = sum(n for k, n in r["warnings"].items() if k.startswith("CA"))
    return ("Csc {:.1f} s, wall {:.1f} s, CPU {:.1f} s, all analyzers {} ms, IPSEC {} ms ({}), CA5350+5351 {} ms, warnings IPSEC {} CA {}".format(
        r["csc"], r["wall"] or 0, r["cpu"] or 0, ms(r["analyzers_total"]), ms(r["ipsec"]), pct(r["ipsec"] / r["csc"]), ms(r["ca"]), ipsec_warnings, ca_warnings))


def signed_ms(value):
    return ("+" if value >= 0 else "−") + ms(abs(value))


def goals(runs, variants, rounds):
    """The issue's three goals, each from ReportAnalyzer's attribution and from same-round end-to-end differences."""
    med = statistics.median
    out = ["", "### Goals", ""]
    if "V1" in variants:
        share = med(r["ipsec"] / r["csc"] for r in runs["V1"])
        ratio = med(r["ipsec"] / r["ca"] for r in runs["V1"] if r["ca"] > 0.001)
        out.append("- G1 IPSEC ≤ 1 % of compile time (V1, attributed / Csc): {} → {}.".format(pct(share), "met" if share <= 0.01 else "NOT met"))
        out.append("- G2 IPSEC no slower than CA5350+CA5351 (V1, same build, attributed): ratio {:.2f} → {}.".format(ratio, "met" if ratio <= 1 else "NOT met"))
    if "V1" in variants and "V4" in variants:
        ipsec_cpu = med((runs["V1"][n]["cpu"] or 0) - (runs["V4"][n]["cpu"] or 0) for n in range(rounds))
        base_cpu = med(r["cpu"] or 0 for r in runs["V4"])
        out.append("- G1 end to end: build CPU V1 − V4 = {:+.2f} s on {:.1f} s ({}).".format(ipsec_cpu, base_cpu, pct(ipsec_cpu / base_cpu)))
        if "V0" in variants:
            ca_cpu = med((runs["V4"][n]["cpu"] or 0) - (runs["V0"][n]["cpu"] or 0) for n in range(rounds))
            out.append("- G2 end to end: IPSEC's marginal build CPU {:+.2f} s (V1 − V4) vs. CA5350+CA5351's {:+.2f} s (V4 − V0).".format(ipsec_cpu, ca_cpu))
    if "V2" in variants:
        attributed = med(r["ipsec"] for r in runs["V2"])
        out.append("- G3 ~0 without IpsecSdk (V2, attributed): {} ms ({} of Csc).".format(ms(attributed), pct(med(r["ipsec"] / r["csc"] for r in runs["V2"]))))
        if "V3" in variants:
            d_cpu = [(runs["V2"][n]["cpu"] or 0) - (runs["V3"][n]["cpu"] or 0) for n in range(rounds)]
            d_all = [runs["V2"][n]["analyzers_total"] - runs["V3"][n]["analyzers_total"] for n in range(rounds)]
            out.append("- G3 end to end: V2 − V3 build CPU {:+.2f} s (rounds {}), all-analyzer time {} ms (rounds {}).".format(
                med(d_cpu), ", ".join("{:+.2f}".format(d) for d in d_cpu), signed_ms(med(d_all)), ", ".join(signed_ms(d) for d in d_all)))
    return out


def report(logs, rounds, variants, files):
    runs = {v: [parse(os.path.join(logs, "r{}-{}.log".format(n, v))) for n in range(1, rounds + 1)] for v in variants}
    med = statistics.median

    def warnings(v, prefix):
        return sum(n for k, n in runs[v][0]["warnings"].items() if k.startswith(prefix))

    lines = ["## Analyzer cost: {} files, {} rounds, variants {}".format(files, rounds, " ".join(variants)), ""]
    lines += ["| Variant | Csc (s) | Build wall (s) | Build CPU (s) | All analyzers (ms) | IPSEC analyzers (ms) | IPSEC share of Csc | "
              "CA5350+CA5351 (ms) | IPSEC / CA (same build) | Warnings IPSEC / CA |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    for v in variants:
        rs = runs[v]
        both = all(r["ca"] > 0.001 and r["ipsec"] > 0.001 for r in rs)
        lines.append("| {} {} | {:.1f} | {:.1f} | {:.1f} | {} | {} | {} | {} | {} | {} / {} |".format(
            v, describe(v), med(r["csc"] for r in rs), med(r["wall"] or 0 for r in rs), med(r["cpu"] or 0 for r in rs),
            ms(med(r["analyzers_total"] for r in rs)), ms(med(r["ipsec"] for r in rs)),
            pct(med(r["ipsec"] / r["csc"] for r in rs)), ms(med(r["ca"] for r in rs)),
            "{:.2f}".format(med(r["ipsec"] / r["ca"] for r in rs)) if both else "–",
            warnings(v, "IPSEC"), warnings(v, "CA")))
    lines += ["", "Medians over rounds; ratios are taken within each build, then the median. Analyzer times are "
              "ReportAnalyzer's attributed times (wall-clock per callback, summed over threads).", ""]

    pairs = [("V1", "V4", "IPSEC analyzers' marginal cost on the IpsecSdk consumer (V1 − V4)"),
             ("V4", "V0", "CA5350+CA5351's marginal cost on the IpsecSdk consumer (V4 − V0)"),
             ("V5", "V0", "IPSEC analyzers alone vs. none (V5 − V0)"),
             ("V6", "V7", "IPSEC analysis without any warning to report (all-strong consumer, V6 − V7)"),
             ("V2", "V3", "IPSEC analyzers' marginal cost on the consumer without IpsecSdk (V2 − V3)"),
             ("V1", "V0", "all measured analyzers on vs. none (V1 − V0)")]
    for a, b, title in pairs:
        if a in variants and b in variants:
            d_total = [runs[a][n]["analyzers_total"] - runs[b][n]["analyzers_total"] for n in range(rounds)]
            d_csc = [runs[a][n]["csc"] - runs[b][n]["csc"] for n in range(rounds)]
            d_cpu = [(runs[a][n]["cpu"] or 0) - (runs[b][n]["cpu"] or 0) for n in range(rounds)]
            lines += ["- {}: build CPU {:+.2f} s median (rounds: {}); all-analyzer time {} ms median (rounds: {}); "
                      "Csc {:+.1f} s median (rounds: {}).".format(
                          title, med(d_cpu), ", ".join("{:+.2f}".format(d) for d in d_cpu),
                          signed_ms(med(d_total)), ", ".join(signed_ms(d) for d in d_total),
                          med(d_csc), ", ".join("{:+.1f}".format(d) for d in d_csc))]
    for b in [v for v in variants if v.endswith("b") and v[:-1] in variants]:
        a = b[:-1]
        ratio = [runs[b][n]["ipsec"] / runs[a][n]["ipsec"] for n in range(rounds) if runs[a][n]["ipsec"] > 0.001]
        d_total = [runs[b][n]["analyzers_total"] - runs[a][n]["analyzers_total"] for n in range(rounds)]
        d_cpu = [(runs[b][n]["cpu"] or 0) - (runs[a][n]["cpu"] or 0) for n in range(rounds)]
        if ratio:
            lines += ["- Analyzer B vs. A in {}: IPSEC attributed {} vs. {} ms, same-round ratio B/A median {:.2f}; all-analyzer "
                      "time B − A {} ms median; build CPU B − A {:+.2f} s median (rounds: {}).".format(
                          a, ms(med(r["ipsec"] for r in runs[b])), ms(med(r["ipsec"] for r in runs[a])), med(ratio),
                          signed_ms(med(d_total)), med(d_cpu), ", ".join("{:+.2f}".format(d) for d in d_cpu))]
    if "V5" in variants and "V4" in variants:
        ratio = [runs["V5"][n]["ipsec"] / runs["V4"][n]["ca"] for n in range(rounds)]
        lines += ["- Each alone on the IpsecSdk consumer: IPSEC (V5) {} ms vs. CA5350+CA5351 (V4) {} ms; same-round ratio "
                  "median {:.2f}.".format(ms(med(r["ipsec"] for r in runs["V5"])), ms(med(r["ca"] for r in runs["V4"])), med(ratio))]

    lines += goals(runs, variants, rounds)
    lines += ["", "### Per round", "",
              "| Round | " + " | ".join("{0} Csc (s) | {0} all (ms) | {0} IPSEC (ms) | {0} CA (ms)".format(v) for v in variants) + " |",
              "|---|" + "---|---|---|---|" * len(variants)]
    for n in range(rounds):
        lines.append("| {} | ".format(n + 1) + " | ".join("{:.1f} | {} | {} | {}".format(
            runs[v][n]["csc"], ms(runs[v][n]["analyzers_total"]), ms(runs[v][n]["ipsec"]), ms(runs[v][n]["ca"]))
            for v in variants) + " |")

    for v in variants:
        types = sorted({t for r in runs[v] for t in r["ipsec_by_type"]})
        if not types or med(r["ipsec"] for r in runs[v]) < 0.001:
            continue
        lines += ["", "### IPSEC analyzers in {} (median per analyzer)".format(v), "", "| Analyzer | ms | share of Csc |", "|---|---|---|"]
        csc = med(r["csc"] for r in runs[v])
        for t in sorted(types, key=lambda t: -med(r["ipsec_by_type"].get(t, 0) for r in runs[v])):
            value = med(r["ipsec_by_type"].get(t, 0) for r in runs[v])
            lines.append("| {} | {} | {} |".format(t, ms(value), pct(value / csc)))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--brief", help="one line for one build log")
    parser.add_argument("--logs")
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--variants")
    parser.add_argument("--files", type=int)
    args = parser.parse_args()
    if args.brief:
        print(brief(args.brief))
    else:
        print(report(args.logs, args.rounds, args.variants.split(), args.files))


if __name__ == "__main__":
    main()
