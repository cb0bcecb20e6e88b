// swift-format-ignore-file
// map.js and map.css of Sources/SinergiFormats/HTML/Viewer, byte for byte (written by
// Sources/SinergiFormats/HTML/Viewer/make_swift.py; do not edit here, edit those files).

/// The map viewer's script and style sheet, inlined into every HTML map.
enum MapViewerAssets {
    /// The text of `Viewer/map.js`.
    static let script: String = ##"""
// Sinergi's offline map. It draws the stakeholder network that Graphviz laid out beforehand
// (the positions are in the page's data block) and lets a meeting explore it: pan and zoom,
// a search that forgives typos, filters by kind, province and relationship type, a year
// slider over the relationships' since/until, a click shows a stakeholder's properties and
// partnerships and highlights its neighbours. It needs nothing but this file: no request
// leaves the page. The view is kept in the address's #hash (q, kinds, province, types, year,
// select), so a view can be bookmarked or sent to a colleague.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sinergi-data").textContent);
  var T = data.texts;
  var svg = document.getElementById("map");
  var NS = svg.namespaceURI;
  var viewport = document.getElementById("viewport");
  var nodes = data.nodes, links = data.links;
  var state = { q: "", kinds: {}, province: "", types: {}, year: null, select: null };
  var view = { x: 0, y: 0, k: 1 };

