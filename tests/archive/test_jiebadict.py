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
"""


def test_the_tag_table_is_loaded_by_the_parser_not_by_django_or_the_search_index():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"}
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["after search: False", "after load: True n"]
