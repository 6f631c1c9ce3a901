"""Views of the graph: an interactive network and a project timeline (self-contained HTML/SVG).

>>> from kg.views import load_view_model, build_network, write_network_html, write_timeline_html
>>> model = load_view_model(store)                       # pyoxigraph.Store, docs/data-model.md
>>> write_network_html(model, "out/network.html", year=2023)
>>> net = build_network(model, focus="桑龙高速")          # a pyvis Network, for notebooks
"""

from .model import EdgeInfo, NodeInfo, ViewModel, load_view_model
from .network import build_network, network_html, select, write_network_html
from .timeline import timeline_html, timeline_svg, write_timeline_html, write_timeline_svg

__all__ = [
    "EdgeInfo", "NodeInfo", "ViewModel", "build_network", "load_view_model", "network_html",
    "select", "timeline_html", "timeline_svg", "write_network_html", "write_timeline_html",
    "write_timeline_svg",
]
