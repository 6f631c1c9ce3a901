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
  if (n.kgOmitted) {
    box.appendChild(el("div", "kg-tip-meta", "另有 " + n.kgOmitted + " 个相关实体未画出 · " +
      n.kgOmitted + " more entities here not drawn (--max-nodes)"));
  }
  return box;
}

// Tooltips: one empty element per node, filled on first hover (before vis shows it).
var tipFor = {};
var nodeList = DATA.nodes.map(function (n) {
  if (n.kgType === undefined && n.title !== undefined) return n;  // a foreign node: keep as is
  var stub = el("div", "kg-tip-wrap");
  tipFor[n.id] = stub;
  // the page draws kg labels itself (see "labels" below), vis only the dots
  return Object.assign({}, n, { title: stub, label: undefined });
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

// ---- state and filters. Defaults: the types of DATA.defaultTypes (all when none), the typed
// links; co-mentions only on request, and then only those of at least `coMin` sentences.
var typeOn = {}, kindOn = {};
function defaultFilters() {
  LEGEND.types.forEach(function (t) {
    typeOn[t.name] = !DATA.defaultTypes || DATA.defaultTypes.indexOf(t.name) >= 0;
  });
  LEGEND.kinds.forEach(function (k) { kindOn[k.name] = k.name !== "coMentioned"; });
}
defaultFilters();
var coMin = DATA.comentionMin || 1;
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
  if (e.kgKind === "coMentioned") {
    var w = e.kgWeight;
    if (year !== null) {
      var i = (e.kgYears || []).indexOf(year);
      if (i < 0) return false;
      w = e.kgYearWeights[i];
    }
    if (w < coMin) return false;
  }
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
network.on("hoverNode", function (p) { fillTip(p.node); });
network.on("showPopup", function (id) {
  // hover and popup may pick different overlapping nodes: fill late and re-place the popup
  if (fillTip(id)) {
    var popup = network.interactionHandler && network.interactionHandler.popup;
    if (popup && typeof popup.show === "function") popup.show();
  }
});

// ---- labels: drawn over the graph in screen pixels, most important node first (kgRank; groups
// and selected nodes before all), each only where it overlaps no label already drawn. Only the
// most important share of the drawn nodes may be named, a share that grows with the zoom:
// zoomed out that leaves the important names; from ALL_LABELS_SCALE on, every node on screen is.
var ALL_LABELS_SCALE = 2;
var groupLabel = {}, groupSize = {};
var labelOrder = DATA.nodes.filter(function (n) { return n.kgType !== undefined; })
  .sort(function (a, b) { return (a.kgRank || 0) - (b.kgRank || 0); })
  .map(function (n) { return n.id; });
var LABEL_FONT = "13px " + (DATA.options.nodes && DATA.options.nodes.font ? DATA.options.nodes.font.face : "sans-serif");
var labelWidth = {};
var drawnLabels = [], drawnBoxes = [];
function drawLabels(ctx) {
  var canvas = network.canvas;
  var ratio = canvas.pixelRatio || 1;
  var width = canvas.frame.canvas.clientWidth, height = canvas.frame.canvas.clientHeight;
  var scale = network.getScale();
  var body = network.body;
  var taken = {};  // 32-px grid cell -> boxes already drawn there
  var cell = 32;
  function fits(box) {
    for (var gx = Math.floor(box[0] / cell); gx <= Math.floor(box[2] / cell); gx++) {
      for (var gy = Math.floor(box[1] / cell); gy <= Math.floor(box[3] / cell); gy++) {
        var list = taken[gx + ":" + gy];
        if (!list) continue;
        for (var i = 0; i < list.length; i++) {
          var o = list[i];
          if (box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]) return false;
        }
      }
    }
    return true;
  }
  function take(box) {
    for (var gx = Math.floor(box[0] / cell); gx <= Math.floor(box[2] / cell); gx++) {
      for (var gy = Math.floor(box[1] / cell); gy <= Math.floor(box[3] / cell); gy++) {
        (taken[gx + ":" + gy] = taken[gx + ":" + gy] || []).push(box);
      }
    }
  }
  ctx.save();
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.font = LABEL_FONT;
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  ctx.lineJoin = "round";
  drawnLabels = [];
  drawnBoxes = [];
  var groups = Object.keys(groupLabel).sort(function (a, b) { return groupSize[b] - groupSize[a] || (a < b ? -1 : 1); });
  var order = groups.concat(network.getSelectedNodes(), labelOrder);
  var done = {};
  var budget = groups.length + network.getSelectedNodes().length +
    Math.ceil(body.nodeIndices.length * Math.min(1, Math.sqrt(scale / ALL_LABELS_SCALE)));
  order.forEach(function (id) {
    if (done[id] || !(id in visibleIndex)) return;
    done[id] = true;
    if (budget-- <= 0) return;
    var node = body.nodes[id];
    if (!node) return;
    var text = groupLabel[id] || (byId[id] && byId[id].label);
    if (!text || node.options.hidden) return;
    var p = network.canvasToDOM({ x: node.x, y: node.y });
    if (p.x < -50 || p.y < -50 || p.x > width + 50 || p.y > height + 50) return;
    var w = labelWidth[text];
    if (w === undefined) w = labelWidth[text] = ctx.measureText(text).width;
    var top = p.y + (node.options.size || 10) * scale + 2;
    var box = [p.x - w / 2 - 2, top - 1, p.x + w / 2 + 2, top + 16];
    if (scale < ALL_LABELS_SCALE && !fits(box)) return;
    take(box);
    ctx.lineWidth = 3;
    ctx.strokeStyle = "rgba(255,255,255,0.9)";
    ctx.strokeText(text, p.x, top);
    ctx.fillStyle = "#222222";
    ctx.fillText(text, p.x, top);
    drawnLabels.push(id);
    drawnBoxes.push(box);
  });
  ctx.restore();
}
var visibleIndex = {};
network.on("beforeDrawing", function () {
  visibleIndex = {};
  network.body.nodeIndices.forEach(function (id) { visibleIndex[id] = true; });
});
network.on("afterDrawing", drawLabels);

var countEl = root.querySelector(".kg-count");
var omittedNote = Object.keys(DATA.omitted || {}).map(function (t) {
  var zh = "";
  LEGEND.types.forEach(function (x) { if (x.name === t) zh = x.zh; });
  return zh + " " + DATA.omitted[t];
}).join(", ");
function updateCount() {
  countEl.textContent = "节点 nodes " + nodesView.length + " / " + DATA.nodes.length +
    " · 边 edges " + edgesView.length + " / " + DATA.edges.length +
    (clusterIds.length ? " · 组 groups " + clusterIds.length : "") +
    (omittedNote ? " · 未画出 not drawn: " + omittedNote + " (--max-nodes)" : "");
}

// ---- groups: by place (an entity's kgHome) or by type, collapsed into one node each
var TYPE = {};
LEGEND.types.forEach(function (t) { TYPE[t.name] = t; });
var groupMode = "", clusterIds = [];
function expandAll() {
  clusterIds.forEach(function (c) { if (network.isCluster(c)) network.openCluster(c); });
  clusterIds = [];
  groupLabel = {};
}
function collapseAll() {
  expandAll();
  if (!groupMode) return;
  var members = {};
  nodesView.getIds().forEach(function (id) {
    var n = byId[id];
    var key = groupMode === "type" ? n.kgType : n.kgHome;
    if (key && (groupMode === "type" || shown.has(key))) (members[key] = members[key] || []).push(id);
  });
  var keys = Object.keys(members).sort().filter(function (key) { return members[key].length > 1; });
  keys.forEach(function (key, i) {
    var ids = members[key];
    var inside = new Set(ids);
    var head = groupMode === "place" ? byId[key] : null;
    var type = head ? TYPE[head.kgType] : TYPE[key];
    var label = head ? head.label + " +" + (ids.length - 1) : (type ? type.zh + " " + key : key) + " \u00d7" + ids.length;
    var cid = "kg-group:" + groupMode + ":" + key;
    var tip = el("div", "kg-tip");
    tip.appendChild(el("div", "kg-tip-head", label));
    tip.appendChild(el("div", "kg-tip-meta", "点击展开 click to expand · " + ids.length + " nodes"));
    var props = {
      id: cid, label: "", title: tip, shape: "dot", borderWidth: 3,  // label drawn by the page
      size: Math.min(60, 10 + 4 * Math.sqrt(ids.length)),
      color: { background: type ? type.color : "#999999", border: "#222222" }
    };
    if (groupMode === "type") {
      // type groups would all sit at the centre of the graph: set them on a ring around it
      var angle = -Math.PI / 2 + 2 * Math.PI * i / keys.length;
      props.x = 220 * Math.cos(angle);
      props.y = 220 * Math.sin(angle);
    }
    network.cluster({ joinCondition: function (o) { return inside.has(o.id); }, clusterNodeProperties: props });
    groupLabel[cid] = label;
    groupSize[cid] = ids.length;
    clusterIds.push(cid);
  });
}
network.on("click", function (p) {
  if (p.nodes.length === 1 && network.isCluster(p.nodes[0])) {
    network.openCluster(p.nodes[0]);
    delete groupLabel[p.nodes[0]];
    clusterIds = clusterIds.filter(function (c) { return c !== p.nodes[0]; });
  }
});

function apply(fit) {
  var grouped = clusterIds.length > 0;
  expandAll();
  recompute();
  nodesView.refresh();
  edgesView.refresh();
  if (grouped) collapseAll();
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
  var item = legendItem("type", t, sw, typeOn[t.name], function (on) { typeOn[t.name] = on; apply(false); });
  item.title = (present[t.name] || 0) + " nodes";
  typesBox.appendChild(item);
});
var kindsBox = root.querySelector(".kg-kinds");
LEGEND.kinds.forEach(function (k) {
  var sw = el("span", "kg-line" + (k.dashes ? " kg-dashed" : ""));
  sw.style.borderTopColor = k.color;
  kindsBox.appendChild(legendItem("kind", k, sw, kindOn[k.name], function (on) { kindOn[k.name] = on; apply(false); }));
});
var coMinBox = el("input", "kg-comin");
coMinBox.type = "number";
coMinBox.min = "1";
coMinBox.max = String(Math.max(1, DATA.comentionMax || 1));
coMinBox.value = String(coMin);
coMinBox.title = "同句提及至少几句 co-mentions in at least this many sentences";
coMinBox.setAttribute("aria-label", coMinBox.title);
coMinBox.addEventListener("change", function () {
  coMin = Math.max(1, parseInt(coMinBox.value, 10) || 1);
  apply(false);
});
var coMinLabel = el("label", null, "\u2265 ");
coMinLabel.appendChild(coMinBox);
coMinLabel.appendChild(document.createTextNode(" 句"));
kindsBox.appendChild(coMinLabel);

