"""The classifier learned from labelled stories: category and AI relevance, by weights.

Two logistic regressions over one story's features (its vector, and which keywords its
titles and texts name), fitted by ``bench/fit_categories.py`` on hand-labelled real
items and on example headlines and items written for the project, and shipped as
``desk/classifier.npz`` (weights only, no text).  The category model also reads the
words of the titles and texts, hashed into buckets: a story's kind (a paper, a hands-on
test, an essay, a repository) shows in words such as 论文, 实测, 认为 or Star more than
in its topic, which is what the vector holds; and two cues of structure, whether someone
speaks (an opinion) and whether a name carries a version (a model).  Its classes weigh
the same in the fit (the labelled sets hold five times more products than compute
stories, and a run's day need not).  To its scores it adds naive-Bayes word evidence:
per category, the log likelihood of each word (jieba's words of Chinese text, lower-case
Latin words), hashed into many buckets and counted on class-balanced data, summed over
the story's words and weighed by ``evidence_weight``; it carries rare words the
regression's penalty keeps small.  The category model knows the default taxonomy's
keys; a taxonomy with other keys is judged zero-shot instead
(:mod:`newsdesk.desk._classify`).  Both models read vectors of one encoder, named in the
file: vectors of another encoder (an OpenAI embedder) fall back to zero-shot too.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import jieba
import numpy as np
import numpy.typing as npt

from newsdesk.aliases import on_word_boundaries
from newsdesk.chinese import HAN_RUN

jieba.setLogLevel(logging.WARNING)

FloatArray = npt.NDArray[np.float32]

#: Vector components are about 1/sqrt(512) each; scaled, they weigh as much as a
#: keyword flag under the same L2 penalty.
VECTOR_SCALE = 22.6
#: A keyword flag's value: under one L2 penalty a flag must be able to outweigh many
#: small vector weights (an OpenClaw release or a GPU-rental story says what it is in
#: one word).
FLAG_SCALE = 3.0
#: The category model weighs the vector at half that scale: under its penalty the words
#: then count for more, which held in cross-validation on the training days.
CATEGORY_VECTOR_SCALE = VECTOR_SCALE / 2
#: A word's value in the category model's bag of words.
WORD_SCALE = 2.0
#: Latin words, and runs of Chinese characters (read as overlapping pairs: Chinese has
#: no spaces, and most of its words are two characters).
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.+\-]*")
#: Someone speaking: a headline opening with a speaker and a colon ("黄仁勋：…"), or a verb
#: or form of speech (认为, 专访, says, interview).  An opinion or interview (``voices``) is
#: told by who speaks, not by what about, which the vector and the words read.  Not
#: quotation marks: headlines put a product's or a rule's name and scare quotes in them
#: (leave-one-set-out 0.743 without them, 0.738 with).
_SPEAKER = re.compile(
    r"^[^，,。：:“”\"\n]{2,16}[：:]"
    r"|(?<![A-Za-z])(?:says|said|warns|argues|thinks|believes|interview|podcast)(?![A-Za-z])"
    r"|认为|表示|直言|警告|称|谈|专访|访谈|对话|演讲|观点|呼吁|预测",
    re.IGNORECASE | re.MULTILINE,
)
#: A name with a version number (GPT-5.2, Qwen3-Max, Llama 4, K2): a model release names
#: its model so; products and chips carry numbers too, so it is a cue the fit weighs.
_VERSIONED_NAME = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z\-]*[- ]?[vVkK]?\d+(?:\.\d+)?"
    r"(?:[- ]?(?:Pro|Max|Flash|mini|Turbo|Ultra|Lite|Plus|Instruct|VL|Coder))?(?![0-9])"
)
#: Hash buckets of the naive-Bayes word evidence: enough that few words share one.
EVIDENCE_BUCKETS = 65536
#: The file the fit script writes, beside this module.
MODEL_FILE = "classifier.npz"


def keyword_flags(
    patterns: Sequence[re.Pattern[str] | None], titles: str, texts: str
) -> list[float]:
    """Per pattern: 1.0 if a title names it, then per pattern: 1.0 if a text does."""
    in_titles = [float(p is not None and p.search(titles) is not None) for p in patterns]
    in_texts = [float(p is not None and p.search(texts) is not None) for p in patterns]
    return in_titles + in_texts


def story_features(
    vector: FloatArray, patterns: Sequence[re.Pattern[str] | None], titles: str, texts: str
) -> FloatArray:
    """One row of model input: the scaled vector, then the keyword flags."""
    flags = FLAG_SCALE * np.asarray(keyword_flags(patterns, titles, texts), dtype=np.float32)
    row: FloatArray = np.concatenate([vector.astype(np.float32) * VECTOR_SCALE, flags])
    return row


def structure_cues(titles: str, texts: str) -> list[float]:
    """Who or what a story is about, as flags: someone speaks in a title, a title names a
    versioned name, then the same of the texts (:data:`_SPEAKER`, :data:`_VERSIONED_NAME`)."""
    return [
        float(pattern.search(part) is not None)
        for part in (titles, texts)
        for pattern in (_SPEAKER, _VERSIONED_NAME)
    ]


def names_a_word(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the text names one of the pattern's words as words: a Chinese one only
    where the segmenter reads it whole, as the title and text rules read them (文生视频
    is not in 课文生视频, 课文 + 生 + 视频); a Latin one is matched as a whole word already."""
    return any(
        found.group().isascii() or on_word_boundaries(text, found.start(), found.end())
        for found in pattern.finditer(text)
    )


