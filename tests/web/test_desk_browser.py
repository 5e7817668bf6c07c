"""The review desk in a real headless Chromium (Debian ``chromium`` + ``chromium-driver``):
an editor signs in, drops a story, pins another, edits a summary with a number its
sources do not give (flagged), fixes it, approves and publishes to a local folder, and
sees the revision the channel now carries, then restores a story it pinned and demoted;
the page logs no error on the way.

One server (uvicorn in a thread on 127.0.0.1) on a copy of the sample day's store, and
one browser, for the whole module: each step works on what the one before left.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from live import chromium, needs_chromium, serving
from newsdesk import Newsdesk, load_config
from newsdesk.web import create_app
from sample_day import Day

pytestmark = needs_chromium
PASSWORD = "correct horse battery"
#: Drag a story onto another's upper half, as a mouse would (Selenium cannot drive
#: HTML5 drag and drop in Chromium).
DRAG = """
const [source, target] = arguments;
const data = new DataTransfer();
const box = target.getBoundingClientRect();
const at = {bubbles: true, cancelable: true, dataTransfer: data, clientX: box.left + 20,
            clientY: box.top + 4};
source.dispatchEvent(new DragEvent("dragstart", at));
target.dispatchEvent(new DragEvent("dragover", at));
target.dispatchEvent(new DragEvent("drop", at));
source.dispatchEvent(new DragEvent("dragend", at));
"""
#: How long an action (select, write and verify the day again, draw the page) may take.
ACTION = 30


@dataclass(frozen=True)
class Desk:
    url: str
    #: Where the ai-ribao channel ("site", kind files) writes.
    published: Path
    desk: Newsdesk


@pytest.fixture(scope="module")
def desk_server(served: Day, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """The desk server on a copy of the sample day: ai-ribao needs review and publishes
    to a folder; one editor account."""
    folder = tmp_path_factory.mktemp("desk-browser")
    store = folder / "desk.db"
    shutil.copy(served.store, store)
    config = yaml.safe_load(served.review_path.read_text(encoding="utf-8"))
    published = folder / "published"
    config["digests"][0]["publish"] = [{"id": "site", "kind": "files", "dir": str(published)}]
    path = folder / "newsdesk.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    desk = Newsdesk(load_config(path), store_url=f"sqlite:///{store}", now=lambda: served.evening)
    desk.accounts.add("editor", PASSWORD)
    with serving(create_app(desk)) as url:
        yield Desk(url, published, desk)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium(1400) as driver:
        yield driver


def test_an_editor_reviews_fixes_approves_and_publishes_the_day(
    desk_server: Desk, browser: object
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.remote.webelement import WebElement
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    assert isinstance(browser, WebDriver)
    wait = WebDriverWait(browser, ACTION)

    def find(css: str) -> WebElement:
        return browser.find_element(By.CSS_SELECTOR, css)

    def click(element: WebElement) -> None:
        """Click in the middle of the screen, clear of the sticky header."""
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()

    def redrawn(button: WebElement) -> None:
        """Click, and wait for the page to be drawn again after the action."""
        old = find("#desk")
        click(button)
        wait.until(ec.staleness_of(old))

    def story_button(story: str, action: str) -> WebElement:
        return find(f'#story-{story} button[data-action="{action}"]')

    # Signing in leads back to the desk, on the first digest's latest day.
    browser.get(f"{desk_server.url}/review")
    assert "/login" in browser.current_url
    find('input[name="name"]').send_keys("editor")
    find('input[name="password"]').send_keys(PASSWORD)
    find('button[type="submit"]').click()
    # the sign-in page's own address ends "?next=/review" too: wait for the desk itself
    wait.until(lambda _: "/login" not in browser.current_url)
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "#desk")))
    assert browser.current_url.endswith("/review")
    assert find("html").get_attribute("lang") == "zh-CN"
    assert find("#status").text == "草稿" and find("#revision").text == "第 1 版"
    assert find(".user").text == "editor"
    lead = [
        e.get_attribute("data-story")
        for e in browser.find_elements(By.CSS_SELECTOR, "#lead li.story")
    ]
    assert len(lead) == 12
    first = find("#lead li.story")
    assert first.find_element(By.CSS_SELECTOR, ".reports li .publisher").get_attribute(
        "textContent"
    )
    assert first.find_element(By.CSS_SELECTOR, "table.signals meter") is not None

    # Drop the lead story: it is left out, saying the editor dropped it; each editor's
    # change is a revision of its own (the drop 2, the pin 3, the edit 4).
    dropped = lead[0]
    redrawn(story_button(dropped, "drop"))
    assert find(f"#story-{dropped}").get_attribute("data-place") == "out"
    assert find("#revision").text == "第 2 版"
    assert find(f"#story-{dropped} .badge.dropped").text == "已撤下"

    # Pin the best story left out: it leads.
    pinned = find(f'#left-out li.story:not([id="story-{dropped}"])').get_attribute("data-story")
    redrawn(story_button(pinned, "pin"))
    assert find(f"#story-{pinned}").get_attribute("data-place") == "lead"
    assert find(f"#story-{pinned} .badge.pinned").text == "已置顶"

    # A summary with a number its sources do not give is not saved: the number is marked.
    story = lead[1]
    click(story_button(story, "edit"))
    summary = find(f'#story-{story} textarea[name="summary"]')
    original = summary.get_attribute("value")
    summary.send_keys("同比增长987%。")
    click(find(f'#story-{story} form.edit button[type="submit"]'))
    verdict = wait.until(
        ec.visibility_of_element_located((By.CSS_SELECTOR, f"#story-{story} .verdict"))
    )
    marks = verdict.find_elements(By.CSS_SELECTOR, ".preview mark.unsupported")
    assert [m.text for m in marks] == ["987%"]
    assert marks[0].get_attribute("data-kind") == "数字"
    # where it is, in the page's words: the field's name, not the API's "summary"
    assert verdict.find_element(By.CSS_SELECTOR, ".claims li").text == "987% 位于摘要"
    assert verdict.find_element(By.CSS_SELECTOR, ".preview strong").text == "摘要："
    assert story_button(story, "keep").is_displayed()
    assert summary.get_attribute("aria-invalid") == "true"

    # Fixed (the number gone, and a sentence less), it is saved and written as the editor's.
    fixed = original.split("。")[0] + "。"
    summary.clear()
    summary.send_keys(fixed)
    redrawn(find(f'#story-{story} form.edit button[type="submit"]'))
    assert find(f"#story-{story} .summary").text == fixed
    assert "由编辑撰写" in find(f"#story-{story} .story-meta").text
    edited_at = [
        e.get_attribute("data-story")
        for e in browser.find_elements(By.CSS_SELECTOR, "#lead li.story")
    ].index(story) + 1
    assert find("#status").text == "草稿"

    # Approve, then publish: the channel carries the revision, and its file is written.
    assert find("#publish").get_attribute("disabled") is not None  # review required
    redrawn(find("#approve"))
    assert find("#status").text == "已批准"
    old = find("#desk")
    click(find("#publish"))
    wait.until(ec.alert_is_present())
    browser.switch_to.alert.accept()
    wait.until(ec.staleness_of(old))
    channel = find('#channels li[data-channel="site"]')
    assert channel.find_element(By.CSS_SELECTOR, ".carries").text == "当前为第 4 版"
    assert channel.find_element(By.CSS_SELECTOR, ".badge.published").text == "已发布"
    assert find("#status").text == "已发布"
    written = list(desk_server.published.rglob("*.md"))
    assert written and fixed in written[0].read_text(encoding="utf-8")
    record = desk_server.desk.store.publication(
        "ai-ribao", desk_server.desk.edition("ai-ribao").day, "site"
    )
    assert record is not None and record.revision == 4

    # Dragging the third lead story to the top moves it there: a new draft, revision 5,
    # which the channel will receive once published (it carries revision 4).
    lead = [
        e.get_attribute("data-story")
        for e in browser.find_elements(By.CSS_SELECTOR, "#lead li.story")
    ]
    old = find("#desk")
    browser.execute_script(DRAG, find(f"#story-{lead[2]}"), find(f"#story-{lead[0]}"))
    wait.until(ec.staleness_of(old))
    assert find("#lead li.story").get_attribute("data-story") == lead[2]
    assert find(f"#story-{lead[2]} .badge.moved").text == "已移动"
    assert find("#status").text == "草稿" and find("#revision").text == "第 5 版"
    channel = find('#channels li[data-channel="site"]')
    assert channel.find_element(By.CSS_SELECTOR, ".carries").text == "当前为第 4 版"
    assert "将收到第 5 版" in channel.find_element(By.CSS_SELECTOR, "summary").text

    # The last lead story goes to more news, at its head.
    last = browser.find_elements(By.CSS_SELECTOR, "#lead li.story")[-1].get_attribute("data-story")
    redrawn(story_button(last, "to-more"))
    assert find("#more li.story").get_attribute("data-story") == last
    assert find(f"#story-{last} .badge.demoted").text == "已移入更多新闻"

    # What changed since the published revision.
    form = find("#diff-form")
    click(form.find_element(By.CSS_SELECTOR, "button"))
    changes = wait.until(lambda _: browser.find_elements(By.CSS_SELECTOR, "#diff-result li"))
    kinds = {c.get_attribute("data-change") for c in changes}
    assert "moved" in kinds
    # places and parts in the page's words: no "lead 12 → more 1" on a Chinese desk
    moved = " ".join(c.text for c in changes if c.get_attribute("data-change") == "moved")
    assert "（要闻第 12 条 → 更多新闻第 1 条）" in moved
    assert "lead" not in moved and "more" not in moved

    # The edit (revision 3 → 4) is told at its place, once, and by the field's name.
    Select(form.find_element(By.NAME, "old")).select_by_value("3")
    Select(form.find_element(By.NAME, "new")).select_by_value("4")
    click(form.find_element(By.CSS_SELECTOR, "button"))
    wait.until(lambda _: find("#diff-result li").get_attribute("data-change") == "edited")
    edited = find("#diff-result li").text
    assert f"（要闻第 {edited_at} 条）" in edited and "→ 要闻" not in edited
    assert "\n摘要：" in edited and "summary" not in edited

    # The story demoted was the one pinned (the lowest-ranked of the lead): restoring it
    # undoes both, so it is left out again, where selection puts it, and "Restore" is
    # offered beside each story an action is in force on, and only there.
    def restorable() -> set[str]:
        return {
            b.find_element(By.XPATH, "./ancestor::li[contains(@class, 'story')]").get_attribute(
                "data-story"
            )
            for b in browser.find_elements(By.CSS_SELECTOR, 'li.story [data-action="restore"]')
        }

    assert last == pinned
    assert restorable() == {dropped, pinned, story, lead[2]}
    redrawn(story_button(last, "restore"))
    assert find(f"#story-{last}").get_attribute("data-place") == "out"
    assert restorable() == {dropped, story, lead[2]}
    assert find("#toast").text == "已恢复：由选稿重新决定。"
    assert find("#revision").text == "第 7 版"

    # The keyboard: j selects the story after the one in hand, k goes back, ? lists the
    # shortcuts.
    order = [
        e.get_attribute("data-story") for e in browser.find_elements(By.CSS_SELECTOR, "li.story")
    ]
    assert find("li.story.current").get_attribute("data-story") == last
    find("body").send_keys("j")
    assert find("li.story.current").get_attribute("data-story") == order[order.index(last) + 1]
    find("body").send_keys("k")
    assert find("li.story.current").get_attribute("data-story") == last
    find("body").send_keys("?")
    assert find("#shortcuts").get_attribute("open") is not None
    assert "j" in find("#shortcuts-list").text
    find("#shortcuts button").click()

    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []

    # With no LLM configured, regenerating says so (the API's 409, logged by the browser).
    click(story_button(story, "regenerate"))
    toast = find("#toast")
    wait.until(lambda _: toast.get_attribute("data-kind") == "error")
    assert "LLM" in toast.text
    logged = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert len(logged) == 1 and "/regenerate" in logged[0] and "409" in logged[0]


def test_the_desk_fits_a_phone_and_switches_to_dark(desk_server: Desk, browser: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver

    assert isinstance(browser, WebDriver)
    browser.set_window_size(390, 844)
    try:
        browser.get(f"{desk_server.url}/review?digest=ai-daily")
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
        width = browser.execute_script("return document.documentElement.scrollWidth")
        assert width <= 390  # nothing wider than the screen
        background = "return getComputedStyle(document.body).backgroundColor"
        before = browser.execute_script(background)
        browser.find_element(By.ID, "theme").click()
        assert browser.execute_script(background) != before
        browser.refresh()  # remembered
        assert browser.execute_script(background) != before
        browser.execute_script("localStorage.removeItem('newsdesk-theme')")
    finally:
        browser.set_window_size(1400, 1000)
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []


def test_the_api_pages_index_keeps_each_path_within_its_column(
    desk_server: Desk, browser: object
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver

    assert isinstance(browser, WebDriver)
    browser.set_window_size(1200, 800)
    try:
        browser.get(f"{desk_server.url}/api/v1/docs")
        paths = browser.find_elements(By.CSS_SELECTOR, ".api-index li")
        assert len(paths) > 20
        # the longest path (an entry's regenerate) breaks inside its column rather than
        # running over the next one's bullets
        over = [
            li.text
            for li in paths
            if browser.execute_script(
                "const code = arguments[0].querySelector('code');"
                "return code.getBoundingClientRect().right - "
                "arguments[0].getBoundingClientRect().right;",
                li,
            )
            > 1
        ]
        assert over == []
    finally:
        browser.set_window_size(1400, 1000)
