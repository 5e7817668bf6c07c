"""The sources page in a real headless Chromium (Debian ``chromium`` +
``chromium-driver``): each source's chart is drawn, "test this source" shows what one
fetch found (its newest entry's time in the desk's zone), disabling a source draws the
page again with it disabled, and a source the config refuses is answered in the
config's words; on a phone nothing is wider than the screen, and the page logs no error
on the way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from live import chromium, needs_chromium, serving
from newsdesk import Newsdesk, load_config
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.web import create_app

pytestmark = needs_chromium
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Compute Wire</title>
<item><title>Helix-2 inference card ships</title><link>https://cw.example/helix-2</link>
<pubDate>Thu, 14 May 2026 10:00:00 +0800</pubDate></item>
<item><title>Helix-3 is announced</title><link>https://cw.example/helix-3</link>
<pubDate>Thu, 14 May 2026 11:00:00 +0800</pubDate></item></channel></rss>"""


@pytest.fixture
def desk_url(tmp_path: Path) -> Iterator[str]:
    """The desk server (uvicorn in a thread on 127.0.0.1) on a config of one feed,
    served from 127.0.0.1 too, and one source whose server is gone."""
    with LocalServer() as feeds:
        feeds.routes["/feed.xml"] = Reply(200, FEED, {"Content-Type": "application/rss+xml"})
        path = tmp_path / "newsdesk.yaml"
        path.write_text(
            "# the desk's sources\n"
            "timezone: Asia/Shanghai\n"
            "fetch: {retries: 0, per_host_delay: 0, allow_private_addresses: true}\n"
            "digests:\n  - {name: daily, title: Daily, language: en}\n"
            "sources:\n"
            f"  - {{id: wire, name: Compute Wire, kind: feed, url: '{feeds.url('/feed.xml')}'}}\n"
            "  - {id: gone, kind: feed, url: 'http://127.0.0.1:9/feed.xml'}\n",
            encoding="utf-8",
        )
        desk = Newsdesk(load_config(path))
        with serving(create_app(desk)) as url:
            yield url


@pytest.fixture
def browser() -> Iterator[object]:
    with chromium(1200) as driver:
        yield driver


