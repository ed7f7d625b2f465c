"""Driving a generated page in Playwright: load it, read the chart's state, hover points."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

READY = "[data-chart-ready]"

# Points currently drawn per role, read from plotly's own data (gl traces have no DOM per point).
JS_POINTS = """() => {
  const gd = document.querySelector('.tl-chart');
  const out = {};
  gd.data.forEach(t => {
    const role = (t.meta && t.meta.role) || 'other';
    const n = role === 'density' ? t.x.length : (t.customdata || []).filter((c, i) => t.x[i] !== null).length;
    out[role] = (out[role] || 0) + n;
  });
  out.traceTypes = gd.data.map(t => t.type || 'scatter');
  out.svgPoints = gd.querySelectorAll('.scatterlayer .trace .points path').length;
  return out;
}"""

# Screen position of the first marker of an event (by index in timeline.events).
JS_POINT_POSITION = """(index) => {
  const gd = document.querySelector('.tl-chart');
  const fl = gd._fullLayout, xa = fl.xaxis, ya = fl.yaxis;
  for (const t of gd.data) {
    if (!t.meta || t.meta.role !== 'events') continue;
    const k = t.customdata.indexOf(index);
    if (k < 0) continue;
    const box = gd.getBoundingClientRect();
    return [box.left + xa._offset + xa.l2p(xa.d2l(t.x[k])), box.top + ya._offset + ya.l2p(t.y[k])];
  }
  return null;
}"""


@dataclass
class LoadedPage:
    page: object
    console: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    requests: list = field(default_factory=list)

    def console_errors(self) -> list[str]:
        return [text for kind, text in self.console if kind == "error"] + self.errors

    def points(self) -> dict:
        return self.page.evaluate(JS_POINTS)

    def hover_event(self, index: int) -> str:
        """Move the mouse onto an event's marker and return the hover label's text."""
        self.page.evaluate("document.querySelector('.tl-chart').scrollIntoView()")
        position = self.page.evaluate(JS_POINT_POSITION, index)
        assert position is not None, f"event {index} is not drawn"
        self.page.mouse.move(position[0] + 40, position[1] + 40)
        self.page.mouse.move(*position)
        self.page.wait_for_selector(".hoverlayer .hovertext", timeout=5000)
        return self.page.evaluate(
            "() => { const el = document.querySelector('.hoverlayer .hovertext'); const lines = "
            "[...el.querySelectorAll('tspan.line')]; return lines.length ? lines.map(t => t.textContent)"
            ".join(' ') : el.textContent; }")


def open_page(browser, path: Path, *, block_network: bool = True, wait_ready: bool = True,
              viewport=(1300, 1000)) -> LoadedPage:
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    page = context.new_page()
    loaded = LoadedPage(page)
    page.on("console", lambda m: loaded.console.append((m.type, m.text)))
    page.on("pageerror", lambda e: loaded.errors.append(str(e)))
    page.on("request", lambda r: loaded.requests.append(r.url))
    if block_network:
        # offline: anything that is not the file itself (or data/blob) would fail
        page.route("http*://**/*", lambda route: route.abort())
    page.goto(Path(path).resolve().as_uri())
    if wait_ready:
        page.wait_for_selector(READY, state="attached", timeout=30000)
    return loaded


def wait_until(page, condition: str, arg=None, timeout: int = 10000) -> None:
    """Wait for a JS condition (may use `arg`). A function, not a string to eval: the page's CSP forbids eval."""
    page.wait_for_function(f"(arg) => {{ return ({condition}); }}", arg=arg, timeout=timeout)


CHART_EVENT_COUNT = ("document.querySelector('.tl-chart').data.filter(t => t.meta && t.meta.role === 'events')"
                     ".reduce((n, t) => n + t.x.length, 0)")


def wait_chart_events(page, count: int) -> None:
    wait_until(page, f"{CHART_EVENT_COUNT} === arg", count)
