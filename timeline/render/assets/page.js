/* timeline page behaviour: draws the chart and makes search/filters act on both the
   chart and the list. No article text is ever parsed as HTML here: the list is
   server-rendered (escaped) and only read through textContent/dataset. */
(function () {
  "use strict";
  var script = document.currentScript;
  var root = script && script.closest ? script.closest("[data-timeline-root]") : null;
  if (!root || root.getAttribute("data-tl-init")) { return; }
  root.setAttribute("data-tl-init", "1");

  var chart = root.querySelector(".tl-chart");
  var figureBlock = root.querySelector("script.tl-figure");
  var figure = figureBlock ? JSON.parse(figureBlock.textContent) : null;
  var ARRAY_KEYS = ["x", "y", "customdata", "hovertext", "text"];
  var MARKER_KEYS = ["size", "symbol", "color", "opacity"];
  var originals = null;
  var ready = false;
  var pendingKeep = null;

  function copyPoints(trace) {
    var out = {};
    ARRAY_KEYS.forEach(function (k) { if (Array.isArray(trace[k])) { out[k] = trace[k]; } });
    if (trace.marker) {
      out.marker = {};
      MARKER_KEYS.forEach(function (k) { if (Array.isArray(trace.marker[k])) { out.marker[k] = trace.marker[k]; } });
      if (trace.marker.line) {
        out.line = {};
        ["color", "width"].forEach(function (k) {
          if (Array.isArray(trace.marker.line[k])) { out.line[k] = trace.marker.line[k]; }
        });
      }
    }
    return out;
  }

  function markReady() {
    ready = true;
    root.setAttribute("data-chart-ready", "1");
    if (!window.__timelineReady) { window.__timelineReady = performance.now(); }
    root.dispatchEvent(new CustomEvent("timeline:ready", { bubbles: true }));
    if (pendingKeep) { updateChart(pendingKeep); pendingKeep = null; }
  }

  function plot() {
    if (!chart || !figure) { return; }
    if (!window.Plotly) {
      chart.className += " tl-no-chart";
      chart.style.height = "auto";
      chart.textContent = "The chart needs plotly.js, which could not be loaded (offline page built with "
        + "--plotlyjs cdn?). Every event is listed below.";
      return;
    }
    window.Plotly.newPlot(chart, figure.data, figure.layout, figure.config || {}).then(function (gd) {
      originals = gd.data.map(copyPoints);
      gd.on("plotly_click", function (ev) {
        var point = ev && ev.points && ev.points[0];
        if (point && typeof point.customdata === "number") { reveal(point.customdata); }
      });
      markReady();
    });
  }

  function pick(arr, idx) {
    var out = new Array(idx.length);
    for (var k = 0; k < idx.length; k++) { out[k] = arr[idx[k]]; }
    return out;
  }

  function updateChart(keep) {
    if (!ready) { pendingKeep = keep; return; }
    var gd = chart;
    var densityX = [];
    var data = gd.data.map(function (trace, t) {
      var orig = originals[t];
      var role = trace.meta && trace.meta.role;
      var copy = Object.assign({}, trace);
      if (!orig.customdata || role === "density") { return copy; }
      var idx = [];
      var cd = orig.customdata;
      for (var k = 0; k < cd.length; k++) { if (keep === true || keep[cd[k]]) { idx.push(k); } }
      ARRAY_KEYS.forEach(function (key) { if (orig[key]) { copy[key] = pick(orig[key], idx); } });
      if (orig.marker) {
        copy.marker = Object.assign({}, trace.marker);
        Object.keys(orig.marker).forEach(function (key) { copy.marker[key] = pick(orig.marker[key], idx); });
        if (orig.line) {
          copy.marker.line = Object.assign({}, trace.marker.line);
          Object.keys(orig.line).forEach(function (key) { copy.marker.line[key] = pick(orig.line[key], idx); });
        }
      }
      if (role === "events") { densityX = densityX.concat(copy.x); }
      return copy;
    });
    data.forEach(function (trace) {
      if (trace.meta && trace.meta.role === "density") { trace.x = densityX; }
    });
    var layout = gd.layout;
    (layout.annotations || []).forEach(function (a) {
      if (typeof a.name === "string" && a.name.indexOf("ev-") === 0) {
        a.visible = keep === true || !!keep[+a.name.slice(3)];
      }
    });
    window.Plotly.react(gd, data, layout, figure.config || {});
  }

  function zoomTo(i) {
    if (!ready || !originals) { return; }
    var gd = chart;
    for (var t = 0; t < originals.length; t++) {
      var cd = originals[t].customdata;
      var role = gd.data[t].meta && gd.data[t].meta.role;
      if (!cd || role !== "events") { continue; }
      var k = cd.indexOf(i);
      if (k < 0) { continue; }
      var centre = new Date(originals[t].x[k].replace(" ", "T") + ":00Z").getTime();
      var range = gd.layout.xaxis.range.map(function (v) { return new Date(String(v).replace(" ", "T") + "Z").getTime(); });
      var width = Math.min(Math.max((range[1] - range[0]) / 8, 2 * 864e5), 120 * 864e5);
      var fmt = function (ms) { return new Date(ms).toISOString().slice(0, 16).replace("T", " "); };
      window.Plotly.relayout(gd, { "xaxis.range": [fmt(centre - width), fmt(centre + width)] });
      chart.scrollIntoView({ behavior: "smooth", block: "center" });
      return;
    }
  }

  function reveal(i) {
    var li = document.getElementById(root.id + "-ev-" + i);
    if (!li) { return; }
    if (li.hidden) { resetFilters(); }
    li.scrollIntoView({ behavior: "smooth", block: "center" });
    li.classList.remove("tl-flash");
    void li.offsetWidth;
    li.classList.add("tl-flash");
  }

  // ---- filters ----
  var search = root.querySelector(".tl-search");
  var sourceSel = root.querySelector(".tl-source");
  var actorSel = root.querySelector(".tl-actor");
  var statusSel = root.querySelector(".tl-status");
  var resetBtn = root.querySelector(".tl-reset");
  var countEl = root.querySelector(".tl-count");
  var noneEl = null;            // after the chart's script in the document: looked up once parsed
  var items = null;
  var groups = null;
  var totals = null;

  function eventIndex(li) {     // dated events have id="<root>-ev-<index in timeline.events>"
    return li.id ? +li.id.slice(li.id.lastIndexOf("-") + 1) : -1;
  }

  function index() {
    if (items) { return; }
    items = Array.prototype.map.call(root.querySelectorAll(".tl-event"), function (li) {
      return {
        el: li, i: eventIndex(li),
        src: " " + (li.getAttribute("data-src") || "") + " ", act: " " + (li.getAttribute("data-act") || "") + " ",
        status: li.getAttribute("data-status") || "", text: null
      };
    });
    groups = Array.prototype.slice.call(root.querySelectorAll(".tl-day"));
    noneEl = root.querySelector(".tl-none-match");
    totals = { dated: 0, all: items.length };
    items.forEach(function (it) { if (it.i >= 0) { totals.dated++; } });
  }

  var parsed = document.readyState !== "loading";
  var waiting = false;

  function apply() {
    // the list comes after this script: until it is parsed, remember the request
    if (!parsed) { waiting = true; return; }
    index();
    var terms = (search ? search.value : "").toLowerCase().split(/\s+/).filter(Boolean);
    var src = sourceSel ? sourceSel.value : "";
    var act = actorSel ? actorSel.value : "";
    var status = statusSel ? statusSel.value : "";
    var active = terms.length || src || act || status;
    var keep = active ? {} : true;
    var shown = 0, shownDated = 0;
    items.forEach(function (it) {
      var ok = (!src || it.src.indexOf(" " + src + " ") >= 0) && (!act || it.act.indexOf(" " + act + " ") >= 0)
        && (!status || it.status === status);
      if (ok && terms.length) {
        if (it.text === null) { it.text = it.el.textContent.toLowerCase(); }
        for (var k = 0; k < terms.length; k++) { if (it.text.indexOf(terms[k]) < 0) { ok = false; break; } }
      }
      if (it.el.hidden === ok) { it.el.hidden = !ok; }
      if (ok) { shown++; if (it.i >= 0) { shownDated++; if (keep !== true) { keep[it.i] = 1; } } }
    });
    groups.forEach(function (g) {
      var any = g.querySelector(".tl-event:not([hidden])") !== null;
      if (g.hidden === any) { g.hidden = !any; }
    });
    if (countEl) {
      countEl.textContent = active
        ? "Showing " + shown + " of " + totals.all + " events (" + shownDated + " on the chart)"
        : totals.all + " events";
    }
    if (noneEl) { noneEl.hidden = !(active && shown === 0); }
    if (resetBtn) { resetBtn.disabled = !active; }
    root.setAttribute("data-shown", String(shown));
    updateChart(keep);
  }

  function resetFilters() {
    if (search) { search.value = ""; }
    [sourceSel, actorSel, statusSel].forEach(function (s) { if (s) { s.value = ""; } });
    apply();
  }

  var timer = null;
  function later() {
    clearTimeout(timer);
    timer = setTimeout(apply, items && items.length > 2000 ? 180 : 60);
  }

  function wire() {
    if (search) { search.addEventListener("input", later); }
    [sourceSel, actorSel, statusSel].forEach(function (s) { if (s) { s.addEventListener("change", apply); } });
    if (resetBtn) { resetBtn.addEventListener("click", resetFilters); resetBtn.disabled = true; }
    root.addEventListener("click", function (ev) {
      var target = ev.target;
      if (target && target.classList && target.classList.contains("tl-date")) {
        var li = target.closest(".tl-event");
        if (li && eventIndex(li) >= 0) { zoomTo(eventIndex(li)); }
      }
    });
    // the browser may restore field values on reload
    if (search && search.value || sourceSel && sourceSel.value || actorSel && actorSel.value) { apply(); }
  }

  plot();
  wire();
  if (!parsed) {
    document.addEventListener("DOMContentLoaded", function () {
      parsed = true;
      if (waiting) { apply(); }
    });
  }
})();
