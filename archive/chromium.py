"""Debian's headless Chromium, as the screenshots command and the browser tests start it.

Never a browser build downloaded by Playwright; the flags keep Chromium from reaching out to
the network at start (this machine has none) and from needing a sandbox as root.
"""

from __future__ import annotations

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def launch(playwright, executable: str = CHROMIUM):
    """A headless Chromium browser from a started ``sync_playwright()``."""
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
