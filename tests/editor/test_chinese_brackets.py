"""A Chinese digest sets round brackets as Chinese prose does (（…）), whatever its
sources typed: an editor would not sign "编码器(TinyEye)" in a Chinese paragraph.  Every
text here is fictional, written for these tests."""

from __future__ import annotations

import pytest
from editor_helpers import one_language, report

from newsdesk.chinese import full_width_brackets
from newsdesk.editor import offline_entry, offline_more


@pytest.mark.parametrize(
    ("typed", "set_as"),
    [
        ("先用轻量编码器(TinyEye)初筛", "先用轻量编码器（TinyEye）初筛"),
        ("我做了条新片子(附：六个更新)", "我做了条新片子（附：六个更新）"),
        ("(据星河资本)光年智能完成融资", "（据星河资本）光年智能完成融资"),
        ("支持 obj、fbx 等格式(如 Rodin)。", "支持 obj、fbx 等格式（如 Rodin）。"),
    ],
)
def test_brackets_in_chinese_prose_are_full_width(typed: str, set_as: str) -> None:
    assert full_width_brackets(typed) == set_as


@pytest.mark.parametrize(
    "latin",
    ["光年智能发布 Lumina-3 (mini) 版本", "公式 f(x) 的取值", "Galaxy Capital (GC) led it"],
)
def test_brackets_in_latin_text_stay_as_typed(latin: str) -> None:
    assert full_width_brackets(latin) == latin


def test_a_chinese_entry_sets_its_sources_brackets_full_width() -> None:
    source = report(
        "光年智能发布检测框架 SkyDet(开源)",
        "光年智能今日开源检测框架 SkyDet，采用双阶段设计(粗筛与精判)，支持 12 种缺陷类型。"
        "框架由光年智能视觉团队(约 40 人)开发，代码以 MIT 协议发布。",
        2,
        "tech-front",
    )
    entry = offline_entry(one_language(source, language="zh"), "zh")
    text = "\n".join([entry.headline, entry.summary, *entry.insights])
    assert "(" not in text and ")" not in text
    assert "视觉团队（约 40 人）" in entry.summary


def test_an_english_entry_keeps_its_brackets() -> None:
    source = report(
        "Lumina open-sources SkyDet (a defect detector)",
        "Lumina released SkyDet (a defect detector) on Thursday under the MIT licence. "
        "The framework screens images with a small model before a large one checks them.",
        2,
        "tech-wire",
        language="en",
    )
    entry = offline_entry(one_language(source, language="en"), "en")
    assert "(a defect detector)" in entry.summary


def test_a_chinese_more_line_sets_its_title_brackets_full_width() -> None:
    titled = report(
        "学会三个工作流后，我做了条新片子(附：六个更新)",
        "作者分享了用视频工具 Tapnow 的多角度控制器(Multi-Angle)制作短片的经验。",
        2,
        "tech-front",
    )
    line = offline_more(one_language(titled, language="zh"), "zh")
    assert line.text.endswith("（附：六个更新）")
    assert "(" not in line.detail
