"""Seed fidelity: each defect a reader of the seeds would notice is found, and a page
that has none passes.  The pages here are written for these tests."""

from __future__ import annotations

import pytest

from newsdesk.render import fidelity_defects

GOOD = """---
title: "星河实验室发布 Lumen-2 模型"
date: 2026-05-14
tags: ["AI"]
---
# 星河实验室发布 Lumen-2 模型

## 大模型与技术

### [星河实验室发布 Lumen-2 模型](https://news.example.cn/a/1)

星河实验室今日发布 Lumen-2，参数规模 700 亿。模型已在开放平台上线。

**深度解读 & 洞察：**
- 来自 3 个来源：科技前沿、Tech Wire、硅基日报。

### [光年智能完成 12 亿元融资](https://news.example.cn/a/2)

光年智能宣布完成 12 亿元 B 轮融资，由星河资本领投。

## 更多动态

- [深言发布 Aster-Code 2](https://news.example.cn/a/3)：开源代码模型。

加入读者群：扫码关注
"""


def kinds(markdown: str, language: str = "zh", **options: object) -> list[str]:
    return [d.kind for d in fidelity_defects(markdown, language, **options)]  # type: ignore[arg-type]


def test_a_page_like_the_seeds_has_no_defect() -> None:
    assert fidelity_defects(GOOD, "zh", footer="加入读者群：扫码关注") == []


@pytest.mark.parametrize(
    ("change", "kind"),
    [
        (('星河实验室发布 Lumen-2 模型"', 'Lumen-2"'), "title length"),
        (
            ('title: "星河实验室发布 Lumen-2 模型"', 'title: "Starlab releases its Lumen-2 model"'),
            "title language",
        ),
        (
            (
                'title: "星河实验室发布 Lumen-2 模型"',
                'title: "星河实验室发布 Lumen-2；光年智能完成"',
            ),
            "glued headlines",
        ),
        (
            ("模型已在开放平台上线。", "星河实验室今日发布 Lumen-2，参数规模 700 亿。"),
            "repeated sentence",
        ),
        (
            ("模型已在开放平台上线。", "模型已上线，参数规模 700 亿。"),
            "repeated fact",
        ),
        (("news.example.cn/a/2)", "news.example.cn/a/2?utm_source=feed)"), "tracking parameter"),
        (("：开源代码模型。", "\n- \n"), "empty line"),
        (("光年智能宣布完成 12 亿元 B 轮融资，由星河资本领投。", ""), "empty line"),
        (("开源代码模型。", "An open code model from Shenyan, in brief."), "other-language line"),
        (("date: 2026-05-14", "date: May 14"), "front matter"),
    ],
)
def test_each_defect_is_found(change: tuple[str, str], kind: str) -> None:
    old, new = change
    assert old in GOOD
    assert kind in kinds(GOOD.replace(old, new, 1))


def test_a_missing_footer_is_found_only_when_one_is_configured() -> None:
    page = GOOD.replace("加入读者群：扫码关注\n", "")
    assert kinds(page) == []
    assert kinds(page, footer="加入读者群：扫码关注") == ["missing footer"]


def test_a_page_without_front_matter_is_a_defect_unless_the_style_is_pasted() -> None:
    body = GOOD.split("---\n", 2)[2]
    assert "front matter" in kinds(body)
    assert kinds(body, front_matter=False) == []


def test_an_english_page_may_name_chinese_outlets_but_not_carry_chinese_lines() -> None:
    page = (
        '---\ntitle: "Starlab releases its Lumen-2 model"\ndate: 2026-05-14\n---\n'
        "### [Starlab releases Lumen-2](https://news.example.com/1)\n\n"
        "Starlab released Lumen-2 today.\n\nSources: 科技前沿, Tech Wire\n"
    )
    assert kinds(page, "en") == []
    names = "科技前沿, 芯智库, 智源前沿, Tech Wire"
    assert kinds(page.replace("科技前沿, Tech Wire", names), "en") == []
    assert kinds(page.replace("Sources: 科技前沿, Tech Wire", f"Links: {names}"), "en") == []
    assert kinds(page.replace("Sources: 科技前沿, Tech Wire", names), "en") == [
        "other-language line"
    ]
    assert kinds(page + "\n- 光年智能完成 12 亿元融资\n", "en") == ["other-language line"]
