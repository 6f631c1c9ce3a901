"use strict";
// Client-side row sorting of the kg timeline (no report text is touched here).
var root = document.getElementById(ROOT_ID);
var tbody = root.querySelector("tbody");
var buttons = root.querySelectorAll(".kg-tl-sort button");
var state = { key: "count", dir: -1 };
var KEYS = {
  name: function (tr) { return tr.getAttribute("data-name"); },
  first: function (tr) { return Number(tr.getAttribute("data-first")); },
  count: function (tr) { return Number(tr.getAttribute("data-count")); }
};
function sortRows(key, dir) {
  var get = KEYS[key];
  var rows = Array.prototype.slice.call(tbody.rows);
  rows.sort(function (a, b) {
    var x = get(a), y = get(b);
    var c = x < y ? -1 : x > y ? 1 : 0;
    if (c === 0) return Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order"));
    return c * dir;
  });
  rows.forEach(function (tr) { tbody.appendChild(tr); });
  state = { key: key, dir: dir };
  buttons.forEach(function (b) {
    var on = b.getAttribute("data-sort") === key;
    b.setAttribute("aria-pressed", on ? "true" : "false");
    b.setAttribute("data-dir", on ? (dir > 0 ? "asc" : "desc") : "");
  });
}
buttons.forEach(function (b) {
  b.addEventListener("click", function () {
    var key = b.getAttribute("data-sort");
    // first click: name and first year ascending, number of years descending; again: reverse
    var dir = state.key === key ? -state.dir : (key === "count" ? -1 : 1);
    sortRows(key, dir);
  });
});
window.kgTimelines = window.kgTimelines || {};
window.kgTimelines[ROOT_ID] = { sort: sortRows, state: function () { return state; } };
