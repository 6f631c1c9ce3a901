"""kg: a knowledge graph of the projects, places and programmes in Chinese municipal government
work reports. See :mod:`kg.api` for the functions the command line wraps."""

__version__ = "0.1.0"

#: Public names and the module each comes from, imported on first use so that `import kg.cli`
#: stays light (docs/benchmarks.md).
_EXPORTS = {
    "AmbiguousLabel": "kg.api",
    "BuildSummary": "kg.api",
    "QueryResult": "kg.api",
    "add": "kg.api",
    "build": "kg.api",
    "extract": "kg.api",
    "find_entities": "kg.api",
    "indicators": "kg.api",
    "query": "kg.api",
    "rdflib_dataset": "kg.api",
    "recurring": "kg.api",
    "remove": "kg.api",
    "show": "kg.api",
    "validate": "kg.api",
    "open_store": "kg.store",
}
__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str):
    if name in _EXPORTS:
        from importlib import import_module

        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