var groupSel = root.querySelector(".kg-group-by");
groupSel.addEventListener("change", function () { groupMode = groupSel.value; collapseAll(); updateCount(); network.fit({ animation: false }); });
root.querySelector(".kg-collapse-btn").addEventListener("click", function () { collapseAll(); updateCount(); });
root.querySelector(".kg-expand-btn").addEventListener("click", function () { expandAll(); updateCount(); });

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
  expandAll();
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
  ids = ids.filter(function (id) { return byId[id] !== undefined; });  // not a group node
  if (!ids.length) return;
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
  expandAll();
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
  defaultFilters();
  root.querySelectorAll(".kg-filter-type").forEach(function (b) { b.checked = typeOn[b.value]; });
  root.querySelectorAll(".kg-filter-kind").forEach(function (b) { b.checked = kindOn[b.value]; });
  coMin = DATA.comentionMin || 1;
  coMinBox.value = String(coMin);
  groupMode = "";
  groupSel.value = "";
  expandAll();
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
  setCoMentions: function (on, min) {
    kindOn.coMentioned = on;
    var b = root.querySelector('.kg-filter-kind[value="coMentioned"]');
    if (b) b.checked = on;
    if (min !== undefined) { coMin = min; coMinBox.value = String(min); }
    apply(false);
  },
  groupBy: function (mode) { groupMode = mode || ""; groupSel.value = groupMode; collapseAll(); updateCount(); network.fit({ animation: false }); },
  expandAll: function () { expandAll(); updateCount(); },
  groups: function () { return clusterIds.filter(function (c) { return network.isCluster(c); }); },
  drawnLabels: function () { return drawnLabels.slice(); },
  drawnLabelBoxes: function () { return drawnBoxes.map(function (b) { return b.slice(); }); },
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
