#!/usr/bin/env python3
"""Take a screenshot of a newskg view (an HTML file written by kg.export.html).

    python3 scripts/screenshot_view.py HTML PNG [--search NAME] [--width 1400] [--height 850]

Loads HTML from file:// in headless Chromium (Debian package ``chromium``, driven
by the pip package ``playwright``; never run ``playwright install``), waits until
the network has been drawn, optionally types NAME into the search box (which
selects the node and opens its evidence in the side panel), and saves PNG.
Exits non-zero if the page logged an error or tried to load anything.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                 "--disable-component-update", "--disable-sync"]


def screenshot(html: Path, png: Path, *, search: str | None = None, width: int = 1400, height: int = 850,
               chromium: str = CHROMIUM) -> list[str]:
    """Write the screenshot; return the problems seen (console errors, failed or remote requests)."""
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.on("console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on("requestfailed", lambda r: problems.append(f"failed request: {r.url}"))
            page.on("request", lambda r: problems.append(f"remote request: {r.url}")
                    if not r.url.startswith(("file:", "data:", "blob:", "about:")) else None)
            page.goto(html.resolve().as_uri())
            page.wait_for_function("window.kgReady === true", timeout=120_000)
            if search:
                page.type("#search", search)
                page.wait_for_function("network.getSelectedNodes().length > 0", timeout=10_000)
                page.keyboard.press("Escape")  # close the result list
                page.evaluate("document.activeElement.blur()")
                page.wait_for_function("window.kgAnimating === false", timeout=10_000)
            page.wait_for_timeout(200)
            png.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(png))
        finally:
            browser.close()
    return problems


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("html", type=Path)
    ap.add_argument("png", type=Path)
    ap.add_argument("--search", help="type this into the search box first (selects a node, opens the panel)")
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=850)
    ap.add_argument("--chromium", default=CHROMIUM)
    args = ap.parse_args(argv)
    if not args.html.exists():
        print(f"no such file: {args.html}", file=sys.stderr)
        return 2
    try:
        import playwright  # noqa: F401
    except ImportError:
        print("needs the pip package 'playwright' (and the Debian package 'chromium')", file=sys.stderr)
        return 2
    if not Path(args.chromium).exists():
        print(f"Chromium not found at {args.chromium} (apt-get install chromium)", file=sys.stderr)
        return 2
    problems = screenshot(args.html, args.png, search=args.search, width=args.width, height=args.height,
                          chromium=args.chromium)
    for p in problems:
        print(p, file=sys.stderr)
    print(args.png)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
