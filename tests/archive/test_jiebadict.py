"""jieba's tables are loaded where they are used: the web's processes never pay for the
part-of-speech table, the parser gets it with the tags jieba.posseg reads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import sys, django
django.setup()
from archive import jiebadict
from archive.textindex import Segmenter
Segmenter().words("二七区召开工作推进会")
print("after search:", "jieba.posseg" in sys.modules)
from ingest.parser import nlp
nlp.load()
print("after load:", "jieba.posseg" in sys.modules, jiebadict.pos_tokenizer().word_tag_tab["会议"])
print("pkg_resources:", "pkg_resources" in sys.modules)
"""


def test_the_tag_table_is_loaded_by_the_parser_not_by_django_or_the_search_index():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"}
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["after search: False", "after load: True n"]
    # The venv holds no setuptools (Makefile): jieba's import of pkg_resources, 0.17 s at
    # every start, finds nothing and jieba opens its files itself.
    assert out.stdout.split("\n")[2] == "pkg_resources: False"


def test_the_dictionary_read_at_once_from_jiebas_cache_is_the_one_jieba_reads():
    import jieba

    from archive import jiebadict

    own = jieba.Tokenizer()
    own.initialize()
    shared = jiebadict.tokenizer()
    assert shared.initialized and shared.total == own.total
    assert shared.FREQ == own.FREQ


def test_a_missing_or_broken_cache_is_left_to_jieba(tmp_path):
    import marshal

    import jieba

    from archive import jiebadict

    tk = jieba.Tokenizer()
    tk.tmp_dir = str(tmp_path)
    assert not jiebadict._load_cached(tk)  # none yet: jieba builds and writes it
    (tmp_path / "jieba.cache").write_bytes(b"\x00broken")
    assert not jiebadict._load_cached(tk)
    (tmp_path / "jieba.cache").write_bytes(marshal.dumps(({"二七": 3, "二": 0}, 3)))
    assert jiebadict._load_cached(tk)
    assert (tk.FREQ, tk.total, tk.initialized) == ({"二七": 3, "二": 0}, 3, True)


_TAGS_PROBE = """
import sys
from archive import jiebadict
tk = jiebadict.tokenizer()
tk.tmp_dir = sys.argv[1]
tags = jiebadict.pos_tokenizer().word_tag_tab
import jieba.posseg
fresh = jieba.posseg.POSTokenizer(jieba.Tokenizer()).word_tag_tab  # dict.txt parsed again
print(len(tags), tags == fresh, jieba.posseg.dt.word_tag_tab == fresh)
"""


def test_the_cached_tag_table_is_the_one_jieba_parses(tmp_path):
    """The first process parses dict.txt's tags and caches them; the next reads the cache, its
    import handed no file to parse, and gets the same table, jieba.posseg's own tagger too."""
    runs = [
        subprocess.run(
            [sys.executable, "-c", _TAGS_PROBE, str(tmp_path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        for _ in range(2)
    ]
    for run in runs:
        assert run.returncode == 0, run.stderr
        count, same, module_same = run.stdout.split()
        assert int(count) > 300_000 and same == module_same == "True"
    assert [p.name for p in tmp_path.iterdir()] == [f"jieba-{__import__('jieba').__version__}.tags"]


def test_a_broken_tag_cache_is_parsed_again_and_rewritten(tmp_path):
    cache = tmp_path / f"jieba-{__import__('jieba').__version__}.tags"
    cache.write_bytes(b"\x00broken")
    run = subprocess.run(
        [sys.executable, "-c", _TAGS_PROBE, str(tmp_path)], cwd=ROOT, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split()[1:] == ["True", "True"]
    assert cache.stat().st_size > 1_000_000
