"""Each front end words a refusal in its own terms: the core words it for the CLI (a
command to run, a ``--flag``), the API says the call to make (``API_WORDS``, over the
English table), and the desk's pages say it with neither (each language's table)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from newsdesk import Newsdesk, load_config
from newsdesk.exceptions import NotFoundError
from newsdesk.model._errors import REFUSALS, WORK_ERRORS
from newsdesk.web._strings import API_WORDS, strings
from sample_day import Day
from web.web_helpers import client_on, edition_url

#: What only the server's operator can do, so the words name the command to run there:
#: no endpoint starts workers, adds an account or upgrades the store.
_OPERATOR = {
    "work.task_timeout",
    "work.no_worker",
    "refusal.local_only",
    "refusal.schema_behind",
}
#: A shape that quotes a command (`newsdesk …`) or names a CLI flag.
_CLI = re.compile(r"`\(\?P<|`\[\^`\]\+`|--")


def _naming_the_cli() -> list[str]:
    shapes = {**{f"work.{k}": v for k, v in WORK_ERRORS.items()}}
    shapes.update({f"refusal.{k}": v for k, v in REFUSALS.items()})
    return sorted(k for k, shape in shapes.items() if _CLI.search(shape) and k not in _OPERATOR)


@pytest.mark.parametrize("kind", _naming_the_cli())
def test_each_refusal_worded_for_the_cli_has_words_for_the_api_and_the_pages(
    kind: str,
) -> None:
    api = {**strings("en"), **API_WORDS}[f"why.{kind}"]
    assert "`" not in api and "--" not in api
    for language in ("en", "zh"):
        words = strings(language).get(f"why.{kind}")
        assert words is not None, f"{language} has no words for {kind}"
        assert not re.search(r"`|--|/api/v1", words), (language, words)


def test_the_api_says_what_to_call_where_the_cli_names_a_command(served: Day, copied: str) -> None:
    day, before = served.day.isoformat(), (served.day - timedelta(days=1)).isoformat()
    later = (served.day + timedelta(days=1)).isoformat()
    with client_on(served, copied) as client:
        no_story = client.get("/api/v1/stories/nope")
        no_edition = client.post(f"/api/v1/digests/ai-ribao/editions/{before}/approve")
        to_come = client.post("/api/v1/digests/ai-daily/runs", json={"date": later})
        nothing = client.post(f"/api/v1/digests/ai-ribao/editions/{before}/publish")
        client.post(edition_url(served, action="publish"))
        story = client.get(edition_url(served)).json()["lead"][0]["story"]
        client.post(edition_url(served, action="drop"), json={"story": story})
        first = client.get(edition_url(served, action="diff"), params={"to": 1})
    assert (no_story.status_code, no_story.json()) == (
        404,
        {
            "error": "No story 'nope'. A day's stories list them: "
            "GET /api/v1/stories?date=YYYY-MM-DD.",
            "error_said": "没有新闻 nope。当天的新闻列表会列出它们",
        },
    )
    assert (no_edition.status_code, no_edition.json()) == (
        404,
        {
            "error": f"No ai-ribao edition for {before} yet. A run of the day writes its "
            f'draft: POST /api/v1/digests/ai-ribao/runs with {{"date": "{before}"}}.',
            "error_said": f"ai-ribao 还没有 {before} 的一期。运行这一天会生成它的草稿",
        },
    )
    assert to_come.json() == {
        "error": f"The date {later} is still to come; a run writes today or a past day.",
        "error_said": f"日期 {later} 还没到；运行只写今天或过去的日子",
    }
    assert nothing.status_code == 404 and nothing.json()["error"].endswith(
        f'(POST /api/v1/digests/NAME/runs with {{"date": "{before}"}}); then publish again.'
    )
    assert first.status_code == 404 and first.json()["error"] == (
        f"ai-ribao {day} revision 1 is its first: nothing before it to compare it with "
        "(its revisions are 1 to 2; give from)."
    )


def test_the_cli_keeps_its_commands(served: Day, copied: str) -> None:
    desk = Newsdesk(load_config(served.config_path), store_url=copied, now=lambda: served.evening)
    with pytest.raises(NotFoundError, match=r"`\S*newsdesk stories --date YYYY-MM-DD` lists"):
        desk.story("nope")
