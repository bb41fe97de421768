/* graphload network page: builds the vis network, legend, search and tooltips.
   Every text from the graph goes into the page through textContent, never HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graphload-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("graphload-network");
  var tip = document.getElementById("graphload-tip");
  var status = document.getElementById("graphload-status");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.graphloadNetwork = network;
  window.graphloadData = { nodes: nodes, edges: edges };

  function markReady() {
    if (window.graphloadReady) { return; }
    window.graphloadReadyMs = performance.now();
    window.graphloadReady = true;
    document.body.setAttribute("data-graphload-ready", "1");
  }
  network.once("afterDrawing", markReady);

  function fold(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss").toLowerCase().trim();
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function row(parent, label, value) {
    if (value === undefined || value === null || value === "") { return; }
    parent.appendChild(el("div", "gl-row", label + ": " + value));
  }

  function nodeTip(n) {
    var box = el("div");
    box.appendChild(el("div", "gl-head", n.name));
    row(box, "Label", n.kind);
    var other = (n.aliases || []).filter(function (a) { return a !== n.name; });
    row(box, "Also known as", other.join(", "));
    row(box, "Documents", n.docs);
    row(box, (data.sizeBy || "size") + "", n.metric);
    return box;
  }
  function edgeTip(e) {
    var box = el("div");
    var a = nodes.get(e.from), b = nodes.get(e.to);
    box.appendChild(el("div", "gl-head", e.type));
    box.appendChild(el("div", "gl-row", (a ? a.name : e.from) + (e.type === "MET_WITH" ? " \u2014 " : " \u2192 ") + (b ? b.name : e.to)));
    row(box, "Title", (e.offices || []).join(", "));
    var dates = e.dates || [];
    if (dates.length) { row(box, "Date", dates[0] === dates[1] ? dates[0] : dates[0] + " \u2026 " + dates[1]); }
    row(box, "Facts", e.weight);
    (e.facts || []).forEach(function (f) {
      var fact = el("div", "gl-fact");
      if (f.evidence) { fact.appendChild(el("div", "gl-evidence", "\u201c" + f.evidence + "\u201d")); }
      fact.appendChild(el("div", "gl-source", [f.date, f.doc].filter(Boolean).join(" \u00b7 ")));
      box.appendChild(fact);
    });
    if (e.more) { box.appendChild(el("div", "gl-row", "+" + e.more + " more")); }
    return box;
  }
  function showTip(kind, id, x, y) {
    var item = kind === "node" ? nodes.get(id) : edges.get(id);
    if (!item) { return false; }
    tip.replaceChildren(kind === "node" ? nodeTip(item) : edgeTip(item));
    var rect = container.getBoundingClientRect();
    tip.style.left = Math.min(rect.left + x + 14, window.innerWidth - 430) + "px";
    tip.style.top = Math.min(rect.top + y + 14, window.innerHeight - 60) + "px";
    tip.hidden = false;
    return true;
  }
  function hideTip() { tip.hidden = true; }
  window.graphloadShowTip = showTip;
  network.on("hoverNode", function (p) { showTip("node", p.node, p.pointer.DOM.x, p.pointer.DOM.y); });
  network.on("hoverEdge", function (p) { showTip("edge", p.edge, p.pointer.DOM.x, p.pointer.DOM.y); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  /* search: names and aliases, folded; names win over aliases */
  var byName = {};
  var names = document.getElementById("graphload-names");
  nodes.forEach(function (n) {
    (n.aliases || []).forEach(function (a) { if (!(fold(a) in byName)) { byName[fold(a)] = n.id; } });
  });
  nodes.forEach(function (n) {
    byName[fold(n.name)] = n.id;
    var opt = el("option");
    opt.value = n.name;
    names.appendChild(opt);
  });
  function focusNode(query) {
    var id = byName[fold(query)];
    if (id === undefined) { status.textContent = "no match"; return false; }
    status.textContent = "";
    var n = nodes.get(id);
    if (n.hidden) { nodes.update({ id: id, hidden: false }); }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: { duration: 400 } });
    var rect = container.getBoundingClientRect();
    showTip("node", id, rect.width / 2, rect.height / 2);
    return id;
  }
  window.graphloadFocus = focusNode;
  var search = document.getElementById("graphload-search");
  search.addEventListener("change", function () { if (search.value) { focusNode(search.value); } });
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { focusNode(search.value); } });
  document.getElementById("graphload-fit").addEventListener("click", function () { hideTip(); network.fit(); });

  /* legend with checkboxes that hide or show a label's nodes / a type's edges */
  function legend(target, counts, swatch, onToggle) {
    Object.keys(counts).sort().forEach(function (key) {
      var item = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.setAttribute("data-key", key);
      box.addEventListener("change", function () { onToggle(key, box.checked); });
      item.appendChild(box);
      item.appendChild(swatch(key));
      item.appendChild(el("span", null, key + " (" + counts[key] + ")"));
      target.appendChild(item);
    });
  }
  function countBy(set, field) {
    var out = {};
    set.forEach(function (x) { out[x[field]] = (out[x[field]] || 0) + 1; });
    return out;
  }
  function setHidden(set, field, key, show) {
    var changes = [];
    set.forEach(function (x) { if (x[field] === key) { changes.push({ id: x.id, hidden: !show }); } });
    set.update(changes);
  }
  legend(document.getElementById("graphload-legend-nodes"), countBy(nodes, "kind"), function (key) {
    var style = data.labels[key] || ["#999", "dot"];
    var s = el("span", "gl-swatch gl-" + style[1]);
    s.style.color = style[0];
    return s;
  }, function (key, show) { setHidden(nodes, "kind", key, show); });
  legend(document.getElementById("graphload-legend-edges"), countBy(edges, "type"), function (key) {
    var s = el("span", "gl-line");
    s.style.color = data.typeColours[key] || "#999";
    return s;
  }, function (key, show) { setHidden(edges, "type", key, show); });
  window.graphloadToggle = function (kind, key, show) {
    setHidden(kind === "node" ? nodes : edges, kind === "node" ? "kind" : "type", key, show);
  };
  if (data.focus && nodes.get(data.focus)) { network.selectNodes([data.focus]); }
})();