def relevance_features(
    vector: FloatArray, patterns: Sequence[re.Pattern[str]], titles: str, texts: str
) -> FloatArray:
    """The relevance model's input: the scaled vector, per pattern whether the titles
    and then the texts name it as words (:func:`names_a_word`), then a flag for a story
    that has a text yet names none of the patterns in it or its titles.  Tech news
    that is not AI (an open-source maths tool, a messaging app's feature, a web outage)
    sits near AI news in vector space, so the vector alone keeps it; its text naming no
    AI word is what tells it apart, and only a text can say so (most AI headlines name
    no AI word either)."""
    named = [names_a_word(p, part) for part in (titles, texts) for p in patterns]
    silent = bool(texts.strip()) and not any(named)
    flags = FLAG_SCALE * np.asarray([*named, silent], dtype=np.float32)
    joined: FloatArray = np.concatenate([vector.astype(np.float32) * VECTOR_SCALE, flags])
    return joined


def words(text: str) -> set[str]:
    """Lower-case Latin words and the pairs of adjacent Chinese characters."""
    found = {w.lower() for w in _LATIN_WORD.findall(text)}
    for run in HAN_RUN.findall(text):
        found.update(run[i : i + 2] for i in range(len(run) - 1))
    return found


def evidence_words(text: str) -> set[str]:
    """Lower-case Latin words and jieba's words of each run of Chinese characters."""
    found = {w.lower() for w in _LATIN_WORD.findall(text)}
    for run in HAN_RUN.findall(text):
        found.update(jieba.lcut(run))
    return found


def evidence_buckets(text: str, buckets: int = EVIDENCE_BUCKETS) -> npt.NDArray[np.intp]:
    """The buckets of a text's evidence words, each once (CRC-32, as the bags of words)."""
    found = {zlib.crc32(word.encode()) % buckets for word in evidence_words(text)}
    return np.asarray(sorted(found), dtype=np.intp)


def bag_of_words(text: str, buckets: int, prefix: str) -> FloatArray:
    """1.0 in the bucket of each word (CRC-32 of prefix and word: stable across runs
    and platforms, and the weights file needs no vocabulary)."""
    row = np.zeros(buckets, dtype=np.float32)
    for word in words(text):
        row[zlib.crc32(f"{prefix}{word}".encode()) % buckets] = 1.0
    return row


