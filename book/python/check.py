"""Checks the book's Python listings against the book, with pinned NumPy.

Run from anywhere (.ci/run does, in target/python-venv with requirements.txt):

    python book/python/check.py

The pages show the tutorial's Python (and a NumPy twin of some example
programs) from the files in this directory. Two kinds of check:

- Printed output. A comment `<!-- python: ../python/forward.py prints the same -->`
  above a ```text block of a page says that the file, run with this Python,
  prints that block byte for byte (with nothing on stderr). `cargo test`
  already checks the same block against the Rust program, so both sides print
  the same text.
- Plots. The tutorial's plotting listings print nothing; PLOTS below names
  them. Each is run with matplotlib's Agg backend (no window), and the line
  it drew is compared with what it must be: x is NumPy's grid as recorded in
  tests/data/activations-f64.tsv (the grid the Rust `arange` reproduces), y is
  the function on that grid, and the y limits are the tutorial's.
- Assertions. The NumPy snippets of the Rust primer (SELF_CHECKING below)
  assert what the page says about them; the file must run without an error.

Every listing here must be shown by a page (a ```python block that includes
it) and checked one of these ways. Exits with status 1 on any problem.
"""

import json
import math
import os
import re
import struct
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PAGES = ROOT / "book" / "src"
REFERENCE = ROOT / "tests" / "data" / "activations-f64.tsv"

# The plotting listings, and the function each one must draw on the grid.
PLOTS = {
    "step_function.py": ("step", lambda x, s: 1.0 if x > 0 else 0.0),
    "sigmoid.py": ("sigmoid", lambda x, s: s),
    "relu.py": ("relu", lambda x, s: max(0.0, x)),
}
# Listings that check themselves with `assert`: each must run cleanly.
SELF_CHECKING = ["primer.py"]
# Largest distance, in ulps, between a plotted y and the value it must be:
# NumPy's exp is not correctly rounded, so the sigmoid may be off by one.
PLOT_ULPS = 2

PAIRING = re.compile(r"^\s*<!--\s*python:\s*(\S+\.py)\s+prints the same\s*-->\s*$")
INCLUDE = re.compile(r"\{\{#include\s+([^}:\s]+\.py)(?::[^}]*)?\}\}")
FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")

# Plots are read back by this driver: run the listing, print the line drawn.
DRIVER = """
import json, runpy, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
runpy.run_path(sys.argv[1], run_name="__main__")
axes = plt.gca()
lines = [[list(map(float, line.get_xdata())), list(map(float, line.get_ydata()))]
         for line in axes.get_lines()]
print(json.dumps({"lines": lines, "ylim": list(map(float, axes.get_ylim()))}))
"""


def run(args):
    env = dict(os.environ, PYTHONIOENCODING="utf-8", MPLBACKEND="Agg")
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True)


def pages():
    """(page path, [(line number, python file, expected text)], {included files})."""
    for page in sorted(PAGES.rglob("*.md")):
        lines = page.read_text(encoding="utf-8").split("\n")
        pairings, pending, included = [], [], set()
        i = 0
        while i < len(lines):
            line = lines[i]
            for match in INCLUDE.finditer(line):
                included.add((page.parent / match.group(1)).resolve())
            fence = FENCE.match(line)
            if fence:
                indent, marks, info = fence.groups()
                body, i = [], i + 1
                while i < len(lines) and not lines[i].strip().startswith(marks):
                    body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i])
                    for match in INCLUDE.finditer(lines[i]):
                        included.add((page.parent / match.group(1)).resolve())
                    i += 1
                for number, path in pending:
                    if info.strip() != "text":
                        problem = f"{page}:{number}: `python:` belongs above a ```text block"
                        pairings.append((number, None, problem))
                    else:
                        text = "".join(b + "\n" for b in body)
                        pairings.append((number, (page.parent / path).resolve(), text))
                pending = []
            elif PAIRING.match(line):
                pending.append((i + 1, PAIRING.match(line).group(1)))
            elif line.strip() and not line.strip().startswith("<!--"):
                for number, _ in pending:
                    pairings.append((number, None, f"{page}:{number}: no ```text block follows"))
                pending = []
            i += 1
        yield page, pairings, included


