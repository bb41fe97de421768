"""Open an exported page in headless Chromium (playwright) with the network cut off.

Used by the browser tests, ``graphload bench html`` and the README screenshot.
Every request that is not ``file:``, ``data:`` or ``blob:`` is aborted and
recorded, so a page that tries to reach a CDN is caught, not silently served.
"""

from __future__ import annotations

import base64
import os
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync",
                 "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>"]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


@dataclass
class PageReport:
    """What happened while a page loaded: timing, counts and anything suspicious."""

    ready_seconds: float = 0.0
    ready_ms_in_page: float = 0.0
    nodes: int = 0
    edges: int = 0
    console_errors: list[str] = field(default_factory=list)
    console_messages: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    blocked_requests: list[str] = field(default_factory=list)


def find_chromium() -> str | None:
    """Path of a Chromium binary: ``$GRAPHLOAD_CHROMIUM``, Debian's, or one on PATH."""
    env = os.environ.get("GRAPHLOAD_CHROMIUM")
    if env and Path(env).exists():
        return env
    for path in CHROMIUM_CANDIDATES:
        if Path(path).exists():
            return path
    return shutil.which("chromium") or shutil.which("chromium-browser")


@contextmanager
def open_page(html_path: str | Path, *, width: int = 1280, height: int = 800, timeout_s: float = 30.0):
    """Yield ``(page, report)`` with ``html_path`` loaded and its first drawing done."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise ConfigError("the browser check needs playwright: pip install playwright "
                          "(no `playwright install` needed; it drives /usr/bin/chromium)") from None
    exe = find_chromium()
    if exe is None:
        raise ConfigError("no Chromium found: apt-get install chromium, or set GRAPHLOAD_CHROMIUM")
    report = PageReport()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": width, "height": height}, offline=True)
            context.route("**/*", lambda route: _route(route, report))
            page = context.new_page()
            _listen(page, report)
            started = time.perf_counter()
            page.goto(Path(html_path).resolve().as_uri(), wait_until="commit")
            page.wait_for_selector("body[data-graphload-ready]", state="attached", timeout=timeout_s * 1000)
            report.ready_seconds = time.perf_counter() - started
            report.ready_ms_in_page = float(page.evaluate("window.graphloadReadyMs"))
            counts = page.evaluate("[graphloadNetwork.body.data.nodes.length, graphloadNetwork.body.data.edges.length]")
            report.nodes, report.edges = int(counts[0]), int(counts[1])
            yield page, report
        finally:
            browser.close()


def _route(route, report: PageReport) -> None:
    """Let local URLs through; abort and record everything else."""
    url = route.request.url
    if url.startswith(LOCAL_SCHEMES):
        route.continue_()
    else:
        report.blocked_requests.append(url)
        route.abort()


def _listen(page, report: PageReport) -> None:
    """Record console output, uncaught errors, dialogs and non-local requests."""
    def on_console(msg) -> None:
        report.console_messages.append(f"{msg.type}: {msg.text}")
        if msg.type == "error":
            report.console_errors.append(msg.text)

    def on_dialog(dialog) -> None:
        report.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_request(request) -> None:
        if not request.url.startswith(LOCAL_SCHEMES) and request.url not in report.blocked_requests:
            report.blocked_requests.append(request.url)

    page.on("console", on_console)
    page.on("pageerror", lambda exc: report.page_errors.append(str(exc)))
    page.on("dialog", on_dialog)
    page.on("request", on_request)


def load(html_path: str | Path, png_path: str | Path | None = None, *, settle_ms: int = 500,
         timeout_s: float = 30.0) -> PageReport:
    """Load a page headless, optionally save a screenshot, and return the :class:`PageReport`."""
    with open_page(html_path, timeout_s=timeout_s) as (page, report):
        page.wait_for_timeout(settle_ms)
        if png_path is not None:
            Path(png_path).parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(png_path))
    return report


def screenshot(html_path: str | Path, png_path: str | Path, *, width: int = 1280, height: int = 800,
               settle_ms: int = 1500) -> Path:
    """Write a PNG of the page as drawn in headless Chromium (for docs/network.png)."""
    with open_page(html_path, width=width, height=height) as (page, _report):
        page.wait_for_timeout(settle_ms)
        Path(png_path).parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png_path))
    return Path(png_path)


PNG_STATS_JS = """async (src) => {
  const img = new Image();
  await new Promise((ok, bad) => { img.onload = ok; img.onerror = bad; img.src = src; });
  const c = document.createElement('canvas');
  c.width = img.width; c.height = img.height;
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const px = ctx.getImageData(0, 0, c.width, c.height).data;
  const colours = new Set();
  let nonWhite = 0;
  for (let i = 0; i < px.length; i += 4) {
    colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
    if (px[i] < 240 || px[i + 1] < 240 || px[i + 2] < 240) nonWhite++;
  }
  return {width: c.width, height: c.height, colours: colours.size, nonWhite: nonWhite / (px.length / 4)};
}"""


def png_stats(page, png_path: str | Path) -> dict:
    """Width, height, distinct colours and non-white share of a PNG, decoded by Chromium itself."""
    src = "data:image/png;base64," + base64.b64encode(Path(png_path).read_bytes()).decode("ascii")
    return page.evaluate(PNG_STATS_JS, src)
