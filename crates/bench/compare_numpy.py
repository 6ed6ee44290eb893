"""The NumPy side of compare-numpy (run it through ./compare-numpy): checks
that every Rust form, a case of src/lib.rs served by src/bin/compare.rs,
gives the tutorial's NumPy answers, then times both sides on the same data,
taking turns on one core, as chapter 8 of the book explains, and beside the
forward pass the arithmetic it needs, alone, for an estimate of the
machine's limit (see LEGEND). --save writes the table to
results/compare-numpy.txt, and what was measured (per form, the fastest time
per call in seconds; the arithmetic's time per operation and each forward
target's limit) to results/compare-numpy.json, from which `cargo run -p
figures` draws the book's chart and summary. The exit status is 3 while a
headline speedup is below its minimum (GOALS: the speedups the fast code
is built to reach on a 2-core machine).
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

SEED = 2026
SIZES = {"1e3": 10**3, "1e6": 10**6, "1e7": 10**7}
BATCHES = {"1e3": 10**3, "1e6": 10**6}
# The least speedup each headline form must keep: below it the run exits with
# status 3, so a change that slows the Rust code down does not go unnoticed.
GOALS = {"step_1e7": 2, "sigmoid_1e7": 4, "relu_1e7": 2, "forward_one": 400, "forward_batch_1e6": 12}
SAMPLE_SECONDS = 0.01
# The forward pass's arithmetic timed alone (cases of src/lib.rs, kernels of
# crates/fast/src/arithmetic.rs): each call does COUNT of the operation,
# the number that ends the case's name, on numbers in the fastest cache.
ARITHMETIC = {"exp": "arithmetic/exp_512", "divide": "arithmetic/divide_512",
              "multiply_add": "arithmetic/multiply_add_8192"}
LEGEND = """\
vs tutorial: the NumPy tutorial code's time / this form's time. of memcpy: the time to copy as
  many bytes (Rust copy_from_slice) / this form's time; in place can pass 100% (a copy also
  reads its destination). of limit: the arithmetic limit / this form's time, where the limit
  estimates the forward pass's arithmetic alone, from the throughput measured in this run of
  each operation it needs (many at once, in cache): exponentials and multiplications or
  additions share the same units, so their times add; divisions have a unit of their own.
  step's fast_in_place writes 0.0 and 1.0 over x, the other forms give integers as the
  tutorial's (x > 0).astype(int) does. * the Rust form in the speedup lines below (speedup =
  NumPy (tutorial code) / Rust, same run)."""

def sigmoid(x):
    return 1/(1 + np.exp(-x))

def step_function(x):
    return (x > 0).astype(int)

def relu(x):
    return np.maximum(0, x)

def init_network():
    network = {}
    network['W1'] = np.array([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
    network['W2'] = np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])
    network['W3'] = np.array([[0.1, 0.2], [0.3, 0.4]])
    network['b1'] = np.array([0.1, 0.2, 0.3])
    network['b2'] = np.array([0.1, 0.2])
    network['b3'] = np.array([0.1, 0.2])
    return network

def forward(network, x):
    """The tutorial's forward(), without its prints."""
    W1, W2, W3 = network['W1'], network['W2'], network['W3']
    b1, b2, b3 = network['b1'], network['b2'], network['b3']
    u1 = np.dot(W1, x) + b1
    z1 = sigmoid(u1)
    u2 = np.dot(W2, z1) + b2
    z2 = sigmoid(u2)
    u3 = np.dot(W3, z2) + b3
    y = u3
    return y

def forward_batch(network, X):
    """The same network on one sample per row of X: X @ W.T + b per layer."""
    W1, W2, W3 = network['W1'], network['W2'], network['W3']
    b1, b2, b3 = network['b1'], network['b2'], network['b3']
    Z1 = sigmoid(X @ W1.T + b1)
    Z2 = sigmoid(Z1 @ W2.T + b2)
    return Z2 @ W3.T + b3

