"""The tokenizer: bigrams, run-final characters, words, literals (no database)."""

from __future__ import annotations

import jieba
import pytest

from archive import jiebadict
from archive.textindex import (
    NAME_FREQ,
    Segmenter,
    Token,
    char_tokens,
    index_terms,
    is_cjk,
    normalize,
    phrase_query,
    quote,
    tsvector_literal,
)


@pytest.fixture(scope="module")
def seg() -> Segmenter:
    return Segmenter(["陈红民", "丹尼斯"])


def test_chinese_run_is_bigrams_plus_its_last_character():
    assert char_tokens("人大代表") == [
        Token("人大", 0),
        Token("大代", 1),
        Token("代表", 2),
        Token("表", 3),
    ]


def test_letters_and_digits_are_whole_lowercased_tokens_at_their_offsets():
    assert char_tokens("G107国道 ＡＢＣ") == [
        Token("g107", 0),
        Token("国道", 4),
        Token("道", 5),
        Token("abc", 7),
    ]


def test_a_lone_character_in_a_query_is_a_prefix():
    assert char_tokens("房", query=True) == [Token("房", 0, prefix=True)]
    # Longer runs need no last character in a query: the last bigram covers it.
    assert char_tokens("安置房", query=True) == [Token("安置", 0), Token("置房", 1)]


def test_punctuation_and_spaces_separate_runs():
    assert [t.lexeme for t in char_tokens("双改，工作 会")] == ["双改", "改", "工作", "作", "会"]


def test_dictionary_words_are_marked_and_names_are_whole_words(seg):
    words = [t.lexeme for t in seg.words("区委书记陈红民会见丹尼斯")]
    assert "=陈红民" in words and "=丹尼斯" in words
    assert all(w.startswith("=") for w in words)


def test_segmenter_is_private_to_the_archive(seg):
    import jieba

    seg.words("陈红民")
    assert jieba.dt.FREQ.get("丹尼斯") != 10**6


def test_index_terms_contain_bigrams_and_words(seg):
    terms = index_terms("人大代表", seg)
    assert "人大" in terms and "=人大代表" in terms


def test_the_same_cut_for_index_and_query(seg):
    text = "深化万人助万企活动"
    assert [t.lexeme for t in char_tokens(text, query=True)] == [
        t.lexeme for t in char_tokens(text) if len(t.lexeme) == 2
    ]
    assert seg.words(text) == seg.words(text)


def test_literals_quote_metacharacters():
    assert quote("it's") == "'it''s'"
    assert quote("a\\b") == "'a\\\\b'"


def test_phrase_query_uses_distances_from_the_query():
    q = phrase_query(char_tokens("3号院", query=True))
    assert q == "('3' <-> '号院')"
    assert phrase_query(char_tokens("房", query=True), "A") == "'房':*A"
    assert phrase_query(char_tokens("安置房", query=True), "A") == "('安置':A <-> '置房':A)"


def test_tsvector_literal_lays_fields_apart_with_weights(seg):
    literal = tsvector_literal([("标题", "A"), ("正文", "C")], seg)
    assert "'标题':1A" in literal
    assert "'正文':5C" in literal  # "标题" (2) + gap (2) + 1


def test_normalize_folds_width_and_case():
    assert normalize("ＡＢＣ１２３") == "abc123"


def jieba_with_words(words: list[str]) -> jieba.Tokenizer:
    """jieba's own tokenizer with ``words`` added as the segmenter adds them."""
    base = jiebadict.tokenizer()
    tk = jieba.Tokenizer()
    tk.FREQ, tk.total, tk.initialized = dict(base.FREQ), base.total, True
    for word in words:
        tk.add_word(word, freq=NAME_FREQ)
    return tk


def jieba_spans(tk: jieba.Tokenizer, text: str) -> list[tuple[str, int]]:
    """What ``Segmenter.spans`` must equal: jieba's own dictionary cut, word by word."""
    found, start = [], 0
    for word in tk.cut(text, HMM=False):
        if len(word) >= 2 and any(is_cjk(c) for c in word):
            found.append(("=" + word[:64], start))
        start += len(word)
    return found


def test_words_are_cut_as_jieba_cuts_them(seg):
    from pathlib import Path
    from random import Random

    root = Path(__file__).resolve().parents[2]
    files = sorted((root / "samples" / "pages").glob("*.txt"))
    files += sorted((root / "tests" / "ingest" / "corpus" / "pages").glob("*.txt"))
    texts = [normalize(p.read_bytes().decode("utf-8", "replace")) for p in files]
    rng = Random(7)
    # Names added to the dictionary, ASCII jieba keeps inside a block, spaces, CJK outside
    # jieba's range (㐀, 𠀀), one-character blocks.
    alphabet = "二七区委书记陈红民丹尼斯主持召开会议人大代表abcXYZ019+#&._%-，。 \n\r\t㐀𠀀"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50))) for _ in range(800)]
    # With the archive's names added, and without (the module's own dictionary).
    for segmenter in (seg, Segmenter()):
        tk = jieba_with_words(segmenter.added)
        for text in texts:
            assert list(segmenter.spans(text)) == jieba_spans(tk, text), text
    assert ("=陈红民", 4) in list(seg.spans("区委书记陈红民主持会议"))  # an added name, whole


def reference_literal(fields: list[tuple[str, str]], seg: Segmenter) -> str:
    """The literal spelled out from ``char_tokens`` and ``Segmenter.words``, a token at a time."""
    positions: dict[str, list[str]] = {}
    base = 1
    for text, weight in fields:
        if not text:
            continue
        for tok in char_tokens(text) + seg.words(text):
            positions.setdefault(tok.lexeme, []).append(f"{min(base + tok.offset, 16383)}{weight}")
        base += len(normalize(text)) + 2
    return " ".join(f"{quote(lex)}:{','.join(p)}" for lex, p in positions.items())


@pytest.mark.django_db
def test_tsvector_literal_is_the_tokens_written_out(seg):
    """Equal as PostgreSQL reads them: the literal writes each occurrence on its own and
    leaves merging and clamping the positions to the server."""
    from random import Random

    from django.db import connection

    rng = Random(3)
    alphabet = "区委书记陈红民主持人大代表会议ab'\\09，。 ＡＢ㐀"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(300)]
    cases = [
        [(text, "A"), ("", "B"), (texts[i - 1], "D"), (texts[i - 2] * 3, "C")]
        for i, text in enumerate(texts)
    ]
    cases.append([("长" * 17000, "C")])  # positions past PostgreSQL's limit share the last one
    cases.append([("长" * 17000, "C"), ("长长", "D")])  # a field that starts past the limit
    ours = [tsvector_literal(fields, seg) for fields in cases]
    spelled = [reference_literal(fields, seg) for fields in cases]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT n FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY u(a, b, n) "
            "WHERE a::tsvector IS DISTINCT FROM b::tsvector",
            [ours, spelled],
        )
        assert [cases[n - 1] for (n,) in cursor.fetchall()] == []
    assert any("'" in text for text in texts) and any("\\" in text for text in texts)
