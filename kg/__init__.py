"""kg: a knowledge graph of the projects, places and programmes in Chinese municipal government
work reports. See :mod:`kg.api` for the functions the command line wraps."""

from kg.api import BuildSummary, add, build, extract, indicators, query, rdflib_dataset, recurring, remove, show, validate

__version__ = "0.1.0"
__all__ = ["BuildSummary", "add", "build", "extract", "indicators", "query", "rdflib_dataset", "recurring", "remove", "show", "validate", "__version__"]
