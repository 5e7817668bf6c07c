"""Restore and publish through the desk server as it runs (uvicorn on 127.0.0.1): the
API's restore undoes a story's actions or says there were none, the review page offers
"Restore" beside each story an editor acted on and nowhere else, and publishing the
approved revision names the newer draft it left waiting."""

from __future__ import annotations

import httpx

from live import serving
from newsdesk import Newsdesk, load_config
from newsdesk.web import create_app
from sample_day import Day
from web.web_helpers import edition_url


def _desk(served: Day, url: str, *, review: bool = False) -> Newsdesk:
    path = served.review_path if review else served.config_path
    return Newsdesk(load_config(path), store_url=url, now=lambda: served.evening, user="tester")


def _restore_buttons(html: str) -> list[str]:
    """The stories whose card offers "Restore"."""
    cards = html.split('<li class="story" id="story-')[1:]
    return [card.split('"')[0] for card in cards if 'data-action="restore"' in card]


def test_restore_over_http_undoes_the_pin_and_the_page_offers_it_only_where_acted(
    served: Day, copied: str
) -> None:
    with (
        _desk(served, copied) as desk,
        serving(create_app(desk)) as base,
        httpx.Client(base_url=base, timeout=120) as client,
    ):
        before = client.get(edition_url(served, "ai-daily")).json()
        out = before["left_out"][0]["story"]
        page = f"/review?digest=ai-daily&date={served.day}"
        untouched_page = client.get(page).text
        client.post(edition_url(served, "ai-daily", "pin"), json={"story": out})
        acted_page = client.get(page).text
        restored = client.post(edition_url(served, "ai-daily", "restore"), json={"story": out})
        again = client.post(edition_url(served, "ai-daily", "restore"), json={"story": out})
        restored_page = client.get(page).text
        unknown = client.post(edition_url(served, "ai-daily", "restore"), json={})
    assert _restore_buttons(untouched_page) == []
    assert _restore_buttons(acted_page) == [out]
    assert _restore_buttons(restored_page) == []
    assert restored.status_code == 200
    answer = restored.json()
    assert (answer["story"], answer["restored"], answer["why_not"]) == (out, True, "")
    assert [(a["verb"], a["who"]) for a in answer["undone"]] == [("pin", "tester")]
    edition = answer["edition"]
    assert edition["revision"] == 3
    assert [a["verb"] for a in edition["actions"]] == ["pin", "restore"]
    assert [e["story"] for e in edition["lead"]] == [e["story"] for e in before["lead"]]
    assert again.status_code == 200 and again.json()["restored"] is False
    assert again.json()["why_not"].startswith(f"{out} has no editor's action on ai-daily")
    assert again.json()["why_not_key"] == "no_action"  # the desk words it in its language
    assert again.json()["edition"]["revision"] == 3
    assert unknown.status_code == 422


def test_publish_over_http_names_the_newer_draft_left_waiting(served: Day, copied: str) -> None:
    with (
        _desk(served, copied, review=True) as desk,
        serving(create_app(desk)) as base,
        httpx.Client(base_url=base, timeout=120) as client,
    ):
        client.post(edition_url(served, action="approve"))
        story = client.get(edition_url(served)).json()["lead"][0]["story"]
        client.post(edition_url(served, action="demote"), json={"story": story})
        [hugo] = client.post(edition_url(served, action="publish")).json()
    assert (hugo["status"], hugo["revision"]) == ("published", 1)
    assert hugo["newer_draft"].startswith(
        f"revision 2 (demote {story} by tester) is a newer draft awaiting approval and was "
        "not published; this publish was of revision 1, the approved one."
    )
