/* timeline page behaviour: draws the chart, renders the list of events from the embedded data a
   page at a time, and makes search and filters act on both.
   Safety: article text only ever enters the page through textContent / createTextNode (never as
   HTML), links only from http(s) URLs, and plotly's hover text is escaped (&, <, >) first.
   Scale: 150,000 events are 150,000 records, not 150,000 list items: the list shows PAGE events
   at a time (more on scroll, or around an event picked on the chart), filters run over the data. */
(function () {
  "use strict";
  var script = document.currentScript;
  var root = script && script.closest ? script.closest("[data-timeline-root]") : null;
  if (!root || root.getAttribute("data-tl-init")) { return; }
  root.setAttribute("data-tl-init", "1");

  var PAGE = 150;               // events rendered per step of the list
  var AUTO_PAGES = 3;           // pages added by scrolling alone, so the sections below stay reachable
  var MANY_SOURCES = 4;         // an event with more sources shows 3 and a button for the rest
  var MANY_DOCS = 300;          // more documents than this: listed on request

  function readJSON(selector) {
    var block = root.querySelector(selector);
    return block ? JSON.parse(block.textContent) : null;
  }
  var data = readJSON("script.tl-data");
  var figure = readJSON("script.tl-figure");
  if (!data) { return; }
  var EV = data.events, S = data.strings, N = EV.length, DATED = data.dated;
  var chart = root.querySelector(".tl-chart");
  var detail = root.querySelector(".tl-detail");

  // ---- records: [group, headline, status, flags, date, why, corroboration, sources, actors?, conflict?, low?]
  // sources: [doc, sentence, trigger start, end, date words start, end, quote?, speaker?, differs?]
  function opt(arr, i, fallback) { var v = arr[i]; return v === undefined ? fallback : v; }
  function str(i) { return i >= 0 ? S[i] : ""; }
  function num(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ","); }
  function plural(n, word) { return num(n) + " " + word + (n === 1 ? "" : "s"); }
  function status(k) { return data.statuses[EV[k][2]] || ["occurred", "Occurred"]; }
  function inferred(k) { return (EV[k][3] & 1) === 1; }
  function onChart(k) { return k < DATED && EV[k][0] >= 0; }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function button(cls, text, onClick) {
    var b = el("button", cls, text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  // ---- one event, as a list item (also shown in the detail panel)

  function marked(parent, text, marks) {
    var spans = [];
    if (marks[0] >= 0) { spans.push([marks[0], marks[1], ""]); }
    if (marks[2] >= 0) { spans.push([marks[2], marks[3], "tx"]); }
    spans.sort(function (a, b) { return a[0] - b[0]; });
    var at = 0;
    spans.forEach(function (m) {
      if (m[0] < at || m[1] > text.length) { return; }
      parent.appendChild(document.createTextNode(text.slice(at, m[0])));
      parent.appendChild(el("mark", m[2] || null, text.slice(m[0], m[1])));
      at = m[1];
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function safeHref(url) { return /^https?:\/\//i.test(url || "") ? url : ""; }

  function cite(doc, differs) {
    var d = data.docs[doc] || ["unknown document"];
    var c = el("cite");
    var title = opt(d, 1, ""), href = safeHref(opt(d, 2, "")), published = opt(d, 3, -1), path = opt(d, 4, -1);
    var text = title ? d[0] + " — " + title : d[0];
    if (href) {
      var a = el("a", null, text);
      a.href = href;
      a.rel = "noopener nofollow";
      a.target = "_blank";
      c.appendChild(a);
    } else {
      c.appendChild(document.createTextNode(text));
    }
    if (published >= 0) {
      c.appendChild(document.createTextNode(" · published " + S[published]));
    } else if (path >= 0 && !href) {
      c.appendChild(document.createTextNode(" · "));
      c.appendChild(el("code", null, S[path]));
    }
    if (differs >= 0) {
      c.appendChild(document.createTextNode(" · "));
      c.appendChild(el("span", "tl-differs", "this source dates it " + S[differs]));
    }
    return c;
  }

  function sourceItem(s) {
    var li = el("li");
    var quote = el("blockquote");
    marked(quote, s[1], [opt(s, 2, -1), opt(s, 3, -1), opt(s, 4, -1), opt(s, 5, -1)]);
    li.appendChild(quote);
    var said = opt(s, 6, ""), speaker = opt(s, 7, "");
    if (said) {
      li.appendChild(el("div", "tl-said", (speaker ? speaker + ": " : "") + "“" + said + "”"));
    } else if (speaker) {
      li.appendChild(el("div", "tl-said", "according to " + speaker));
    }
    li.appendChild(cite(s[0], opt(s, 8, -1)));
    return li;
  }

  function card(k, withId) {
    var e = EV[k], st = status(k);
    var li = el("li", "tl-event");
    if (withId && onChart(k)) { li.id = root.id + "-ev-" + k; }
    li.setAttribute("data-index", String(k));
    li.setAttribute("data-status", st[0]);
    if (inferred(k)) { li.setAttribute("data-inferred", "1"); }
    if (e[4] >= 0) {
      var when = el("div", "tl-when");
      var date = el(onChart(k) ? "button" : "span", "tl-date", S[e[4]]);
      if (onChart(k)) {
        date.type = "button";
        date.title = "Show on the chart";
      }
      when.appendChild(date);
      var why = str(e[5]);
      if (inferred(k)) {
        when.appendChild(el("span", "tl-tag", "no date in the sentence"));
        why = why.replace(/^no date in the (sentence|text): /, "");
      }
      if (why) { when.appendChild(el("i", null, why)); }
      li.appendChild(when);
    }
    li.appendChild(el("h4", "tl-headline", e[1] || "(no headline)"));
    var meta = el("p", "tl-meta");
    meta.appendChild(el("span", "tl-badge", st[1]));
    var actors = opt(e, 8, []);
    if (actors.length) {
      meta.appendChild(el("span", null, actors.map(function (a) { return data.actors[a][0]; }).join(", ")));
    }
    meta.appendChild(el("span", null, plural(e[6], "source")));
    var low = opt(e, 10, 0);
    if (low) { meta.appendChild(el("span", null, "low confidence (" + (low / 100).toFixed(2) + ")")); }
    li.appendChild(meta);
    var conflict = opt(e, 9, -1);
    if (conflict >= 0) { li.appendChild(el("p", "tl-conflict", "Sources disagree on the date: " + S[conflict])); }
    var list = el("ul", "tl-sources");
    var sources = e[7];
    var first = sources.length > MANY_SOURCES ? 3 : sources.length;
    for (var i = 0; i < first; i++) { list.appendChild(sourceItem(sources[i])); }
    li.appendChild(list);
    if (sources.length > first) {
      var more = button("tl-more", "Show all " + num(sources.length) + " sources", function () {
        for (var j = first; j < sources.length; j++) { list.appendChild(sourceItem(sources[j])); }
        more.remove();
      });
      li.appendChild(more);
    }
    return li;
  }

  // ---- the list: a window [lo, hi) over the events that pass the filters

  function ListView(body, dated) {
    this.body = body;
    this.dated = dated;
    this.items = [];
    this.lo = 0;
    this.hi = 0;
  }

  ListView.prototype.setItems = function (items) {
    this.items = items;
    this.lo = 0;
    this.hi = Math.min(items.length, PAGE);
    this.render();
  };

  ListView.prototype.render = function () {
    var view = this;
    if (!view.body) { return; }
    view.auto = 0;
    view.body.textContent = "";
    view.group = null;
    view.ol = null;
    if (view.lo > 0) {
      view.body.appendChild(button("tl-more tl-earlier", view.lo <= PAGE ? "Show the first " + plural(view.lo, "event")
        : "Show " + num(PAGE) + " earlier events (" + num(view.lo) + " before these)", function () { view.earlier(); }));
    }
    view.win = el("div", "tl-window");
    view.body.appendChild(view.win);
    view.append(view.lo, view.hi);
    view.tail = null;
    view.footer();
  };

  ListView.prototype.footer = function () {
    var view = this;
    if (view.tail) { view.tail.remove(); view.tail = null; }
    var left = view.items.length - view.hi;
    if (left <= 0) { return; }
    view.tail = button("tl-more tl-later", left <= PAGE ? "Show the last " + plural(left, "event")
      : "Show " + num(PAGE) + " more events (" + num(left) + " after these)", function () { view.auto = 0; view.later(); });
    view.tail.tlView = view;
    view.body.appendChild(view.tail);
    if (observer && view.auto < AUTO_PAGES) { observer.observe(view.tail); }
  };

  ListView.prototype.append = function (from, to) {
    for (var p = from; p < to; p++) {
      var k = this.items[p], g = EV[k][0];
      if (!this.ol || (this.dated && g !== this.group)) {
        var section = el("section", "tl-day");
        if (this.dated && g >= 0) {
          var heading = data.groups[g];
          var h = el("h3", "tl-day-h");
          if (heading[1]) {
            var time = el("time", null, heading[0]);
            time.setAttribute("datetime", heading[1]);
            h.appendChild(time);
          } else {
            h.appendChild(document.createTextNode(heading[0]));
          }
          if (heading[2]) { h.appendChild(el("span", "tl-span-note", heading[2])); }
          section.appendChild(h);
        }
        this.ol = el("ol", "tl-events");
        section.appendChild(this.ol);
        this.win.appendChild(section);
        this.group = g;
      }
      this.ol.appendChild(card(k, true));
    }
  };

  ListView.prototype.later = function () {
    var to = Math.min(this.items.length, this.hi + PAGE);
    this.append(this.hi, to);
    this.hi = to;
    this.footer();
  };

  ListView.prototype.earlier = function () {
    // keep the first event shown where it is on the screen while earlier ones appear above it
    var anchor = this.win.querySelector(".tl-event");
    var k = anchor ? anchor.getAttribute("data-index") : null;
    var before = anchor ? anchor.getBoundingClientRect().top : 0;
    this.lo = Math.max(0, this.lo - PAGE);
    this.render();
    var again = k === null ? null : this.win.querySelector('.tl-event[data-index="' + k + '"]');
    if (again) { window.scrollBy(0, again.getBoundingClientRect().top - before); }
  };

  ListView.prototype.showFrom = function (pos) {
    this.lo = Math.max(0, Math.min(pos, this.items.length - 1));
    this.hi = Math.min(this.items.length, this.lo + PAGE);
    this.render();
    return this.win.querySelector(".tl-event");
  };

  ListView.prototype.show = function (k) {
    var pos = this.items.indexOf(k);
    if (pos < 0) { return null; }
    if (pos < this.lo || pos >= this.hi) {
      // start at the event's day heading (at most 20 events before it) so it is read in context
      var lo = pos, g = EV[k][0];
      while (lo > 0 && pos - lo < 20 && EV[this.items[lo - 1]][0] === g) { lo--; }
      this.lo = lo;
      this.hi = Math.min(this.items.length, Math.max(lo + PAGE, pos + 1));
      this.render();
    }
    return this.win.querySelector('.tl-event[data-index="' + k + '"]');
  };

  // reading on past the end of the list adds the next page by itself, a few times; then it takes a click.
  // Not after a jump (a link to the documents below, scrollIntoView): the page would grow under the reader.
  var lastY = window.scrollY, lastStep = 0;
  window.addEventListener("scroll", function () {
    lastStep = Math.abs(window.scrollY - lastY);
    lastY = window.scrollY;
  }, { passive: true });
  var observer = window.IntersectionObserver ? new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      var view = entry.target.tlView;
      if (entry.isIntersecting && entry.boundingClientRect.top > window.innerHeight / 2
          && lastStep < window.innerHeight && entry.target.isConnected && view && entry.target === view.tail) {
        observer.unobserve(entry.target);
        view.auto++;
        view.later();
      }
    });
  }, { rootMargin: "0px 0px 600px 0px" }) : null;

  // list order: by group (numbered in list order), then by index; events without a date at the end
  var orderDated = [], orderUndated = [];
  (function () {
    var starts = new Int32Array(data.groups.length + 1), k, g;
    for (k = 0; k < N; k++) {
      g = EV[k][0];
      if (g >= 0 && k < DATED) { starts[g + 1]++; } else { orderUndated.push(k); }
    }
    for (g = 1; g < starts.length; g++) { starts[g] += starts[g - 1]; }
    orderDated = new Array(starts[starts.length - 1]);
    for (k = 0; k < N; k++) {
      g = EV[k][0];
      if (g >= 0 && k < DATED) { orderDated[starts[g]++] = k; }
    }
  })();

  var datedView = new ListView(root.querySelector('.tl-list-body[data-list="dated"]'), true);
  var undatedView = new ListView(root.querySelector('.tl-list-body[data-list="undated"]'), false);

  function viewOf(k) { return onChart(k) ? datedView : undatedView; }

  function reveal(k) {
    var li = viewOf(k).show(k);
    if (!li) {
      resetFilters();
      li = viewOf(k).show(k);
    }
    if (!li) { return; }
    li.scrollIntoView({ behavior: "smooth", block: "center" });
    li.classList.remove("tl-flash");
    void li.offsetWidth;
    li.classList.add("tl-flash");
  }

  // ---- the detail panel under the chart (a click on a point)

  function showDetail(k) {
    if (!detail) { reveal(k); return; }
    detail.textContent = "";
    var bar = el("div", "tl-detail-bar");
    bar.appendChild(el("span", "tl-detail-h", "Selected on the chart"));
    bar.appendChild(button("tl-detail-go", "Show in the list", function () { reveal(k); }));
    var close = button("tl-detail-close", "×", function () { detail.hidden = true; });
    close.setAttribute("aria-label", "Close the details");
    bar.appendChild(close);
    detail.appendChild(bar);
    var ol = el("ol", "tl-events");
    ol.appendChild(card(k, false));
    detail.appendChild(ol);
    detail.hidden = false;
    detail.setAttribute("data-index", String(k));
    var box = detail.getBoundingClientRect();
    if (box.bottom > window.innerHeight) {
      window.scrollBy({ top: Math.min(box.bottom - window.innerHeight + 16, Math.max(box.top - 80, 0)),
                        behavior: "smooth" });
    }
  }

  // ---- the list follows the chart: after a zoom, one click lists the events from the view's start

  var viewBar = root.querySelector(".tl-view");
  var viewStart = null;

  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dayOf(value) { return String(value).slice(0, 10); }
  function readable(iso) {
    var parts = iso.split("-");
    return +parts[2] + " " + MONTHS[+parts[1] - 1] + " " + (+parts[0]);
  }

  // plotly date strings ('2022-02-15', '2022-02-15 12:00', '2022-02-15 12:00:30.5') as UTC milliseconds
  function ms(value) {
    var m = String(value).match(/^(-?\d+)-(\d+)-(\d+)(?:[ T](\d+):(\d+)(?::(\d+(?:\.\d+)?))?)?/);
    if (!m) { return NaN; }
    var d = new Date(0);
    d.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);     // not Date.UTC: it reads years 0-99 as 1900-1999
    d.setUTCHours(+(m[4] || 0), +(m[5] || 0), 0, 0);
    return d.getTime() + 1000 * (+(m[6] || 0));
  }

  function iso(t) { return new Date(t).toISOString().slice(0, 16).replace("T", " "); }

  // the density strip's bars stay about 1/120 of the view wide as the reader zooms
  function rebin(range) {
    var t = -1;
    chart.data.forEach(function (trace, k) { if (trace.meta && trace.meta.role === "density") { t = k; } });
    if (t < 0 || !chart.data[t].xbins) { return; }
    var lo = ms(range[0]), hi = ms(range[1]), size = chart.data[t].xbins.size;
    var want = Math.max((hi - lo) / 120, 60000);
    if (!(want > 0) || (want / size < 3 && size / want < 3)) { return; }
    window.Plotly.restyle(chart, { xbins: { start: iso(lo - 2 * (hi - lo)), end: iso(hi + 2 * (hi - lo)),
                                            size: Math.round(want) } }, [t]);
  }

  function onRelayout() {
    if (!viewBar || !chart.layout || !chart.layout.xaxis) { return; }
    var range = chart.layout.xaxis.range;
    var full = figure.layout.meta && figure.layout.meta.full_range;
    if (!range) { return; }
    rebin(range);
    viewStart = dayOf(range[0]);
    viewBar.querySelector(".tl-view-range").textContent = "The chart shows " + readable(dayOf(range[0])) + " to "
      + readable(dayOf(range[1])) + ".";
    viewBar.hidden = !!(full && dayOf(full[0]) === viewStart && dayOf(full[1]) === dayOf(range[1]));
  }

  function listFromView() {
    if (viewStart === null) { return; }
    var items = datedView.items, lo = 0, hi = items.length;
    while (lo < hi) {            // items are in date order: the first one on or after the view's start
      var mid = (lo + hi) >> 1;
      if (data.groups[EV[items[mid]][0]][3] < viewStart) { lo = mid + 1; } else { hi = mid; }
    }
    var first = datedView.showFrom(lo);
    if (first) { first.scrollIntoView({ behavior: "smooth", block: "start" }); }
  }

  // ---- the chart

  var ARRAY_KEYS = ["x", "y", "customdata", "hovertext", "text"];
  var MARKER_KEYS = ["size", "symbol", "color", "opacity"];
  var originals = null;
  var ready = false;
  var pendingKeep = null;

  function escPlotly(text) { return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }

  function truncate(text, limit) {
    if (text.length <= limit) { return text; }
    var cut = text.slice(0, limit - 1), space = cut.lastIndexOf(" ");
    if (space > limit * 0.6) { cut = cut.slice(0, space); }
    return cut.replace(/[ ,;:.\-]+$/, "") + "…";
  }

  function wrap(text, width) {
    var lines = [], line = "";
    text.split(" ").forEach(function (word) {
      if (!word) { return; }
      if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; } else {
        line = line ? line + " " + word : word;
      }
    });
    if (line) { lines.push(line); }
    return lines;
  }

  // the dense chart's hover (figure.short_hover builds the same for plotly users): short, details on click
  function hoverText(k) {
    var e = EV[k];
    var head = e[1] ? wrap(truncate(e[1], 110), 60).slice(0, 2).map(escPlotly).join("<br>") : "(no headline)";
    return "<b>" + head + "</b><br>" + escPlotly(str(e[4])) + (inferred(k) ? " · <i>no date in the sentence</i>" : "")
      + "<br>" + plural(e[6], "source") + " · " + escPlotly(status(k)[1]) + "<br><i>click for sources and quotes</i>";
  }

  function prepareFigure() {
    var density = [];
    figure.data.forEach(function (trace) {
      var meta = trace.meta || {};
      if (meta.hover === "data") { trace.hovertext = trace.customdata.map(hoverText); }
      if (meta.role === "events") { density.push(trace.x); }
    });
    figure.data.forEach(function (trace) {
      if (trace.meta && trace.meta.fill === "events") { trace.x = [].concat.apply([], density); }
    });
  }

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
    prepareFigure();
    window.Plotly.newPlot(chart, figure.data, figure.layout, figure.config || {}).then(function (gd) {
      originals = gd.data.map(copyPoints);
      gd.on("plotly_relayout", onRelayout);
      gd.on("plotly_click", function (ev) {
        var point = ev && ev.points && ev.points[0];
        if (point && typeof point.customdata === "number") { showDetail(point.customdata); }
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
    if (!chart || !figure) { return; }
    if (!ready) { pendingKeep = keep; return; }
    var gd = chart;
    var densityX = [];
    var traces = gd.data.map(function (trace, t) {
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
      if (role === "events") { densityX.push(copy.x); }
      return copy;
    });
    traces.forEach(function (trace) {
      if (trace.meta && trace.meta.role === "density") { trace.x = [].concat.apply([], densityX); }
    });
    var layout = gd.layout;
    (layout.annotations || []).forEach(function (a) {
      if (typeof a.name === "string" && a.name.indexOf("ev-") === 0) {
        a.visible = keep === true || !!keep[+a.name.slice(3)];
      }
    });
    window.Plotly.react(gd, traces, layout, figure.config || {});
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
      var centre = ms(originals[t].x[k]);
      var range = gd.layout.xaxis.range.map(ms);
      var width = Math.min(Math.max((range[1] - range[0]) / 8, 2 * 864e5), 120 * 864e5);
      window.Plotly.relayout(gd, { "xaxis.range": [iso(centre - width), iso(centre + width)] });
      chart.scrollIntoView({ behavior: "smooth", block: "center" });
      showDetail(i);
      return;
    }
  }

  // ---- search and filters, over the data

  var search = root.querySelector(".tl-search");
  var sourceSel = root.querySelector(".tl-source");
  var actorSel = root.querySelector(".tl-actor");
  var statusSel = root.querySelector(".tl-status");
  var resetBtn = root.querySelector(".tl-reset");
  var countEl = root.querySelector(".tl-count");
  var noneEl = root.querySelector(".tl-none-match");
  var texts = null;             // lower-case searchable text per event, built on the first search

  function docKey(doc) { var d = data.docs[doc]; return d ? opt(d, 6, -1) : -1; }

  function searchable(k) {
    var e = EV[k], parts = [e[1], str(e[4]), str(e[5]), status(k)[1]];
    opt(e, 8, []).forEach(function (a) { parts.push(data.actors[a][0]); });
    e[7].forEach(function (s) {
      var d = data.docs[s[0]] || [""];
      parts.push(s[1], opt(s, 6, ""), opt(s, 7, ""), d[0], opt(d, 1, ""));
    });
    return parts.join("\n").toLowerCase();
  }

  function passes(k, q) {
    var e = EV[k];
    if (q.status && status(k)[0] !== q.status) { return false; }
    if (q.actor >= 0 && opt(e, 8, []).indexOf(q.actor) < 0) { return false; }
    if (q.source >= 0) {
      var found = false;
      for (var s = 0; s < e[7].length && !found; s++) { found = docKey(e[7][s][0]) === q.source; }
      if (!found) { return false; }
    }
    if (q.terms.length) {
      if (!texts) { texts = new Array(N); }
      var text = texts[k] || (texts[k] = searchable(k));
      for (var t = 0; t < q.terms.length; t++) { if (text.indexOf(q.terms[t]) < 0) { return false; } }
    }
    return true;
  }

  function apply() {
    var q = {
      terms: (search ? search.value : "").toLowerCase().split(/\s+/).filter(Boolean),
      source: sourceSel && sourceSel.value !== "" ? +sourceSel.value : -1,
      actor: actorSel && actorSel.value !== "" ? +actorSel.value : -1,
      status: statusSel ? statusSel.value : ""
    };
    var active = q.terms.length || q.source >= 0 || q.actor >= 0 || q.status;
    var keep = active ? new Uint8Array(N) : true;
    var dated = active ? orderDated.filter(function (k) { return passes(k, q); }) : orderDated;
    var undated = active ? orderUndated.filter(function (k) { return passes(k, q); }) : orderUndated;
    if (active) { dated.forEach(function (k) { keep[k] = 1; }); }
    datedView.setItems(dated);
    undatedView.setItems(undated);
    var shown = dated.length + undated.length;
    if (countEl) {
      countEl.textContent = active
        ? "Showing " + num(shown) + " of " + num(N) + " events (" + num(dated.length) + " on the chart)"
        : num(N) + " events";
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
    timer = setTimeout(apply, N > 20000 ? 250 : N > 2000 ? 150 : 60);
  }

  // ---- the documents section

  function docsSection() {
    var body = root.querySelector(".tl-docs-body");
    if (!body) { return; }
    function fill() {
      var ul = el("ul");
      data.docs.forEach(function (d, i) {
        var li = el("li");
        var c = cite(i, -1);
        while (c.firstChild) { li.appendChild(c.firstChild); }
        var path = opt(d, 4, -1), published = opt(d, 3, -1), how = opt(d, 5, -1);
        if (path >= 0) {
          li.appendChild(document.createTextNode(" · "));
          li.appendChild(el("code", null, S[path]));
        }
        if (published < 0) {
          li.appendChild(document.createTextNode(" · "));
          li.appendChild(el("b", null, "no publication date"));
        } else if (how >= 0) {
          li.appendChild(document.createTextNode(" (date from " + S[how] + ")"));
        }
        li.appendChild(document.createTextNode(" · " + plural(opt(d, 7, 0), "event mention")));
        ul.appendChild(li);
      });
      body.textContent = "";
      body.appendChild(ul);
    }
    if (data.docs.length <= MANY_DOCS) { fill(); } else {
      body.appendChild(button("tl-more", "List the " + num(data.docs.length) + " documents", fill));
    }
  }

  function wire() {
    if (search) { search.addEventListener("input", later); }
    [sourceSel, actorSel, statusSel].forEach(function (s) { if (s) { s.addEventListener("change", apply); } });
    if (resetBtn) { resetBtn.addEventListener("click", resetFilters); resetBtn.disabled = true; }
    var viewButton = root.querySelector(".tl-view-list");
    if (viewButton) { viewButton.addEventListener("click", listFromView); }
    root.addEventListener("click", function (ev) {
      var target = ev.target;
      if (target && target.classList && target.classList.contains("tl-date") && target.tagName === "BUTTON") {
        var li = target.closest(".tl-event");
        var k = li ? +li.getAttribute("data-index") : -1;
        if (k >= 0 && onChart(k)) { zoomTo(k); }
      }
    });
    root.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && detail && !detail.hidden) { detail.hidden = true; }
    });
  }

  datedView.setItems(orderDated);
  undatedView.setItems(orderUndated);
  docsSection();
  wire();
  root.setAttribute("data-list-ready", "1");
  plot();
  // the browser may restore field values on reload
  if (search && search.value || sourceSel && sourceSel.value || actorSel && actorSel.value
      || statusSel && statusSel.value) { apply(); }
})();