def sigmoid_out(x, out):
    """NumPy without temporaries, for comparison."""
    np.negative(x, out=out)
    np.exp(out, out=out)
    np.add(out, 1, out=out)
    np.divide(1, out, out=out)

def exact(want, got):
    return None if np.array_equal(want.view(np.int64), got.view(np.int64)) else "differs"

def close(rtol):
    def check(want, got):
        error = np.max(np.abs(got - want) / np.abs(want)) if want.size else 0.0
        return None if error <= rtol else f"relative error {error:.3g} > {rtol:g}"
    return check

def targets(data):
    """Per target: name, NumPy forms (the tutorial's answer is the one to give),
    Rust forms, headline, dtype, check, memcpy case, bytes copied."""
    network, listed = init_network(), []
    for size in SIZES:
        x, memcpy = data[f"x_{size}"], f"memcpy_{size}/copy"
        out, ints, in_place = np.empty_like(x), np.empty(x.shape, dtype=np.int64), "fast_in_place"
        floats = ["simple", "simple_in_place", "fast", in_place]
        listed += [
            (f"step_{size}", {"tutorial": lambda x=x: step_function(x),
                              "out=": lambda x=x, ints=ints: np.greater(x, 0, out=ints)},
             ["simple", "fast", "fast_into", "fast_reusing", in_place], "fast_reusing", np.int64, exact),
            (f"sigmoid_{size}", {"tutorial": lambda x=x: sigmoid(x),
                                 "out=": lambda x=x, out=out: sigmoid_out(x, out)},
             floats, in_place, np.float64, close(1e-14)),
            (f"relu_{size}", {"tutorial": lambda x=x: relu(x),
                              "out=": lambda x=x, out=out: np.maximum(0, x, out=out)},
             floats, in_place, np.float64, exact)]
        listed[-3:] = [target + (memcpy, 2 * x.nbytes) for target in listed[-3:]]
    x = np.array([1.0, 0.5])
    listed.append(("forward_one", {"tutorial": lambda: forward(network, x)}, ["dynamic", "static", "fast"],
                   "fast", np.float64, close(1e-14), None, 0))
    for size in BATCHES:
        X = data[f"batch_{size}"]
        listed.append((f"forward_batch_{size}", {"tutorial": lambda X=X: forward_batch(network, X)},
                       ["simple", "fast", "fast_into"], "fast_into", np.float64, close(1e-12),
                       f"memcpy_batch_{size}/copy", 2 * X.nbytes))
    return listed

def arithmetic_per_sample(network):
    """How many exponentials, divisions and multiplications or additions one sample needs:
    one exponential and one division per sigmoid unit, one multiplication and one addition
    per weight (the first product of a sum takes the bias's addition)."""
    sigmoids = len(network['b1']) + len(network['b2'])
    weights = sum(network[w].size for w in ('W1', 'W2', 'W3'))
    return {"exp": sigmoids, "divide": sigmoids, "multiply_add": 2 * weights}

def arithmetic_limit(per_operation, counts):
    """Seconds per sample for the arithmetic alone: see LEGEND."""
    shared = counts["exp"] * per_operation["exp"] + counts["multiply_add"] * per_operation["multiply_add"]
    return max(shared, counts["divide"] * per_operation["divide"])

