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
WARNING = re.compile(r"(\S+\(\d+,\d+\)): warning ((?:IPSEC|CA)\d+):")
DESCRIPTIONS = {
    "V1": "with IpsecSdk: IPSEC analyzers + CA5350/CA5351",
    "V2": "without IpsecSdk, IPSEC analyzers loaded + CA5350/CA5351",
    "V0": "with IpsecSdk, no analyzers (plain compile)",
    "V3": "without IpsecSdk, IPSEC analyzers not loaded, CA5350/CA5351",
}


def seconds(text):
    """'<0.001' counts as 0.0005 s: below the report's resolution, not zero."""
    return 0.0005 if text.startswith("<") else float(text)


def parse(path):
    result = {"csc": None, "analyzers_total": None, "ipsec": 0.0, "ca": 0.0, "ipsec_by_type": {}, "wall": None,
              "warnings": {}}
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
            match = WARNING.search(line)
            if match and match.groups() not in seen:
                # The log repeats every warning in its final summary; count each distinct location and ID once.
                seen.add(match.groups())
                key = match.group(2)
                result["warnings"][key] = result["warnings"].get(key, 0) + 1
    if result["csc"] is None or result["analyzers_total"] is None:
        raise SystemExit("{}: no Csc time or no ReportAnalyzer output (did the compiler run?)".format(path))
    return result


def ms(value):
    return "<1" if value < 0.001 else "{:,.0f}".format(value * 1000)


def pct(value):
    return "{:.2f} %".format(value * 100)


def brief(path):
    r = parse(path)
    ipsec_warnings = sum(n for k, n in r["warnings"].items() if k.startswith("IPSEC"))
    ca_warnings = sum(n for k, n in r["warnings"].items() if k.startswith("CA"))
    return ("Csc {:.1f} s, wall {:.1f} s, IPSEC {} ms ({}), CA5350+5351 {} ms, warnings IPSEC {} CA {}".format(
        r["csc"], r["wall"] or 0, ms(r["ipsec"]), pct(r["ipsec"] / r["csc"]), ms(r["ca"]), ipsec_warnings, ca_warnings))


def report(logs, rounds, variants, files):
    runs = {v: [parse(os.path.join(logs, "r{}-{}.log".format(n, v))) for n in range(1, rounds + 1)] for v in variants}
    med = statistics.median
    lines = ["## Analyzer cost: {} files, {} rounds, variants {}".format(files, rounds, " ".join(variants)), ""]
    lines += ["| Variant | Csc (s) | Wall (s) | IPSEC analyzers (ms) | IPSEC share of Csc | CA5350+CA5351 (ms) | "
              "IPSEC / CA | IPSEC − CA (ms) | Warnings IPSEC / CA |",
              "|---|---|---|---|---|---|---|---|---|"]
    for v in variants:
        rs = runs[v]
        warnings = rs[0]["warnings"]
        lines.append("| {} {} | {:.1f} | {:.1f} | {} | {} | {} | {} | {} | {} / {} |".format(
            v, DESCRIPTIONS[v], med(r["csc"] for r in rs), med(r["wall"] or 0 for r in rs), ms(med(r["ipsec"] for r in rs)),
            pct(med(r["ipsec"] / r["csc"] for r in rs)), ms(med(r["ca"] for r in rs)),
            "{:.2f}".format(med(r["ipsec"] / r["ca"] for r in rs)) if all(r["ca"] for r in rs) else "–",
            ms(med(r["ipsec"] - r["ca"] for r in rs)) if med(r["ipsec"] - r["ca"] for r in rs) >= 0
            else "−" + ms(-med(r["ipsec"] - r["ca"] for r in rs)),
            sum(n for k, n in warnings.items() if k.startswith("IPSEC")),
            sum(n for k, n in warnings.items() if k.startswith("CA"))))
    lines += ["", "Medians over rounds; 'IPSEC / CA' and 'IPSEC − CA' are taken within each build (same compilation), "
              "then the median. Analyzer times are ReportAnalyzer's attributed times (summed over threads).", ""]

    lines += ["### Per round", "", "| Round | " + " | ".join("{0} Csc (s) | {0} IPSEC (ms) | {0} CA (ms)".format(v) for v in variants) + " |",
              "|---|" + "---|---|---|" * len(variants)]
    for n in range(rounds):
        lines.append("| {} | ".format(n + 1) + " | ".join("{:.1f} | {} | {}".format(
            runs[v][n]["csc"], ms(runs[v][n]["ipsec"]), ms(runs[v][n]["ca"])) for v in variants) + " |")
    if "V0" in variants and "V1" in variants:
        deltas = [runs["V1"][n]["csc"] - runs["V0"][n]["csc"] for n in range(rounds)]
        lines += ["", "Same-round Csc difference V1 − V0 (analyzers on vs. off, end to end): median {:.1f} s ({})".format(
            med(deltas), ", ".join("{:+.1f}".format(d) for d in deltas))]
    if "V2" in variants and "V3" in variants:
        deltas = [runs["V2"][n]["csc"] - runs["V3"][n]["csc"] for n in range(rounds)]
        lines += ["", "Same-round Csc difference V2 − V3 (IPSEC analyzer loaded vs. not, no IpsecSdk): median {:+.1f} s ({})".format(
            med(deltas), ", ".join("{:+.1f}".format(d) for d in deltas))]

    for v in variants:
        types = sorted({t for r in runs[v] for t in r["ipsec_by_type"]})
        if not types:
            continue
        lines += ["", "### IPSEC analyzers in {} (median ms per analyzer)".format(v), "", "| Analyzer | ms | share of Csc |", "|---|---|---|"]
        for t in sorted(types, key=lambda t: -med(r["ipsec_by_type"].get(t, 0) for r in runs[v])):
            value = med(r["ipsec_by_type"].get(t, 0) for r in runs[v])
            lines.append("| {} | {} | {} |".format(t, ms(value), pct(value / med(r["csc"] for r in runs[v]))))
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
