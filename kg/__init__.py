"""kg: a knowledge graph of the projects, places and programmes in Chinese municipal government
work reports. See :mod:`kg.api` for the functions the command line wraps."""

from kg.api import BuildSummary, add, build, extract, query, rdflib_dataset, recurring, remove, show, validate
from kg.api import AmbiguousLabel, QueryResult, find_entities

__version__ = "0.1.0"
__all__ = ["BuildSummary", "add", "build", "extract", "query", "rdflib_dataset", "recurring", "remove", "show", "validate", "__version__"]
__all__ += ["AmbiguousLabel", "QueryResult", "find_entities"]
