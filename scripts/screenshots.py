"""Take the desk server's pictures in the docs from the demo's store, with headless Chromium.

    python scripts/screenshots.py                       # runs the demo in a temporary folder
    python scripts/screenshots.py --demo newsdesk-demo  # the store `make demo` wrote

Starts the desk server (uvicorn on 127.0.0.1, a free port) on the demo's store, at the
sample day's evening, and saves ``docs/images/review-desk.png`` (a desktop window, the
Chinese digest, its first story's sources and score open) and
``docs/images/review-desk-phone.png`` (a phone, the English digest, in dark mode) and
``docs/images/sources.png`` (the sources page: each source's last fetch, health and
last 30 days).
Needs Debian's ``chromium`` and ``chromium-driver``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from newsdesk import Newsdesk, load_config
from newsdesk.core._base import utc_now
from newsdesk.demo import load_sample_day, run_demo, sample_evening
from newsdesk.web import create_app

IMAGES = Path(__file__).resolve().parents[1] / "docs" / "images"


@contextmanager
def desk_server(config: Path, *, at_evening: bool = True) -> Iterator[str]:
    """The desk server on the demo's store, at the sample day's evening (or now: the
    demo's fetches are recorded at the real time); yields its address."""
    evening = sample_evening(load_sample_day())
    desk = Newsdesk(load_config(config), now=(lambda: evening) if at_evening else utc_now)
    server = uvicorn.Server(
        uvicorn.Config(create_app(desk), host="127.0.0.1", port=0, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise SystemExit("The desk server did not start.")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(30)


@contextmanager
def chromium() -> Iterator[WebDriver]:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if binary is None or driver_path is None:
        raise SystemExit("Install chromium and chromium-driver (apt-get install ...).")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def shoot(driver: WebDriver, url: str, size: tuple[int, int], target: Path, dark: bool) -> None:
    driver.set_window_size(*size)
    driver.get(url)
    driver.execute_script(
        "localStorage.setItem('newsdesk-theme', arguments[0])", "dark" if dark else "light"
    )
    driver.refresh()
    wait = WebDriverWait(driver, 20)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#progress-stages li"))
    first = driver.find_element(By.CSS_SELECTOR, "#lead li.story")
    driver.execute_script("arguments[0].classList.add('current')", first)
    if not dark:
        driver.execute_script(
            "arguments[0].open = true", first.find_element(By.TAG_NAME, "details")
        )
    driver.execute_script("window.scrollTo(0, 0)")
    time.sleep(0.3)
    driver.save_screenshot(str(target))
    print(f"wrote {target}")


def shoot_sources(driver: WebDriver, url: str, target: Path) -> None:
    """The sources page, a desktop window, its first source tested."""
    driver.set_window_size(1400, 1000)
    driver.get(url)
    driver.execute_script("localStorage.setItem('newsdesk-theme', 'light')")
    driver.refresh()
    WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "svg.spark"))
    driver.execute_script("window.scrollTo(0, 0)")
    time.sleep(0.3)
    driver.save_screenshot(str(target))
    print(f"wrote {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--demo", type=Path, help="a folder `newsdesk demo` wrote")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        if args.demo is None:
            print("running the demo…", file=sys.stderr)
            config = run_demo(Path(scratch) / "demo").config_path
        else:
            config = args.demo / "newsdesk.yaml"
        IMAGES.mkdir(parents=True, exist_ok=True)
        with desk_server(config) as url, chromium() as driver:
            shoot(driver, f"{url}/review?digest=ai-ribao", (1400, 1000),
                  IMAGES / "review-desk.png", dark=False)  # fmt: skip
            shoot(driver, f"{url}/review?digest=ai-daily", (390, 844),
                  IMAGES / "review-desk-phone.png", dark=True)  # fmt: skip
        with desk_server(config, at_evening=False) as url, chromium() as driver:
            shoot_sources(driver, f"{url}/sources", IMAGES / "sources.png")


if __name__ == "__main__":
    main()
