"""CPU seconds, wall seconds and RSS growth of the build's views stage (the view model,
``graph.html`` and ``timeline.html``) on a built store, in this process (run each mode in a
fresh one; figures in docs/benchmarks.md).

    .venv/bin/python benchmarks/views_stage.py STORE cold       # empty summary cache: a first build
    .venv/bin/python benchmarks/views_stage.py STORE add        # every report's summary cached but one
    .venv/bin/python benchmarks/views_stage.py STORE reference --model OTHER/kg/views/model.py

``reference`` loads the model with another version's ``kg/views/model.py`` (say, a checkout of
main), which takes the store alone.
"""

from __future__ import annotations

import argparse
import importlib.util
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("mode", choices=("cold", "add", "reference"))
    parser.add_argument("--model", type=Path, help="kg/views/model.py of the version to compare with (mode reference)")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()), help="folder for the two pages")
    args = parser.parse_args()

    import pyoxigraph as ox

    from kg.store import read_sources
    from kg.views.network import write_network_html
    from kg.views.timeline import write_timeline_html

    keys = read_sources(args.store)["graphs"]
    folder = Path(tempfile.mkdtemp(prefix="kg-views-cache-"))
    try:
        if args.mode == "reference":
            if args.model is None:
                parser.error("reference needs --model")
            spec = importlib.util.spec_from_file_location("reference_model", args.model)
            module = importlib.util.module_from_spec(spec)
            sys.modules["reference_model"] = module
            spec.loader.exec_module(module)

            def load(store):
                return module.load_view_model(store)
        else:
            from kg.views import model as module

            if args.mode == "add":  # as kg add finds the cache: every summary but the new report's
                module.load_view_model(ox.Store.read_only(str(args.store)), graph_keys=keys, cache_folder=folder)
                entries = sorted((folder / "views").rglob("*.summary"))
                entries[len(entries) // 2].unlink()

            def load(store):
                return module.load_view_model(store, graph_keys=keys, cache_folder=folder)

        store = ox.Store.read_only(str(args.store))
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        wall, cpu = time.perf_counter(), time.process_time()
        model = load(store)
        write_network_html(model, args.out / "views-stage-graph.html")
        write_timeline_html(model, args.out / "views-stage-timeline.html")
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(f"{args.mode}: {time.process_time() - cpu:.2f} CPU s, {time.perf_counter() - wall:.2f} s wall, "
              f"RSS {before} -> {after} MB ({len(model.nodes)} nodes, {len(model.edges)} edges)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