def rust_side(binary, folder):
    """Starts the compare binary; returns it and a function that asks it a command."""
    process = subprocess.Popen([binary, folder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    def ask(command):
        process.stdin.write(command + "\n")
        process.stdin.flush()
        answer = process.stdout.readline().strip()
        if not answer or answer.startswith("error:"):
            sys.exit(f"compare-numpy: the Rust side answered {answer!r} to {command!r}")
        return answer
    return process, ask

def numpy_timer(function):
    def seconds_per_call(calls):
        start = time.perf_counter()
        for _ in range(calls):
            function()
        return (time.perf_counter() - start) / calls
    return seconds_per_call

def calls_for(seconds_per_call):
    """How many calls make one sample of about SAMPLE_SECONDS (a power of 2)."""
    return 2 ** round(math.log2(max(1.0, SAMPLE_SECONDS / seconds_per_call))) if seconds_per_call > 0 else 1

def measure(ask, folder, data, args):
    """Checks every Rust form against NumPy, then times all; returns what the JSON file holds."""
    chosen = [t for t in targets(data) if not args.only or args.only in t[0]]
    for name, numpy_forms, rust_forms, _, dtype, check, _, _ in chosen:
        want = numpy_forms["tutorial"]()
        for form in rust_forms:
            # In place, step can only write floats: 0.0 and 1.0.
            float_step = name.startswith("step") and form.endswith("in_place")
            expected = np.asarray(want, dtype=np.float64 if float_step else None).ravel()
            ask(f"write {name}/{form} {os.path.join(folder, 'result.bin')}")
            got = np.fromfile(os.path.join(folder, "result.bin"), np.float64 if float_step else dtype)
            problem = check(expected, got) if got.shape == expected.shape else f"shape {got.shape}"
            if problem:
                sys.exit(f"compare-numpy: Rust {name}/{form} does not match NumPy: {problem}")

    def rust_timer(case):
        return lambda calls: float(ask(f"time {case} {calls}"))
    timers = {}
    for name, numpy_forms, rust_forms, _, _, _, memcpy, _ in chosen:
        timers.update({("numpy", name, form): numpy_timer(f) for form, f in numpy_forms.items()})
        timers.update({("rust", name, form): rust_timer(f"{name}/{form}") for form in rust_forms})
        if memcpy:
            timers[("memcpy", name, "copy")] = rust_timer(memcpy)
    names = [target[0] for target in chosen]
    if any(name.startswith("forward") for name in names):
        timers.update({("arithmetic", "arithmetic", op): rust_timer(case) for op, case in ARITHMETIC.items()})
        names.append("arithmetic")
    calls = {}
    for key, timer in timers.items():
        timer(1)
        calls[key] = calls_for(timer(1))
    samples = {key: [] for key in timers}
    for round_number in range(args.rounds):
        for name in names:
            keys = [key for key in timers if key[1] == name]
            # Alternate the order, so that neither side always goes first.
            for key in keys if round_number % 2 == 0 else reversed(keys):
                samples[key].append(timers[key](calls[key]))
    best = {key: min(values) for key, values in samples.items()}
    results = {"numpy": np.__version__, "seed": SEED, "rounds": args.rounds,
               "cores": sorted(os.sched_getaffinity(0))}
    limit = None
    if "arithmetic" in names:
        per_operation = {op: best[("arithmetic", "arithmetic", op)] / int(case.rsplit("_", 1)[1])
                         for op, case in ARITHMETIC.items()}
        counts = arithmetic_per_sample(init_network())
        limit = arithmetic_limit(per_operation, counts)
        results["arithmetic"] = {"seconds_per_operation": per_operation, "per_sample": counts,
                                 "limit_seconds_per_sample": limit}
    results["targets"] = [{
        "name": name, "goal": GOALS.get(name), "headline": headline,
        "memcpy_seconds": best.get(("memcpy", name, "copy")), "bytes_copied": copied,
        "limit_seconds": limit * (1 if name == "forward_one" else BATCHES[name.rsplit("_", 1)[1]])
                         if limit is not None and name.startswith("forward") else None,
        "forms": [{"side": side, "form": form, "seconds": seconds}
                  for (side, target, form), seconds in best.items()
                  if target == name and side not in ("memcpy", "arithmetic")],
    } for name, _, _, headline, _, _, _, copied in chosen]
    return results

def format_seconds(seconds):
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)):
        if seconds >= scale:
            return f"{seconds / scale:7.2f} {unit}"
    return f"{seconds / 1e-9:7.2f} ns"