  // ---- Small helpers ----
  function el(tag, attrs, parent) {
    var e = document.createElementNS(NS, tag);
    for (var a in attrs) e.setAttribute(a, attrs[a]);
    if (parent) parent.appendChild(e);
    return e;
  }
  function html(tag, text, parent, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    if (parent) parent.appendChild(e);
    return e;
  }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, name) { return name in values ? values[name] : m; });
  }
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }

  // ---- Drawing ----
  var dash = { dashed: "7 4", dotted: "2 3" };
  function shapePath(shape, w, h) {
    var x = w / 2, y = h / 2, c;
    switch (shape) {
      case "ellipse": case "egg": return null;
      case "diamond": return [[0, -y], [x, 0], [0, y], [-x, 0]];
      case "hexagon": c = x * 0.7; return [[-c, -y], [c, -y], [x, 0], [c, y], [-c, y], [-x, 0]];
      case "octagon": case "doubleoctagon":
        c = Math.min(x, y) * 0.45;
        return [[-x + c, -y], [x - c, -y], [x, -y + c], [x, y - c], [x - c, y], [-x + c, y], [-x, y - c], [-x, -y + c]];
      case "house": return [[0, -y], [x, -y * 0.35], [x, y], [-x, y], [-x, -y * 0.35]];
      case "parallelogram": c = w * 0.12; return [[-x + c, -y], [x, -y], [x - c, y], [-x, y]];
      case "trapezium": c = w * 0.12; return [[-x + c, -y], [x - c, -y], [x, y], [-x, y]];
      case "cds": c = w * 0.12; return [[-x, -y], [x - c, -y], [x, 0], [x - c, y], [-x, y]];
      default: return [[-x, -y], [x, -y], [x, y], [-x, y]];
    }
  }
  function drawRegions() {
    var layer = document.getElementById("regions"), names = null;
    data.regions.forEach(function (r) {
      var g = el("g", { "class": "region " + r.level + (r.gap ? " gap" : "") }, layer);
      el("rect", { x: r.x, y: r.y, width: r.w, height: r.h, rx: 6 }, g);
      // A box drawn around a large layout has a larger name (r.font), readable zoomed out and
      // written over the nodes (a layer above them).
      var big = (r.font || 13) - 13;
      if (big && !names) names = el("g", { id: "region-names" }, viewport);
      var t = el("text", { x: r.x + 8, y: r.y + 16 + big }, big ? names : g);
      t.textContent = r.name;
      if (big) t.style.fontSize = r.font + "px";
      (r.notes || []).forEach(function (line, i) {
        var n = el("text", { x: r.x + 8, y: r.y + (big ? 20 : 30) + 13 * i, "class": "note" }, g);
        n.textContent = line;
      });
    });
  }
  function drawLinks() {
    var layer = document.getElementById("links");
    links.forEach(function (l, i) {
      var a = nodes[l.s], b = nodes[l.t], type = data.types[l.type];
      var attrs = { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "class": "link", stroke: type.color,
        "stroke-width": type.style === "bold" ? 2.5 : 1.2 };
      if (dash[type.style]) attrs["stroke-dasharray"] = dash[type.style];
      l.el = el("line", attrs, layer);
      l.el.dataset.i = i;
    });
    (data.recommended || []).forEach(function (pair) {
      var a = nodes[pair[0]], b = nodes[pair[1]];
      var line = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "class": "link recommended" }, layer);
      var tip = el("title", {}, line);
      tip.textContent = T.recommended + ": " + a.name + " – " + b.name;
    });
  }
  function drawNodes() {
    var layer = document.getElementById("nodes");
    nodes.forEach(function (n, i) {
      var kind = data.kinds[n.kind];
      var g = el("g", { "class": "node" + (n.gap ? " gap" : "") + (n.roleModel ? " role-model" : ""),
        transform: "translate(" + n.x + "," + n.y + ")" }, layer);
      g.dataset.i = i;
      g.dataset.key = n.key;
      var points = shapePath(kind.shape, n.w, n.h);
      var attrs = { "class": "shape", fill: kind.fill };
      if (points) {
        attrs.points = points.map(function (p) { return p[0].toFixed(1) + "," + p[1].toFixed(1); }).join(" ");
        el("polygon", attrs, g);
      } else {
        attrs.rx = n.w / 2; attrs.ry = n.h / 2;
        el("ellipse", attrs, g);
      }
      var top = -(n.lines.length - 1) * 6 + 3;
      n.lines.forEach(function (line, j) {
        var t = el("text", { y: top + 12 * j, fill: kind.font }, g);
        t.textContent = line;
      });
      n.el = g;
    });
  }

  // ---- Pan and zoom ----
  function apply() {
    viewport.setAttribute("transform", "translate(" + view.x.toFixed(1) + "," + view.y.toFixed(1) + ") scale(" +
      view.k.toFixed(4) + ")");
    svg.classList.toggle("far", view.k < 0.45);
  }
  function fit(box) {
    var r = svg.getBoundingClientRect();
    var w = r.width || 1200, h = r.height || 700;
    if (!box) {
      // The drawing and every region box (boxes drawn after a layout can reach past it).
      var x0 = 0, y0 = 0, x1 = data.width, y1 = data.height;
      data.regions.forEach(function (r) {
        x0 = Math.min(x0, r.x); y0 = Math.min(y0, r.y); x1 = Math.max(x1, r.x + r.w); y1 = Math.max(y1, r.y + r.h);
      });
      box = { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
    }
    view.k = Math.min(w / (box.w + 40), h / (box.h + 40), 3);
    view.x = (w - box.w * view.k) / 2 - box.x * view.k;
    view.y = (h - box.h * view.k) / 2 - box.y * view.k;
    apply();
  }
  function zoomAt(factor, cx, cy) {
    var k = Math.max(0.02, Math.min(8, view.k * factor));
    view.x = cx - (cx - view.x) * (k / view.k);
    view.y = cy - (cy - view.y) * (k / view.k);
    view.k = k;
    apply();
  }
  function centre() { var r = svg.getBoundingClientRect(); return [r.width / 2, r.height / 2]; }
  svg.addEventListener("wheel", function (e) {
    e.preventDefault();
    var r = svg.getBoundingClientRect();
    zoomAt(Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top);
  }, { passive: false });
  var drag = null;
  svg.addEventListener("pointerdown", function (e) {
    drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, moved: false };
    svg.classList.add("dragging");
  });
  window.addEventListener("pointermove", function (e) {
    if (!drag) return;
    var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
    view.x = drag.vx + dx; view.y = drag.vy + dy;
    apply();
  });
  window.addEventListener("pointerup", function () { svg.classList.remove("dragging"); setTimeout(function () { drag = null; }); });
  document.getElementById("zoom-in").addEventListener("click", function () { var c = centre(); zoomAt(1.4, c[0], c[1]); });
  document.getElementById("zoom-out").addEventListener("click", function () { var c = centre(); zoomAt(1 / 1.4, c[0], c[1]); });
  document.getElementById("zoom-fit").addEventListener("click", function () { fit(); });

  // ---- Search: every word of the query must be in the name or key, or close to one of its
  // words (one typo in a short word, two in a longer one, transposed letters count as one) ----
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var prev2 = null, prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev.push(j);
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
        cur.push(d);
        if (d < best) best = d;
      }
      if (best > limit) return limit + 1;
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }
  nodes.forEach(function (n) {
    n.folded = fold(n.name + " " + n.key);
    n.words = n.folded.split(/[^a-z0-9]+/).filter(Boolean);
  });
  function score(words, n) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      if (n.folded.indexOf(w) >= 0) continue;
      var limit = w.length <= 3 ? 0 : w.length <= 6 ? 1 : 2, best = limit + 1;
      for (var j = 0; j < n.words.length && best > 0; j++) {
        var word = n.words[j];
        best = Math.min(best, distance(w, word, limit), distance(w, word.slice(0, w.length), limit));
      }
      if (best > limit) return -1;
      total += best;
    }
    return total;
  }
  function search(q) {
    var words = fold(q).split(/[^a-z0-9]+/).filter(Boolean);
    if (!words.length) return [];
    var found = [];
    nodes.forEach(function (n, i) {
      if (n.el.classList.contains("hidden")) return;
      var s = score(words, n);
      if (s >= 0) found.push({ i: i, s: s });
    });
    found.sort(function (a, b) { return a.s - b.s || nodes[a.i].name.localeCompare(nodes[b.i].name); });
    return found;
  }
  var input = document.getElementById("search"), results = document.getElementById("results");
  function showSearch() {
    results.textContent = "";
    nodes.forEach(function (n) { n.el.classList.remove("match"); });
    var found = state.q ? search(state.q) : [];
    svg.classList.toggle("searching", found.length > 0);
    document.body.dataset.matches = state.q ? found.length : "";
    if (state.q && !found.length) html("li", fill(T.noMatch, { q: state.q }), results, "note");
    found.forEach(function (f, rank) {
      var n = nodes[f.i];
      n.el.classList.add("match");
      if (rank >= 12) return;
      var li = html("li", n.name, results);
      if (f.s > 0) li.title = T.closeMatch;
      li.dataset.key = n.key;
      html("small", [data.kinds[n.kind].text, n.regency || n.province].filter(Boolean).join(" · "), li);
      li.addEventListener("mousedown", function (e) { e.preventDefault(); select(f.i, true); });
    });
  }
  input.addEventListener("input", function () { state.q = input.value.trim(); showSearch(); save(); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && results.firstChild && results.firstChild.dataset.key) {
      select(indexOfKey(results.firstChild.dataset.key), true);
    } else if (e.key === "Escape") { input.value = ""; state.q = ""; showSearch(); save(); }
  });
  function indexOfKey(key) {
    for (var i = 0; i < nodes.length; i++) if (nodes[i].key === key) return i;
    return -1;
  }

  // ---- Filters: kinds, province, relationship types, year ----
  var years = [];
  links.forEach(function (l) { if (l.since) years.push(l.since); if (l.until) years.push(l.until); });
  var firstYear = years.length ? Math.min.apply(null, years) : null;
  var lastYear = years.length ? Math.max.apply(null, years) : null;
  function filters() {
    var aside = document.getElementById("filters");
    html("p", T.help, aside).id = "help";
    html("p", "", aside).id = "shown";
    html("h2", T.kinds, aside);
    var counts = {};
    nodes.forEach(function (n) { counts[n.kind] = (counts[n.kind] || 0) + 1; });
    data.kinds.forEach(function (k, i) {
      if (!counts[i]) return;
      var label = html("label", null, aside);
      var box = html("input", null, label);
      box.type = "checkbox"; box.checked = state.kinds[k.kind] !== false; box.dataset.kind = k.kind;
      box.addEventListener("change", function () { state.kinds[k.kind] = box.checked; refresh(); });
      html("span", null, label, "swatch").style.background = k.fill;
      html("span", k.text, label);
      html("span", counts[i], label, "count");
    });
    var provinces = {};
    nodes.forEach(function (n) { if (n.province) provinces[n.province] = true; });
    var names = Object.keys(provinces).sort();
    if (names.length > 1) {
      html("h2", T.province, aside);
      var sel = html("select", null, aside);
      sel.id = "province";
      html("option", T.allProvinces, sel).value = "";
      names.forEach(function (p) { html("option", p, sel).value = p; });
      sel.value = state.province;
      sel.addEventListener("change", function () { state.province = sel.value; refresh(); });
    }
    html("h2", T.relationships, aside);
    data.types.forEach(function (t, i) {
      if (!links.some(function (l) { return l.type === i; })) return;
      var label = html("label", null, aside);
      var box = html("input", null, label);
      box.type = "checkbox"; box.checked = state.types[t.type] !== false; box.dataset.type = t.type;
      box.addEventListener("change", function () { state.types[t.type] = box.checked; refresh(); });
      var line = html("span", null, label, "line");
      line.style.borderTopColor = t.color;
      line.style.borderTopStyle = t.style === "dashed" || t.style === "dotted" ? t.style : "solid";
      html("span", t.text, label);
    });
    if (firstYear !== null) {
      html("h2", T.year, aside);
      var slider = html("input", null, aside);
      slider.type = "range"; slider.id = "year";
      slider.min = firstYear; slider.max = lastYear + 1;
      slider.value = state.year === null ? lastYear + 1 : state.year;
      var shown = html("p", "", aside);
      shown.id = "year-text";
      slider.addEventListener("input", function () {
        var v = +slider.value;
        state.year = v > lastYear ? null : v;
        refresh();
      });
    }
    if (data.recommended && data.recommended.length || data.regions.some(function (r) { return r.gap; }) ||
        nodes.some(function (n) { return n.gap; })) {
      html("h2", T.highlights, aside);
      var gap = html("label", null, aside);
      html("span", null, gap, "swatch").style.borderColor = "#D55E00";
      gap.firstChild.style.borderWidth = "3px";
      html("span", T.gap, gap);
      if (data.recommended && data.recommended.length) {
        var rec = html("label", null, aside);
        var l = html("span", null, rec, "line");
        l.style.borderTopColor = "#D55E00"; l.style.borderTopStyle = "dashed";
        html("span", T.recommended + " (" + data.recommended.length + ")", rec);
      }
    }
    (data.notes || []).forEach(function (note) { html("p", note, aside, "note"); });
  }
  function inYear(since, until) {
    if (state.year === null) return true;
    return !(since && since > state.year) && !(until && until < state.year);
  }
  function refresh() {
    var shown = 0;
    nodes.forEach(function (n) {
      var kind = data.kinds[n.kind].kind;
      n.visible = state.kinds[kind] !== false && (!state.province || n.province === state.province) &&
        inYear(n.since, null);
      n.el.classList.toggle("hidden", !n.visible);
      if (n.visible) shown++;
    });
    links.forEach(function (l) {
      var visible = nodes[l.s].visible && nodes[l.t].visible && state.types[data.types[l.type].type] !== false &&
        inYear(l.since, l.until);
      l.el.classList.toggle("hidden", !visible);
    });
    document.getElementById("shown").textContent = fill(T.shown, { shown: shown, total: nodes.length });
    document.body.dataset.shown = shown;
    var yearText = document.getElementById("year-text");
    if (yearText) yearText.textContent = state.year === null ? T.allYears : fill(T.inYear, { year: state.year });
    if (state.select !== null && !nodes[state.select].visible) select(null);
    showSearch();
    save();
  }

  // ---- Details and neighbours ----
  var details = document.getElementById("details");
  function select(i, zoom) {
    nodes.forEach(function (n) { n.el.classList.remove("selected", "near"); });
    links.forEach(function (l) { l.el.classList.remove("near"); });
    state.select = i === null || i < 0 ? null : i;
    svg.classList.toggle("focus", state.select !== null);
    details.hidden = state.select === null;
    save();
    if (state.select === null) return;
    var n = nodes[i];
    n.el.classList.add("selected", "near");
    var partners = [], others = [];
    links.forEach(function (l) {
      if (l.s !== i && l.t !== i || l.el.classList.contains("hidden")) return;
      var other = l.s === i ? l.t : l.s;
      l.el.classList.add("near");
      nodes[other].el.classList.add("near");
      (data.types[l.type].type === "PARTNERS_WITH" ? partners : others).push({ l: l, other: other });
    });
    details.textContent = "";
    var close = html("button", "×", details, "close");
    close.title = T.close;
    close.addEventListener("click", function () { select(null); });
    html("h3", (n.roleModel ? "★ " : "") + n.name, details);
    html("p", [data.kinds[n.kind].text, n.regency, n.province].filter(Boolean).join(" · "), details, "kind");
    if (n.gap || n.gapNotes) html("p", [T.gap].concat(n.gapNotes || []).join(": "), details, "gap");
    html("h4", T.properties, details);
    var table = html("table", null, details);
    [[T.key, n.key]].concat(n.props).forEach(function (p) {
      var tr = html("tr", null, table);
      html("td", p[0], tr); html("td", p[1], tr);
    });
    function list(title, items) {
      html("h4", title + " (" + items.length + ")", details);
      var ul = html("ul", null, details);
      if (!items.length) html("li", T.none, ul);
      items.forEach(function (item) {
        var li = html("li", null, ul), l = item.l, type = data.types[l.type];
        var words = [];
        if (type.type !== "PARTNERS_WITH") words.push(l.s === i ? type.text : "← " + type.text);
        li.appendChild(document.createTextNode(words.length ? words[0] + " " : ""));
        var a = html("a", nodes[item.other].name, li);
        a.addEventListener("click", function () { select(item.other, true); });
        var extra = l.props.map(function (p) { return p[1]; }).filter(Boolean);
        if (extra.length) li.appendChild(document.createTextNode(" (" + extra.join(", ") + ")"));
      });
    }
    list(T.partnerships, partners);
    list(T.otherLinks, others);
    if (zoom) {
      var k = Math.max(view.k, 1.2), r = svg.getBoundingClientRect();
      view.k = k; view.x = r.width / 2 - n.x * k; view.y = r.height / 2 - n.y * k;
      apply();
    }
  }
  svg.addEventListener("click", function (e) {
    if (drag && drag.moved) return;
    var g = e.target.closest ? e.target.closest(".node") : null;
    select(g ? +g.dataset.i : null);
  });

  // ---- The view in the address ----
  function save() {
    var parts = [];
    if (state.q) parts.push("q=" + encodeURIComponent(state.q));
    var off = function (map) { return Object.keys(map).filter(function (k) { return map[k] === false; }); };
    if (off(state.kinds).length) parts.push("hide-kinds=" + off(state.kinds).map(encodeURIComponent).join(","));
    if (off(state.types).length) parts.push("hide-types=" + off(state.types).map(encodeURIComponent).join(","));
    if (state.province) parts.push("province=" + encodeURIComponent(state.province));
    if (state.year !== null) parts.push("year=" + state.year);
    if (state.select !== null) parts.push("select=" + encodeURIComponent(nodes[state.select].key));
    try { history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname); } catch (e) { }
  }
  function load() {
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var eq = part.indexOf("="); if (eq < 0) return;
      var name = part.slice(0, eq), value = decodeURIComponent(part.slice(eq + 1));
      if (name === "q") state.q = value;
      if (name === "province") state.province = value;
      if (name === "year" && /^\d+$/.test(value)) state.year = +value;
      if (name === "hide-kinds") value.split(",").forEach(function (k) { state.kinds[k] = false; });
      if (name === "hide-types") value.split(",").forEach(function (k) { state.types[k] = false; });
      if (name === "select") state.select = indexOfKey(value);
    });
    if (state.select < 0) state.select = null;
    input.value = state.q;
  }

  load();
  drawRegions();
  drawLinks();
  drawNodes();
  filters();
  var chosen = state.select;
  refresh();
  fit();
  if (chosen !== null) select(chosen, true);
  window.addEventListener("resize", function () { fit(); });
  document.body.dataset.ready = "true";
  // For the opening-time benchmark (docs/performance.md): when the map is drawn and usable.
  if (window.performance && performance.mark) performance.mark("sinergi-ready");
})();
"""##

    /// The text of `Viewer/map.css`.
    static let style: String = ##"""
