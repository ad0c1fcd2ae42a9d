#!/usr/bin/env python3
"""Splits the time analyzer callbacks spend on the stack (a dotnet-trace thread-time trace in speedscope format) into
what the analyzer itself computes and what merely happens while its callback runs.

Buckets per analyzer package (IPSEC = IpsecSdk.Analyzers, CA = NetAnalyzers), from the innermost frames of each sample
inside AnalyzerExecutor.ExecuteAndCatchIfThrows_NoLock:
  GC suspension          the thread waits for a garbage collection (anyone's allocations)
  lock wait              Monitor.Enter slow path (in practice: Roslyn's generated-code map, see below)
  generated-code check   Roslyn's per-tree [GeneratedCode] scan, run for the first diagnostic reported in a tree by an
                         analyzer configured with GeneratedCodeAnalysisFlags.None (whoever reports first pays)
  compilation start      compilation-start actions (symbol lookups; the first one also binds the references)
  report: other          the rest of ReportDiagnostic (severity filtering, queueing)
  own work               everything else: the analyzer's own code and what it calls
Usage: attribute.py trace.speedscope.json [top-N inclusive IPSEC frames]
"""
import collections
import json
import sys

PSEUDO = ("CPU_TIME", "UNMANAGED_CODE_TIME")


def owner_of(inner):
    if any("IpsecSdk.Analyzers!" in n for n in inner):
        return "IPSEC"
    if any("NetAnalyzers!" in n for n in inner):
        return "CA"
    return None


def bucket_of(inner):
    real = [n for n in inner if n not in PSEUDO]
    if any("PollGC" in n or "WaitForGC" in n for n in real):
        return "GC suspension"
    if any("Monitor.Enter" in n for n in real):
        return "lock wait"
    if any("IsInGeneratedCode" in n for n in real):
        return "generated-code check (Roslyn)"
    if any("ExecuteCompilationStartActions" in n for n in real) or any("CompilationStart" in n for n in inner[:3]):
        return "compilation start"
    if any("ReportDiagnostic" in n for n in real):
        return "report: other"
    return "own work"


def main():
    data = json.load(open(sys.argv[1]))
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    frames = [f["name"] for f in data["shared"]["frames"]]
    buckets = collections.Counter()
    totals = collections.Counter()
    inclusive = collections.Counter()
    for profile in data["profiles"]:
        stack, last = [], None
        for event in profile["events"]:
            if last is not None and stack:
                names = [frames[f] for f in stack]
                start = next((i for i, n in enumerate(names) if "ExecuteAndCatchIfThrows_NoLock" in n), None)
                if start is not None:
                    inner = names[start + 1:]
                    owner = owner_of(inner)
                    if owner:
                        dt = event["at"] - last
                        totals[owner] += dt
                        buckets[(owner, bucket_of(inner))] += dt
                        if owner == "IPSEC":
                            for name in {n.split("(")[0].split("!")[-1] for n in inner if n not in PSEUDO}:
                                inclusive[name] += dt
            last = event["at"]
            if event["type"] == "O":
                stack.append(event["frame"])
            else:
                while stack and stack.pop() != event["frame"]:
                    pass
    for owner in sorted(totals):
        print("== {}: {:.0f} ms on the stack in analyzer callbacks".format(owner, totals[owner]))
        for (o, name), value in sorted(buckets.items(), key=lambda kv: -kv[1]):
            if o == owner:
                print("  {:8.0f} ms {:5.1f} %  {}".format(value, 100 * value / totals[owner], name))
    print("\n== IPSEC: top {} frames by inclusive time".format(top))
    for name, value in inclusive.most_common(top):
        print("  {:8.0f} ms  {}".format(value, name[-150:]))


if __name__ == "__main__":
    main()
