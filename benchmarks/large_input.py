"""Peak memory and time of kg on one very long report text (see docs/bad-input.md).

The text is made by repeating the paragraphs of a seed report until it reaches the size asked
for, so that the result is known: the repeats are duplicates, and the mentions are those of the
seed. Each measurement runs in a fresh process; peak RSS comes from ``getrusage``.

    .venv/bin/python benchmarks/large_input.py            # 1, 5 and 50 MB, kg extract and kg build
    .venv/bin/python benchmarks/large_input.py --mb 50 --command extract
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "zhangjiajie-2021.txt"


def make_text(path: Path, megabytes: float, seed: Path = SEED) -> int:
    """Write a UTF-8 text of about ``megabytes`` MB: the seed, then its paragraphs over and over."""
    text = seed.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n") if p.strip()]
    target = int(megabytes * 1024 * 1024)
    with path.open("w", encoding="utf-8") as handle:
        handle.write(text.rstrip("\n") + "\n")
        size = len(text.encode("utf-8"))
        i = 0
        while size < target:
            line = paragraphs[i % len(paragraphs)] + "\n"
            handle.write(line)
            size += len(line.encode("utf-8"))
            i += 1
    return path.stat().st_size


_CHILD = """
import json, resource, sys, time
start = time.perf_counter()
command, path, out = sys.argv[1], sys.argv[2], sys.argv[3]
import kg.api
if command == "extract":
    result = kg.api.extract(path, city="张家界市", year=2021)
    mentions = sum(len(e["mentions"]) for e in result["entities"])
else:
    summary = kg.api.build([path], out=out + "/exports", store=out + "/store")
    mentions = summary.mentions
print(json.dumps({"seconds": round(time.perf_counter() - start, 1), "mentions": mentions,
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
"""


def measure(command: str, path: Path) -> dict:
    with tempfile.TemporaryDirectory() as out:
        result = subprocess.run([sys.executable, "-c", _CHILD, command, str(path), out], cwd=ROOT,
                                capture_output=True, text=True, check=False)
    if result.returncode:
        raise SystemExit(f"kg {command} {path} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, action="append", help="size in MB (repeatable; default 1, 5, 50)")
    parser.add_argument("--command", choices=["extract", "build", "both"], default="both")
    args = parser.parse_args()
    commands = ["extract", "build"] if args.command == "both" else [args.command]
    print(f"{'size':>8} {'command':8} {'seconds':>8} {'peak RSS':>9} {'mentions':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in args.mb or [1, 5, 50]:
            path = Path(folder) / f"report-{megabytes:g}mb.txt"
            size = make_text(path, megabytes)
            for command in commands:
                m = measure(command, path)
                print(f"{size / 1048576:7.1f}M {command:8} {m['seconds']:8.1f} {m['peak_rss_mb']:7d}MB {m['mentions']:8d}", flush=True)


if __name__ == "__main__":
    main()