def category_features(
    vector: FloatArray,
    patterns: Sequence[re.Pattern[str] | None],
    titles: str,
    texts: str,
    buckets: int,
) -> FloatArray:
    """One row of category-model input: the vector at its scale, the keyword flags, the
    structure cues, then the titles' and the texts' words (``buckets`` each; none when 0)."""
    row = story_features(vector, patterns, titles, texts)
    row[: len(vector)] *= CATEGORY_VECTOR_SCALE / VECTOR_SCALE
    cues = FLAG_SCALE * np.asarray(structure_cues(titles, texts), dtype=np.float32)
    row = np.concatenate([row, cues])
    if not buckets:
        return row
    bags = [WORD_SCALE * bag_of_words(titles, buckets, "t:")]
    bags.append(WORD_SCALE * bag_of_words(texts, buckets, "x:"))
    joined: FloatArray = np.concatenate([row, *bags])
    return joined


@dataclass(frozen=True, slots=True, eq=False)
class LearnedModel:
    """Fitted weights of the category and relevance models."""

    #: Name of the encoder whose vectors the weights read.
    embedder: str
    #: Category keys, in column order of ``category_weights``.
    category_keys: tuple[str, ...]
    #: Hash buckets of each of the category model's two bags of words.
    word_buckets: int
    #: (features, categories) weights and (categories,) bias of the softmax model.
    category_weights: FloatArray
    category_bias: FloatArray
    #: (evidence buckets, categories) log likelihood of a word given the category, and
    #: the weight of its sum in the category scores.
    word_evidence: FloatArray
    evidence_weight: float
    #: (features,) weights and the bias of the relevance model.
    relevance_weights: FloatArray
    relevance_bias: float

    def category_probabilities(self, features: FloatArray, text: str) -> FloatArray:
        """Probability of each category key: softmax of the linear scores of the
        features plus the word evidence of ``text`` (titles and texts)."""
        evidence = self.word_evidence[evidence_buckets(text, len(self.word_evidence))]
        scores = features @ self.category_weights + self.category_bias
        scores = scores + self.evidence_weight * evidence.sum(axis=0)
        scores = np.exp(scores - scores.max())
        probabilities: FloatArray = (scores / scores.sum()).astype(np.float32)
        return probabilities

    def relevance(self, features: FloatArray) -> float:
        """Probability that the story is AI news."""
        logit = float(features @ self.relevance_weights) + self.relevance_bias
        return 1 / (1 + float(np.exp(-np.clip(logit, -30, 30))))


def load_model() -> LearnedModel | None:
    """The shipped model, or None when the package has none (a checkout before fitting)."""
    source = resources.files("newsdesk").joinpath(f"desk/{MODEL_FILE}")
    if not source.is_file():
        return None
    with source.open("rb") as handle, np.load(handle, allow_pickle=False) as data:
        return LearnedModel(
            embedder=str(data["embedder"]),
            category_keys=tuple(str(k) for k in data["category_keys"]),
            word_buckets=int(data["word_buckets"]),
            category_weights=data["category_weights"].astype(np.float32),
            category_bias=data["category_bias"].astype(np.float32),
            word_evidence=data["word_evidence"].astype(np.float32),
            evidence_weight=float(data["evidence_weight"]),
            relevance_weights=data["relevance_weights"].astype(np.float32),
            relevance_bias=float(data["relevance_bias"]),
        )


def save_model(model: LearnedModel, path: str) -> None:
    """Write the weights as the fit script does (numbers and key names only; the word
    evidence in half precision, which keeps the file small and changes no decision)."""
    np.savez_compressed(
        path,
        embedder=np.asarray(model.embedder),
        category_keys=np.asarray(model.category_keys),
        word_buckets=np.asarray(model.word_buckets),
        category_weights=model.category_weights.astype(np.float32),
        category_bias=model.category_bias.astype(np.float32),
        word_evidence=model.word_evidence.astype(np.float16),
        evidence_weight=np.asarray(model.evidence_weight),
        relevance_weights=model.relevance_weights.astype(np.float32),
        relevance_bias=np.asarray(model.relevance_bias),
    )
