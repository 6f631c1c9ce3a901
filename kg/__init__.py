"""kg: a knowledge graph of the projects, places and programmes in Chinese municipal government
work reports. See :mod:`kg.api` for the functions the command line wraps."""

from kg.api import BuildSummary, add, build, extract, query, rdflib_dataset, recurring, remove, show, validate
from kg.store import open_store

__version__ = "0.1.0"
__all__ = ["BuildSummary", "add", "build", "extract", "open_store", "query", "rdflib_dataset", "recurring", "remove", "show", "validate", "__version__"]
