"""Fixtures for the view tests: a headless Chromium driven by Playwright's sync API.

The browser tests need the Debian package ``chromium`` (``/usr/bin/chromium``) and
the pip package ``playwright`` (its Python client only: never ``playwright
install``, which downloads a browser).  When either is missing the browser tests
are skipped with the reason, unless ``KG_STRICT=1`` is set (CI sets it): then they
fail.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ARTIFACTS = HERE / "artifacts"
CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]

for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)


def _chromium() -> str | None:
    if Path(CHROMIUM).exists():
        return CHROMIUM
    if "KG_CHROMIUM" not in os.environ:
        return shutil.which("chromium")
    return None


def browser_missing_reason() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the pip package 'playwright' is not installed (pip install playwright)"
    if not _chromium():
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    return None


def _skip_or_fail(reason: str):
    if os.environ.get("KG_STRICT") == "1":
        pytest.fail(f"KG_STRICT=1 and browser tests cannot run: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    reason = browser_missing_reason()
    if reason:
        _skip_or_fail(reason)
    from playwright.sync_api import sync_playwright

    exe = _chromium()
    with sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        except Exception as exc:  # pragma: no cover - depends on the machine
            _skip_or_fail(f"Chromium at {exe} did not start: {exc}")
        try:
            yield b
        finally:
            b.close()


class ViewPage:
    """A Playwright page that records everything that could go wrong while loading."""

    def __init__(self, page):
        self.page = page
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.failed_requests: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.page_errors.append(str(e)))
        page.on("requestfailed", lambda r: self.failed_requests.append(f"{r.url} {r.failure}"))
        page.on("request", lambda r: self.requests.append(r.url))

        def on_dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)
        # Anything hostile that runs would call one of these.
        page.add_init_script(
            "window.__kgFired = [];"
            "window.alert = function (m) { window.__kgFired.push('alert:' + m); };"
            "window.confirm = window.prompt = window.alert;"
            "window.addEventListener('error', function (e) {"
            "  if (e.target && e.target.tagName) window.__kgFired.push('error-event:' + e.target.tagName);"
            "}, true);"
        )

    def open(self, path: Path, timeout: float = 60_000):
        self.page.goto(Path(path).resolve().as_uri())
        self.page.wait_for_function("window.kgReady === true", timeout=timeout)
        return self

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg) if arg is not None else self.page.evaluate(expr)

    def settle(self, timeout: float = 5_000):
        """Wait until no view animation (search focus) is running."""
        self.page.wait_for_function("window.kgAnimating === false", timeout=timeout)

    def node_screen_point(self, node_id: str) -> tuple[float, float]:
        """Page coordinates of a node's centre (call settle() first after a search)."""
        p = self.js("""id => {
            const pos = network.getPosition(id);
            const dom = network.canvasToDOM(pos);
            const r = document.querySelector('#network canvas').getBoundingClientRect();
            return [r.left + dom.x, r.top + dom.y];
        }""", node_id)
        return p[0], p[1]


@pytest.fixture
def view(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    try:
        yield ViewPage(page)
    finally:
        context.close()


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    gi = ARTIFACTS / ".gitignore"
    if not gi.exists():
        gi.write_text("*\n!.gitignore\n")
    return ARTIFACTS
