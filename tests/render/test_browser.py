"""The site in a real headless Chromium (Debian ``chromium`` + ``chromium-driver``): the
day's stories render, the search finds a story by a word of its title, dark mode works."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from render_helpers import digest

from newsdesk.render import SiteDigest, SiteInfo, build_site

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="chromium and chromium-driver are not installed (`make test` installs them)",
)
INFO = SiteInfo("AI 日报", "https://daily.example.org/", "每条新闻都附来源", "zh", {})


@pytest.fixture
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    assert CHROMIUM is not None and DRIVER is not None
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,1600"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def test_the_day_renders_its_stories_and_search_finds_one(tmp_path: Path, browser: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    out = tmp_path / "site"
    build_site(out, INFO, [SiteDigest(digest(), "AI 日报", "Asia/Shanghai", None)])
    browser.get((out / "ai-ribao" / "2026-05-14" / "index.html").as_uri())
    headlines = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "article.story h3")]
    assert headlines == [
        "光年智能完成 12 亿元 B 轮融资", "星河模型 Lumen-4 开源", "启明芯发布 QM-900 训练芯片"
    ]  # fmt: skip
    shot = tmp_path / "day.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    browser.find_element(By.ID, "search").send_keys("Lumen")
    results = browser.find_element(By.ID, "results")
    WebDriverWait(browser, 5).until(lambda _: results.is_displayed() and results.text)
    found = results.find_elements(By.TAG_NAME, "a")
    assert [a.text for a in found] == ["星河模型 Lumen-4 开源"]
    assert found[0].get_attribute("href").endswith("ai-ribao/2026-05-14/index.html#s2")
    root = browser.find_element(By.TAG_NAME, "html")
    before = browser.execute_script("return getComputedStyle(document.body).backgroundColor")
    browser.find_element(By.ID, "theme").click()
    assert root.get_attribute("data-theme") in ("dark", "light")
    after = browser.execute_script("return getComputedStyle(document.body).backgroundColor")
    assert before != after


def test_the_archive_is_readable_on_a_phone(tmp_path: Path, browser: object) -> None:
    from selenium.webdriver.remote.webdriver import WebDriver

    assert isinstance(browser, WebDriver)
    out = tmp_path / "site"
    build_site(out, INFO, [SiteDigest(digest(), "AI 日报", "Asia/Shanghai", None)])
    browser.set_window_size(390, 844)
    browser.get((out / "index.html").as_uri())
    width = browser.execute_script("return document.documentElement.scrollWidth")
    assert width <= 390  # nothing wider than the screen
    assert "光年智能获 12 亿元融资" in browser.page_source
