"""Seed fidelity: the defects a reader of the seeds would notice, per rendered digest.

Usage: python bench/seed_fidelity.py [--days N] [--keep DIR]

The bundled demo day, then each makinotes day of ``../shared/data/makinotes/api`` (real
Chinese AI news, 18 days), is run through ``newsdesk run --no-publish`` as a user would
run it, offline (no LLM): the day's articles are a ``jsonl`` source (outlet as
publisher, every article dated that day), into a fresh SQLite store, with one Chinese
digest in the ``ribao`` and ``insight`` styles.  Every rendered file is read back by
:func:`newsdesk.render.fidelity_defects`, and the count of each kind of defect is
printed per digest, then in total.

``--keep DIR`` leaves every run's folder (store and rendered files) in DIR, so the
digests of two versions can be read side by side (``diff -r``).

Target: 0 defects on the demo and on every makinotes day (issue 14).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from newsdesk import Newsdesk, parse_config
from newsdesk.demo import demo_config, load_sample_day, sample_evening, serve_sample
from newsdesk.render import fidelity_defects
from newsdesk.render._fidelity import KINDS

ROOT = Path(__file__).resolve().parents[1]
MAKINOTES = ROOT.parent / "shared" / "data" / "makinotes" / "api"
ZONE = ZoneInfo("Asia/Shanghai")
CONFIG = """
sources:
  - id: makinotes
    kind: jsonl
    path: day.jsonl
    language: zh
    fields: {url: link, title: title, summary: summary, content: [core_point, highlights],
             publisher: source, published: published}
digests:
  - name: ai-ribao
    title: AI 日报
    language: zh
    style: ribao
    styles: [insight]
render: {cover: {enabled: false}}
output: {dir: output}
"""


def _defects(folder: Path) -> dict[str, Counter[str]]:
    """Defect counts per rendered file of a run's output folder."""
    found: dict[str, Counter[str]] = {}
    for path in sorted(folder.rglob("*.md")):
        language = "en" if path.name == "brief.md" else "zh"
        text = path.read_text(encoding="utf-8")
        defects = fidelity_defects(text, language, front_matter=path.name != "insight.md")
        found[f"{path.parent.parent.name}/{path.name}"] = Counter(d.kind for d in defects)
        for defect in defects:
            print(f"    {path.name}: {defect.kind}: {defect.detail[:100]}", file=sys.stderr)
    return found


def _demo(folder: Path) -> dict[str, Counter[str]]:
    sample = load_sample_day()
    with serve_sample(sample) as server:
        data = demo_config(sample, server.base_url)
        data["output"] = {"dir": str(folder / "output")}
        data["store"] = {"url": f"sqlite:///{folder / 'demo.db'}"}
        path = folder / "newsdesk.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        config = parse_config(path.read_text(encoding="utf-8"), base_dir=folder)
        evening = sample_evening(sample)
        with Newsdesk(config, now=lambda: evening) as desk:
            desk.run(publish=False)
    return _defects(folder / "output")


def _makinotes(path: Path, folder: Path) -> dict[str, Counter[str]]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    day = date.fromisoformat(doc["date"])
    published = datetime.combine(day, time(8), ZONE).isoformat()
    records = [a | {"published": published} for a in doc["articles"]]
    (folder / "day.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    config = parse_config(CONFIG, base_dir=folder)
    config = config.model_copy(
        update={"store": config.store.model_copy(update={"url": f"sqlite:///{folder / 'd.db'}"})}
    )
    evening = datetime.combine(day, time(20), ZONE)
    with Newsdesk(config, now=lambda: evening) as desk:
        desk.run(day=day, publish=False)
    return _defects(folder / "output")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--days", type=int, default=None, help="only the first N days")
    parser.add_argument("--keep", type=Path, default=None, help="leave the runs in this folder")
    args = parser.parse_args()
    days = sorted(MAKINOTES.glob("*.json"))[: args.days]
    rows: list[tuple[str, str, Counter[str]]] = []
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or Path(scratch)
        demo = tmp / "demo"
        demo.mkdir(parents=True)
        rows += [("demo", f, c) for f, c in _demo(demo).items()]
        for path in days:
            folder = tmp / path.stem
            folder.mkdir()
            rows += [(path.stem, f, c) for f, c in _makinotes(path, folder).items()]
    short = {k: k.split()[0][:7] for k in KINDS}
    print(f"{'day':<11} {'file':<22} " + " ".join(f"{short[k]:>7}" for k in KINDS) + "  total")
    total: Counter[str] = Counter()
    for day, name, counts in rows:
        total.update(counts)
        cells = " ".join(f"{counts[k]:>7}" for k in KINDS)
        print(f"{day:<11} {name:<22} {cells}  {sum(counts.values()):>5}")
    cells = " ".join(f"{total[k]:>7}" for k in KINDS)
    print(f"{'all':<11} {len(rows):>3} files{'':<12} {cells}  {sum(total.values()):>5}")


if __name__ == "__main__":
    main()