def test_the_sources_page_tests_disables_and_refuses_in_a_browser(
    desk_url: str, browser: object, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    wait = WebDriverWait(browser, 30)
    browser.get(f"{desk_url}/sources")

    # Every source has its chart: one bar a day for 30 days.
    charts = browser.find_elements(By.CSS_SELECTOR, "li.source svg.spark")
    assert len(charts) == 2
    assert len(charts[0].find_elements(By.TAG_NAME, "rect")) == 30

    # Testing a source fetches it once and says what it found, or why it failed.
    browser.find_element(By.CSS_SELECTOR, "#source-wire button.test").click()
    result = browser.find_element(By.CSS_SELECTOR, "#source-wire .test-result")
    wait.until(lambda _: result.text.startswith("Works"))
    assert result.text.startswith("Works: 2 entries found.")
    assert "The newest is from 2026-05-14 11:00." in result.text  # the desk's zone, as elsewhere
    browser.find_element(By.CSS_SELECTOR, "#source-gone button.test").click()
    failed = browser.find_element(By.CSS_SELECTOR, "#source-gone .test-result")
    wait.until(lambda _: failed.text.startswith("Failed"))

    # Disabling draws the page again, the source disabled there and in the file.
    page = browser.find_element(By.ID, "sources")
    browser.find_element(By.CSS_SELECTOR, "#source-gone button.toggle").click()
    wait.until(ec.staleness_of(page))
    gone = browser.find_element(By.ID, "source-gone")
    assert gone.get_attribute("data-enabled") == "false"
    assert gone.find_element(By.CSS_SELECTOR, "button.toggle").text == "Enable"
    assert "enabled: false" in (tmp_path / "newsdesk.yaml").read_text("utf-8")

    # A source the config refuses is answered in its words; nothing is written.
    form = browser.find_element(By.ID, "add-source")
    form.find_element(By.NAME, "id").send_keys("wire2")
    form.find_element(By.NAME, "address").send_keys("wire.example/rss")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    refused = form.find_element(By.CSS_SELECTOR, ".refused")
    wait.until(lambda _: refused.is_displayed())
    assert "url: 'wire.example/rss' is not an http(s) URL" in refused.text
    assert "wire2" not in (tmp_path / "newsdesk.yaml").read_text("utf-8")

    # A feed on this machine is added with its box ticked: the file says it may be fetched.
    address = form.find_element(By.NAME, "address")
    address.clear()
    address.send_keys("http://127.0.0.1:1200/feed.xml")
    form.find_element(By.NAME, "allow_private_addresses").click()
    page = browser.find_element(By.ID, "sources")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(ec.staleness_of(page))
    assert browser.find_element(By.ID, "source-wire2").get_attribute("data-enabled") == "true"
    assert (
        (tmp_path / "newsdesk.yaml")
        .read_text("utf-8")
        .endswith(
            "  - id: wire2\n    kind: feed\n    url: http://127.0.0.1:1200/feed.xml\n"
            "    allow_private_addresses: true\n"
        )
    )

    # On a phone nothing is wider than the screen, the runs page neither.
    browser.set_window_size(390, 844)
    for page_path in ("/sources", "/runs"):
        browser.get(f"{desk_url}{page_path}")
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 390

    # Chromium logs the refusal's 400 as a failed load: the one error there is to be.
    refusal = "/api/v1/sources - Failed to load resource: the server responded with a status of 400"
    logged = browser.get_log("browser")  # type: ignore[attr-defined]
    errors = [e for e in logged if e["level"] == "SEVERE" and refusal not in e["message"]]
    assert errors == []


def test_the_add_form_shows_what_a_new_sources_fetches_will_meet_in_chinese(
    tmp_path: Path, browser: object
) -> None:
    """A source added from the page with an address no fetch takes is added, and the
    page says so and what to write, in the desk's language, where it stays until read;
    an id already taken is refused naming the source that has it."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    path = tmp_path / "newsdesk.yaml"
    path.write_text(
        "timezone: Asia/Shanghai\n"
        "digests:\n  - {name: ribao, title: AI 日报, language: zh}\n"
        "sources:\n  - {id: wire, name: Compute Wire, kind: feed, url: 'https://cw.example/rss'}\n",
        encoding="utf-8",
    )
    with serving(create_app(Newsdesk(load_config(path)))) as url:
        wait = WebDriverWait(browser, 30)
        browser.get(f"{url}/sources")
        form = browser.find_element(By.ID, "add-source")
        form.find_element(By.NAME, "id").send_keys("local")
        form.find_element(By.NAME, "address").send_keys("http://192.168.1.20/feed.xml")
        page = browser.find_element(By.ID, "sources")
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        wait.until(ec.staleness_of(page))
        notes = browser.find_element(By.CSS_SELECTOR, "#add-source .added-notes")
        wait.until(lambda _: notes.is_displayed())
        assert notes.find_element(By.TAG_NAME, "p").text == "已将 local 添加到配置文件。请注意："
        [note] = notes.find_elements(By.TAG_NAME, "li")
        assert note.text.startswith("192.168.1.20 在本机或内网上")
        assert "在 newsdesk.yaml 里这个来源下加上 allow_private_addresses: true" in note.text
        assert browser.find_element(By.ID, "source-local").get_attribute("data-enabled") == "true"

        form = browser.find_element(By.ID, "add-source")
        form.find_element(By.NAME, "id").send_keys("wire")
        form.find_element(By.NAME, "address").send_keys("https://other.example/rss")
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        refused = form.find_element(By.CSS_SELECTOR, ".refused")
        wait.until(lambda _: refused.is_displayed())
        assert "里已经有 ID 为 wire 的来源（Compute Wire，feed）" in refused.text
        assert "other.example" not in path.read_text("utf-8")