/* Sinergi's offline map: the page's layout and the look of the drawing. The colours of kinds and
   relationship types come from the data (the diagrams' colour-blind-safe palette). */
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; font: 14px/1.35 Helvetica, Arial, sans-serif; color: #222; }
body { display: grid; grid-template-columns: 300px 1fr; grid-template-rows: auto 1fr; height: 100vh; }
header { grid-column: 1 / 3; display: flex; align-items: center; gap: 16px; padding: 8px 14px;
  border-bottom: 1px solid #ccc; background: #f7f7f7; }
header h1 { font-size: 18px; margin: 0; flex: 1; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
#search-box { position: relative; width: 340px; }
#search { width: 100%; padding: 6px 8px; font-size: 14px; border: 1px solid #999; border-radius: 4px; }
#results { position: absolute; top: 100%; left: 0; right: 0; z-index: 5; margin: 2px 0 0; padding: 0;
  list-style: none; background: #fff; border: 1px solid #999; border-radius: 4px; max-height: 60vh; overflow: auto; }
#results:empty { display: none; }
#results li { padding: 5px 8px; cursor: pointer; }
#results li:hover, #results li.active { background: #e6f0fa; }
#results li small { color: #666; display: block; }
#results li.note { cursor: default; color: #555; font-style: italic; }
#zoom button { font-size: 15px; min-width: 32px; padding: 4px 8px; }
aside { overflow: auto; padding: 10px 12px; border-right: 1px solid #ccc; background: #fbfbfb; }
aside h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #555; margin: 14px 0 6px; }
aside label { display: flex; align-items: center; gap: 6px; padding: 2px 0; cursor: pointer; }
aside label .count { margin-left: auto; color: #777; font-size: 12px; }
aside select, aside input[type=range] { width: 100%; }
.swatch { width: 14px; height: 14px; border: 1px solid #333; flex: none; }
.line { width: 26px; height: 0; border-top: 3px solid #888; flex: none; }
#shown, #help { color: #555; font-size: 12px; }
main { position: relative; overflow: hidden; background: #fff; }
#map { width: 100%; height: 100%; display: block; cursor: grab; user-select: none; }
#map.dragging { cursor: grabbing; }
#details { position: absolute; top: 10px; right: 10px; width: 340px; max-height: calc(100% - 20px); overflow: auto;
  background: #fff; border: 1px solid #999; border-radius: 6px; padding: 10px 12px; box-shadow: 0 2px 8px #0003; }
#details[hidden] { display: none; }
#details h3 { margin: 0 24px 4px 0; font-size: 16px; }
#details .kind { color: #555; margin: 0 0 8px; }
#details table { border-collapse: collapse; width: 100%; font-size: 12px; }
#details td { border-top: 1px solid #eee; padding: 3px 4px; vertical-align: top; word-break: break-word; }
#details td:first-child { color: #666; width: 38%; }
#details ul { margin: 0; padding-left: 18px; font-size: 13px; }
#details a { color: #0072B2; cursor: pointer; text-decoration: underline; }
#details .close { position: absolute; top: 6px; right: 8px; border: none; background: none; font-size: 18px; cursor: pointer; }
#details .gap { color: #D55E00; font-weight: bold; }
/* The drawing. */
.region rect { fill: #EEEEEE; fill-opacity: .6; stroke: #999; stroke-dasharray: 4 3; }
.region.province > rect { fill: none; stroke: #666; stroke-dasharray: none; }
.region text { font-size: 13px; fill: #444; }
.region.gap > rect { stroke: #D55E00; stroke-width: 3; stroke-dasharray: none; }
.region.gap text.note { fill: #D55E00; font-size: 11px; }
#region-names text { fill: #333; font-weight: bold; paint-order: stroke; stroke: #fff; stroke-width: 5px;
  stroke-opacity: .8; pointer-events: none; }
.link { stroke-linecap: round; fill: none; }
.link.recommended { stroke: #D55E00; stroke-width: 3; stroke-dasharray: 8 5; }
.node { cursor: pointer; }
.node .shape { stroke: #333; stroke-width: 1; }
.node.gap .shape { stroke: #D55E00; stroke-width: 4; }
.node.role-model .shape { stroke-width: 2.5; }
.node text { font-size: 10px; text-anchor: middle; pointer-events: none; }
#map.far .node text, #map.far .region text.note { display: none; }
.hidden { display: none; }
.match .shape { stroke: #000; stroke-width: 4; }
#map.searching .node:not(.match), #map.searching .link { opacity: .2; }
#map.focus .node:not(.near), #map.focus .link:not(.near) { opacity: .15; }
.node.selected .shape { stroke: #000; stroke-width: 4; }
@media print { header input, #zoom, aside { display: none; } body { display: block; } }
"""##
}
