"use strict";
// kg network view. Report text only ever reaches the DOM through textContent / option.value.
var root = document.getElementById(ROOT_ID);
var DATA = JSON.parse(root.querySelector(".kg-data").textContent);
var LEGEND = DATA.legend;
var STATUS = {};
LEGEND.statuses.forEach(function (s) { STATUS[s.name] = s; });

function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function tooltip(n) {
  var box = el("div", "kg-tip");
  var head = el("div", "kg-tip-head", n.label);
  if (n.kgPinyin) { head.appendChild(document.createTextNode(" ")); head.appendChild(el("span", "kg-tip-pinyin", n.kgPinyin)); }
  box.appendChild(head);
  box.appendChild(el("div", "kg-tip-meta", (n.kgClass || "") + " · " + (n.kgType || "")));
  var years = n.kgYears || [];
  if (years.length) {
    box.appendChild(el("div", "kg-tip-meta", "报告年份 report years: " + years.join(", ")));
    var chips = el("div", "kg-tip-status");
    years.forEach(function (y) {
      var s = (n.kgStatus || {})[String(y)];
      var st = s ? STATUS[s] : null;
      var chip = el("span", "kg-chip", y + " " + (s ? (st ? st.zh + " " : "") + s : "提及 mentioned"));
      chip.style.background = st ? st.color : LEGEND.mentioned.color;
      chips.appendChild(chip);
    });
    box.appendChild(chips);
  }
  if (n.kgEvidence) {
    box.appendChild(el("div", "kg-tip-quote", "“" + n.kgEvidence + "”"));
    if (n.kgReport) box.appendChild(el("div", "kg-tip-source", "— " + n.kgReport));
  }
  return box;
}

// Tooltips: one empty element per node, filled on first hover (before vis shows it).
var tipFor = {};
var nodeList = DATA.nodes.map(function (n) {
  if (n.kgType === undefined && n.title !== undefined) return n;  // a foreign node: keep as is
  var stub = el("div", "kg-tip-wrap");
  tipFor[n.id] = stub;
  return Object.assign({}, n, { title: stub });
});
function fillTip(id) {
  var stub = tipFor[id];
  if (!stub || stub.firstChild) return false;
  stub.appendChild(tooltip(byId[id]));
  return true;
}
var KIND_ZH = {};
LEGEND.kinds.forEach(function (k) { KIND_ZH[k.name] = k.zh; });
var edgeList = DATA.edges.map(function (e) {
  if (e.kgKind === undefined || e.title !== undefined) return e;
  var t = (KIND_ZH[e.kgKind] || "") + " " + e.kgKind;
  if (e.kgKind === "coMentioned") {
    t += " \u00d7 " + e.kgWeight;
    if ((e.kgYears || []).length) {
      t += " (" + e.kgYears.map(function (y, i) { return y + ": " + e.kgYearWeights[i]; }).join(", ") + ")";
    }
  }
  return Object.assign({}, e, { title: t });
});
var nodes = new vis.DataSet(nodeList);
var edges = new vis.DataSet(edgeList);
var byId = {};
DATA.nodes.forEach(function (n) { byId[n.id] = n; });

// ---- state and filters
var typeOn = {}, kindOn = {};
LEGEND.types.forEach(function (t) { typeOn[t.name] = true; });
LEGEND.kinds.forEach(function (k) { kindOn[k.name] = true; });
var year = null, focusSet = null;
var shown = new Set();

function nodeVisible(n) {
  if (n.kgType !== undefined && typeOn[n.kgType] === false) return false;
  if (year !== null && (n.kgYears || []).indexOf(year) < 0) return false;
  if (focusSet && !focusSet.has(n.id)) return false;
  return true;
}
function edgeVisible(e) {
  if (e.kgKind !== undefined && kindOn[e.kgKind] === false) return false;
  if (!shown.has(e.from) || !shown.has(e.to)) return false;
  if (year !== null && e.kgKind === "coMentioned" && (e.kgYears || []).indexOf(year) < 0) return false;
  return true;
}
function recompute() {
  shown = new Set();
  DATA.nodes.forEach(function (n) { if (nodeVisible(n)) shown.add(n.id); });
}
recompute();
var nodesView = new vis.DataView(nodes, { filter: function (n) { return shown.has(n.id); } });
var edgesView = new vis.DataView(edges, { filter: edgeVisible });

// ---- network
var container = root.querySelector(".kg-canvas");
var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, DATA.options);
if (DATA.startView && DATA.startView.length) network.fit({ nodes: DATA.startView, animation: false });
network.on("hoverNode", function (p) { fillTip(p.node); });
network.on("showPopup", function (id) {
  // hover and popup may pick different overlapping nodes: fill late and re-place the popup
  if (fillTip(id)) {
    var popup = network.interactionHandler && network.interactionHandler.popup;
    if (popup && typeof popup.show === "function") popup.show();
  }
});

var countEl = root.querySelector(".kg-count");
function updateCount() {
  countEl.textContent = "节点 nodes " + nodesView.length + " / " + DATA.nodes.length +
    " · 边 edges " + edgesView.length + " / " + DATA.edges.length;
}
function apply(fit) {
  recompute();
  nodesView.refresh();
  edgesView.refresh();
  updateCount();
  if (fit) network.fit({ animation: false });
}
updateCount();

