"""A story that grouping merged into another still answers at its old address: the API
gives the story it went to, with every item of both."""

from __future__ import annotations

from pathlib import Path

from sample_day import Day, merge_two_stories
from web.web_helpers import client_on, copy_store


def test_a_merged_storys_id_answers_with_the_story_it_went_to(served: Day, tmp_path: Path) -> None:
    url = copy_store(served, tmp_path)
    absorbed, survivor = merge_two_stories(url)
    with client_on(served, url) as client:
        old = client.get(f"/api/v1/stories/{absorbed}")
        new = client.get(f"/api/v1/stories/{survivor}").json()
    assert old.status_code == 200
    assert old.json() == new and new["id"] == survivor
    assert len(new["items"]) == new["item_count"]