def report(results, line):
    """Prints the table of `results` with `line`; returns 3 if a speedup is below its minimum, else 0."""
    cores = ", ".join(map(str, results["cores"]))
    line(f"NumPy {results['numpy']}, seed {results['seed']}, {results['rounds']} rounds, "
         f"fastest shown; core {{{cores}}}")
    line("checked: every Rust form gives NumPy's answers (step, ReLU exactly; sigmoid within 1e-14, "
         "network within 1e-12 relative)")
    line()
    line(f"{'measurement':<20} {'form':<24} {'time per call':>14} {'vs tutorial':>12} {'of memcpy':>10} "
         f"{'of limit':>9}")
    missed, speedups = [], []
    for target in results["targets"]:
        seconds = {(f["side"], f["form"]): f["seconds"] for f in target["forms"]}
        tutorial, memcpy = seconds[("numpy", "tutorial")], target["memcpy_seconds"]
        limit = target.get("limit_seconds")
        for i, ((side, form), time_) in enumerate(seconds.items()):
            star = " *" if (side, form) == ("rust", target["headline"]) else ""
            fraction = f"{memcpy / time_:9.0%}" if memcpy else "        -"
            of_limit = f"{limit / time_:8.0%}" if limit else "       -"
            line(f"{target['name'] if i == 0 else '':<20} {f'{side} {form}{star}':<24} "
                 f"{format_seconds(time_):>14} {tutorial / time_:11.2f}x {fraction:>10} {of_limit:>9}")
        if memcpy:
            line(f"{'':<20} {'(rust memcpy, same bytes)':<24} {format_seconds(memcpy):>14} "
                 f"{target['bytes_copied'] / memcpy / 1e9:8.1f} GB/s read + written")
        if limit:
            counts = results["arithmetic"]["per_sample"]
            line(f"{'':<20} {'(arithmetic limit)':<24} {format_seconds(limit):>14} "
                 f"   {counts['exp']} exp, {counts['divide']} div, {counts['multiply_add']} mul/add per sample")
        if target["goal"] is not None:
            speedup = tutorial / seconds[("rust", target["headline"])]
            speedups.append(f"{target['name']}: {speedup:.2f}x")
            if speedup < target["goal"]:
                missed.append(f"{target['name']} ({speedup:.2f}x < {target['goal']}x)")
    if "arithmetic" in results:
        per_operation = results["arithmetic"]["seconds_per_operation"]
        speeds = ", ".join(f"{op.replace('_', '-')} {format_seconds(t).strip()}" for op, t in per_operation.items())
        line()
        line(f"arithmetic, per operation in cache: {speeds}")
    for text in ["", *LEGEND.splitlines(), *speedups, "", "below the minimum speedup: " + ", ".join(missed)
                 if missed else "every speedup at least its minimum" if speedups else "no minimum in this selection"]:
        line(text)
    return 3 if missed else 0

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", help="the Rust side: target/release/compare")
    parser.add_argument("--rounds", type=int, default=9, help="samples per form (the fastest is shown)")
    parser.add_argument("--only", help="measure only targets whose name contains this")
    parser.add_argument("--save", action="store_true", help="write the results into results/")
    args = parser.parse_args()
    if args.save and args.only:
        parser.error("--save is for a whole run")
    rng = np.random.default_rng(SEED)
    data = {f"x_{size}": rng.uniform(-10, 10, n) for size, n in SIZES.items()}
    data.update({f"batch_{size}": rng.uniform(-10, 10, (n, 2)) for size, n in BATCHES.items()})
    with tempfile.TemporaryDirectory(prefix="compare-numpy-") as folder:
        for name, array in data.items():
            array.tofile(os.path.join(folder, f"{name}.f64"))
        process, ask = rust_side(args.binary, folder)
        try:
            results = measure(ask, folder, data, args)
        finally:
            process.stdin.close()
            process.wait()
    if not args.save:
        return report(results, print)
    saved = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results", "compare-numpy")
    with open(saved + ".json", "w", encoding="utf-8") as file:
        file.write(json.dumps(results, indent=1) + "\n")
    with open(saved + ".txt", "w", encoding="utf-8") as file:
        return report(results, lambda text="": print(text) or file.write(text + "\n"))


if __name__ == "__main__":
    sys.exit(main())