// ---- controls: type and edge-kind legends double as filters
function legendItem(group, item, swatch, on, onChange) {
  var label = el("label");
  var box = el("input");
  box.type = "checkbox";
  box.checked = on;
  box.value = item.name;
  box.className = "kg-filter-" + group;
  box.addEventListener("change", function () { onChange(box.checked); });
  label.appendChild(box);
  label.appendChild(swatch);
  label.appendChild(document.createTextNode(item.zh + " " + item.name));
  return label;
}
var typesBox = root.querySelector(".kg-types");
var present = {};
DATA.nodes.forEach(function (n) { present[n.kgType] = (present[n.kgType] || 0) + 1; });
LEGEND.types.forEach(function (t) {
  var sw = el("span", "kg-swatch");
  sw.style.background = t.color;
  var item = legendItem("type", t, sw, true, function (on) { typeOn[t.name] = on; apply(false); });
  item.title = (present[t.name] || 0) + " nodes";
  typesBox.appendChild(item);
});
var kindsBox = root.querySelector(".kg-kinds");
LEGEND.kinds.forEach(function (k) {
  var sw = el("span", "kg-line" + (k.dashes ? " kg-dashed" : ""));
  sw.style.borderTopColor = k.color;
  kindsBox.appendChild(legendItem("kind", k, sw, true, function (on) { kindOn[k.name] = on; apply(false); }));
});

var yearSel = root.querySelector(".kg-year");
(DATA.years || []).forEach(function (y) {
  var o = el("option", null, y);
  o.value = String(y);
  yearSel.appendChild(o);
});
if (DATA.filters && DATA.filters.year !== null && DATA.filters.year !== undefined) {
  // a page built for one year: show it in the control (its nodes are all of that year)
  yearSel.value = String(DATA.filters.year);
  year = Number(DATA.filters.year);
  apply(false);
}
yearSel.addEventListener("change", function () {
  year = yearSel.value === "" ? null : parseInt(yearSel.value, 10);
  apply(true);
});

// ---- search (label, pinyin with or without tones, id)
function fold(s) {
  return String(s || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, "");
}
var keys = DATA.nodes.map(function (n) { return [n.id, fold(n.label), fold(n.kgPinyin)]; });
var searchBox = root.querySelector(".kg-search");
var datalist = el("datalist");
datalist.id = ROOT_ID + "-names";
var seenLabel = {};
DATA.nodes.forEach(function (n) {
  if (seenLabel[n.label]) return;
  seenLabel[n.label] = true;
  var o = el("option");
  o.value = String(n.label);
  datalist.appendChild(o);
});
root.appendChild(datalist);
searchBox.setAttribute("list", datalist.id);
function search() {
  var q = fold(searchBox.value);
  if (!q) { network.unselectAll(); return []; }
  var hits = keys.filter(function (k) {
    return shown.has(k[0]) && (k[0] === searchBox.value || k[1].indexOf(q) >= 0 || k[2].indexOf(q) >= 0);
  }).map(function (k) { return k[0]; });
  network.selectNodes(hits);
  if (hits.length) network.fit({ nodes: hits, animation: false, maxZoomLevel: 1.5 });
  countEl.textContent = hits.length + " 个匹配 matches";
  return hits;
}
searchBox.addEventListener("keydown", function (ev) { if (ev.key === "Enter") search(); });
searchBox.addEventListener("change", search);
root.querySelector(".kg-search-btn").addEventListener("click", search);

// ---- focus on a node and its neighbourhood
var adj = {};
DATA.edges.forEach(function (e) {
  (adj[e.from] = adj[e.from] || []).push({ id: e.to, kind: e.kgKind });
  (adj[e.to] = adj[e.to] || []).push({ id: e.from, kind: e.kgKind });
});
function focusOn(ids, depth) {
  var keep = new Set(ids), frontier = ids.slice();
  for (var d = 0; d < depth; d++) {
    var next = [];
    frontier.forEach(function (id) {
      (adj[id] || []).forEach(function (nb) {
        if (kindOn[nb.kind] === false || keep.has(nb.id)) return;
        keep.add(nb.id);
        next.push(nb.id);
      });
    });
    frontier = next;
  }
  focusSet = keep;
  apply(true);
  network.selectNodes(ids.filter(function (id) { return shown.has(id); }));
}
var depthSel = root.querySelector(".kg-depth");
root.querySelector(".kg-focus-btn").addEventListener("click", function () {
  var sel = network.getSelectedNodes();
  if (sel.length) focusOn(sel, parseInt(depthSel.value, 10));
});
network.on("doubleClick", function (p) {
  if (p.nodes.length) focusOn(p.nodes, parseInt(depthSel.value, 10));
});
root.querySelector(".kg-reset-btn").addEventListener("click", function () {
  focusSet = null;
  year = null;
  yearSel.value = "";
  searchBox.value = "";
  root.querySelectorAll(".kg-filter-type, .kg-filter-kind").forEach(function (b) { b.checked = true; });
  LEGEND.types.forEach(function (t) { typeOn[t.name] = true; });
  LEGEND.kinds.forEach(function (k) { kindOn[k.name] = true; });
  network.unselectAll();
  apply(true);
});

// ---- API for notebooks, embedding pages and tests
var api = {
  network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
  drawnNodeCount: function () { return network.body.nodeIndices.length; },
  drawnEdgeCount: function () { return network.body.edgeIndices.length; },
  setType: function (t, on) {
    typeOn[t] = on;
    var b = root.querySelector('.kg-filter-type[value="' + t + '"]');
    if (b) b.checked = on;
    apply(false);
  },
  setYear: function (y) { year = y === null ? null : Number(y); yearSel.value = y === null ? "" : String(y); apply(true); },
  focus: focusOn, search: function (q) { searchBox.value = q; return search(); },
  firstDrawn: null
};
network.once("afterDrawing", function () {
  api.firstDrawn = performance.now();
  root.dispatchEvent(new CustomEvent("kg-drawn", { detail: { time: api.firstDrawn } }));
});
window.kgNetworks = window.kgNetworks || {};
window.kgNetworks[ROOT_ID] = api;
window.kgView = api;
