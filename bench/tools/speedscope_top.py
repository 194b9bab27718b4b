#!/usr/bin/env python3
"""Aggregates a speedscope file written by dotnet-trace (evented profiles, one per thread) into inclusive and
exclusive time per method, and prints the top N of each.

dotnet-trace's thread-time sampling marks each sample's leaf with a pseudo-frame: CPU_TIME (the thread was running
managed code) or UNMANAGED_CODE_TIME (native code: the GC, the JIT, or a thread blocked in a wait). By default only
running time is counted: CPU_TIME, and UNMANAGED_CODE_TIME on a stack with no wait or sleep frame in it (so GC work
on an allocating thread counts, a blocked thread pool thread does not).

Usage:
  python3 bench/tools/speedscope_top.py trace.speedscope.json [--top 40] [--match Microsoft.CodeAnalysis]
      [--under REGEX] [--exclude REGEX] [--from MS] [--to MS] [--all-time] [--callees REGEX]

  --match   only methods whose name contains this text are listed (all are counted)
  --under   count only samples whose stack has a frame matching REGEX (e.g. 'MethodCompiler.CompileMethod\\(')
  --exclude drop samples whose stack has a frame matching REGEX (e.g. 'GC.RunFinalizers', the finalizer thread)
  --from/--to   count only the window [from, to) in milliseconds since the trace started
  --all-time    count blocked and waiting time too (wall-clock time of every thread)
  --callees     also print, for the first frame matching REGEX on each stack, its direct callees by inclusive time
"""
import argparse
import json
import re
import signal
from collections import defaultdict

WAIT = re.compile(r"Wait|Sleep|SpinOnce|LowLevelLifoSemaphore|Monitor\.Enter|Thread\.Join|Interop\+Sys\.Poll|epoll")


def short(name):
    """'Module!Namespace.Type.Method(args)' -> 'Module!Type.Method'."""
    module, _, rest = name.partition("!")
    if not rest:
        return name
    method = rest.split("(", 1)[0]
    parts = method.split(".")
    # Keep the type and method (and the nested type, if any), drop the namespace.
    tail = ".".join(parts[-2:]) if len(parts) >= 2 else method
    return module.replace("Microsoft.CodeAnalysis", "MCA") + "!" + tail


def main():
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # piped into head: stop quietly
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--match", default="")
    ap.add_argument("--under", default=None)
    ap.add_argument("--exclude", default=None)
    ap.add_argument("--from", dest="start", type=float, default=None)
    ap.add_argument("--to", dest="end", type=float, default=None)
    ap.add_argument("--all-time", action="store_true")
    ap.add_argument("--callees", default=None)
    ap.add_argument("--full-names", action="store_true")
    args = ap.parse_args()

    data = json.load(open(args.file, encoding="utf-8"))
    frames = [f["name"] for f in data["shared"]["frames"]]
    names = frames if args.full_names else [short(n) for n in frames]
    waiting = [bool(WAIT.search(n)) for n in frames]
    under = re.compile(args.under) if args.under else None
    under_hit = [bool(under.search(n)) for n in frames] if under else None
    exclude = re.compile(args.exclude) if args.exclude else None
    exclude_hit = [bool(exclude.search(n)) for n in frames] if exclude else None
    callees_re = re.compile(args.callees) if args.callees else None
    callee_hit = [bool(callees_re.search(n)) for n in frames] if callees_re else None

    inclusive = defaultdict(float)
    exclusive = defaultdict(float)
    callees = defaultdict(float)
    total = 0.0

    def account(stack, dt):
        nonlocal total
        if not stack or dt <= 0:
            return
        leaf = frames[stack[-1]]
        if not args.all_time:
            if leaf == "UNMANAGED_CODE_TIME":
                if any(waiting[f] for f in stack):
                    return
            elif leaf != "CPU_TIME":
                return
        if under_hit is not None and not any(under_hit[f] for f in stack):
            return
        if exclude_hit is not None and any(exclude_hit[f] for f in stack):
            return
        total += dt
        real = [f for f in stack if frames[f] not in ("CPU_TIME", "UNMANAGED_CODE_TIME")]
        if real:
            exclusive[names[real[-1]]] += dt
        for n in {names[f] for f in real}:
            inclusive[n] += dt
        if callee_hit is not None:
            for i, f in enumerate(real):
                if callee_hit[f]:
                    callees[names[real[i + 1]] if i + 1 < len(real) else "(self)"] += dt
                    break

    for profile in data["profiles"]:
        if profile.get("type") != "evented":
            continue
        stack = []
        last = None
        for ev in profile["events"]:
            at = ev["at"]
            if last is not None:
                lo = last if args.start is None else max(last, args.start)
                hi = at if args.end is None else min(at, args.end)
                account(stack, hi - lo)
            last = at
            if ev["type"] == "O":
                stack.append(ev["frame"])
            else:
                # Close events come innermost first; pop down to the closed frame.
                while stack:
                    if stack.pop() == ev["frame"]:
                        break

    print(f"counted: {total / 1000:.2f} s of {'thread' if args.all_time else 'running'} time"
          + (f" under /{args.under}/" if args.under else ""))
    for title, table in (("inclusive", inclusive), ("exclusive", exclusive)):
        print(f"\ntop {args.top} by {title} time:")
        rows = sorted(((v, k) for k, v in table.items() if args.match in k), reverse=True)[: args.top]
        for v, k in rows:
            print(f"  {v / 1000:8.2f} s {100 * v / total:5.1f} %  {k}")
    if callee_hit is not None:
        print(f"\ncallees of /{args.callees}/:")
        for v, k in sorted(((v, k) for k, v in callees.items()), reverse=True)[: args.top]:
            print(f"  {v / 1000:8.2f} s {100 * v / total:5.1f} %  {k}")


if __name__ == "__main__":
    main()