def first_difference(expected, printed):
    a, b = expected.split("\n"), printed.split("\n")
    for n, (x, y) in enumerate(zip(a, b), 1):
        if x != y:
            return f"line {n}:\n      book:    {x!r}\n      printed: {y!r}"
    return f"line {min(len(a), len(b))}: one text is longer ({len(a)} vs {len(b)} lines)"


def bits(x):
    """An order-preserving integer for each float, to count ulps."""
    (n,) = struct.unpack("<q", struct.pack("<d", x))
    return n if n >= 0 else -(n & 0x7FFFFFFFFFFFFFFF)


def reference_grid():
    rows = REFERENCE.read_text().splitlines()[1:101]
    return [tuple(float(v) for v in row.split("\t")[:2]) for row in rows]


def check_plot(path, name, expected):
    result = run([sys.executable, "-c", DRIVER, str(path)])
    if result.returncode != 0 or result.stderr:
        return f"exit status {result.returncode}; stderr:\n{result.stderr.decode()}"
    drawn = json.loads(result.stdout)
    if len(drawn["lines"]) != 1:
        return f"drew {len(drawn['lines'])} lines, not 1"
    if drawn["ylim"] != [-0.1, 1.1]:
        return f"y limits {drawn['ylim']}, not the tutorial's [-0.1, 1.1]"
    xs, ys = drawn["lines"][0]
    grid = reference_grid()
    if len(xs) != len(grid):
        return f"{len(xs)} points, not {len(grid)}"
    for (x, s), px, py in zip(grid, xs, ys):
        if px != x:
            return f"x = {px!r} where NumPy's grid has {x!r}"
        want = expected(x, s)
        if math.isnan(py) or abs(bits(py) - bits(want)) > PLOT_ULPS:
            return f"{name}({x!r}) drawn as {py!r}, expected {want!r}"
    return None


def main():
    passed, problems = 0, []
    checked, shown = set(), set()
    for page, pairings, included in pages():
        shown |= included
        for number, path, text in pairings:
            at = f"{page.relative_to(ROOT)}:{number}"
            if path is None:
                problems.append(text)
                continue
            checked.add(path)
            if not path.is_file():
                problems.append(f"{at}: no such file {path}")
                continue
            result = run([sys.executable, str(path)])
            printed = result.stdout.decode("utf-8")
            if result.returncode != 0 or result.stderr:
                problems.append(
                    f"{at}: {path.name} exited with status {result.returncode}; "
                    f"stderr:\n{result.stderr.decode()}"
                )
            elif printed != text:
                problems.append(
                    f"{at}: {path.name} does not print the block below this line; first "
                    f"difference at {first_difference(text, printed)}"
                )
            else:
                passed += 1
    for file, (name, expected) in PLOTS.items():
        path = HERE / file
        checked.add(path)
        problem = check_plot(path, name, expected)
        if problem:
            problems.append(f"book/python/{file}: {problem}")
        else:
            passed += 1
    for file in SELF_CHECKING:
        path = HERE / file
        checked.add(path)
        result = run([sys.executable, str(path)])
        if result.returncode != 0 or result.stderr:
            problems.append(
                f"book/python/{file}: exit status {result.returncode}; "
                f"stderr:\n{result.stderr.decode()}"
            )
        else:
            passed += 1
    for path in sorted(HERE.glob("*.py")):
        if path.name == Path(__file__).name:
            continue
        if path not in shown:
            problems.append(f"book/python/{path.name}: no page shows it")
        if path not in checked:
            problems.append(f"book/python/{path.name}: neither paired with an output block nor in PLOTS")
    for path in sorted(shown):
        if not path.is_file():
            problems.append(f"a page includes {path}, which does not exist")
    for problem in problems:
        print(f"FAIL {problem}")
    print(f"python-listings: {passed} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
