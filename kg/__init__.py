"""kg: a knowledge graph of the projects, places and programmes in Chinese municipal government
work reports. See :mod:`kg.api` for the functions the command line wraps."""

__version__ = "0.1.0"
__all__ = ["BuildSummary", "add", "build", "extract", "query", "rdflib_dataset", "recurring", "remove", "show", "validate", "__version__"]


def __getattr__(name: str):
    # kg.api is imported on first use, so that `import kg.cli` stays light (docs/benchmarks.md).
    if name in __all__:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
