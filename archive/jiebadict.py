"""One jieba dictionary per process, shared read-only by the parser's steps.

Loading jieba's dictionary takes about half a second (from jieba's cache file, written under
the temp directory on first use); its part-of-speech table, parsed from dict.txt as long again,
is cached beside it. Each process loads them once, and only those it uses. Nobody adds words
to this tokenizer: the parser layers names over it per clause, so results never depend on what
else ran in the process.
The search index cuts its words with jieba-rs instead (``archive.textindex.Segmenter``).
"""

from __future__ import annotations

import contextlib
import importlib
import io
import marshal
import os
import sys
import tempfile
import threading
from typing import TYPE_CHECKING

import jieba

if TYPE_CHECKING:
    import jieba.posseg

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None
_pos: jieba.posseg.POSTokenizer | None = None


def _shared_pos_tokenizer(tokenizer: jieba.Tokenizer) -> jieba.posseg.POSTokenizer:
    """A POS tagger over the shared tokenizer, with a copy of the tag table jieba.posseg
    parses from dict.txt when imported (``POSTokenizer()`` would parse it again).

    jieba.posseg is imported here, not with this module: its import costs a third of a
    second, which the web's processes, which never tag words, need not pay.
    """
    tags = _import_posseg(tokenizer)
    # Imported on first use, by _import_posseg (its import parses dict.txt's tags, see above).
    import jieba.posseg

    class SharedPOSTokenizer(jieba.posseg.POSTokenizer):
        def __init__(self) -> None:
            self.tokenizer = tokenizer
            self.word_tag_tab = dict(tags)

    return SharedPOSTokenizer()


def _tags_cache(tk: jieba.Tokenizer) -> str:
    """Where the default dictionary's tag table is cached, beside jieba's own cache."""
    return os.path.join(tk.tmp_dir or tempfile.gettempdir(), f"jieba-{jieba.__version__}.tags")


def _import_posseg(tk: jieba.Tokenizer) -> dict[str, str]:
    """Import jieba.posseg; returns its tag table (word → part of speech).

    Its import parses dict.txt's 350,000 lines for the tags in Python, half a second of every
    ingest's start. The table is cached beside jieba's own cache (marshal, a tenth of that to
    read), and with a cache the import is handed an empty dictionary file to parse, its
    module-level tagger given the cached table after it. The first process (or a new jieba)
    parses dict.txt as jieba does and writes the cache.
    """
    if "jieba.posseg" in sys.modules or tk.dictionary != jieba.DEFAULT_DICT:
        return importlib.import_module("jieba.posseg").dt.word_tag_tab
    path = _tags_cache(tk)
    try:
        with open(path, "rb") as f:
            tags = marshal.loads(f.read())
    except (OSError, EOFError, ValueError, TypeError):
        tags = importlib.import_module("jieba.posseg").dt.word_tag_tab
        _write_atomically(path, marshal.dumps(tags))
        return tags
    jieba.dt.get_dict_file = lambda: io.BytesIO()  # type: ignore[method-assign]
    try:
        posseg = importlib.import_module("jieba.posseg")
    finally:
        del jieba.dt.get_dict_file
    posseg.dt.word_tag_tab = tags
    return tags


def _write_atomically(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (another process may read it meanwhile);
    a cache that cannot be written is only not written."""
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _load_cached(tk: jieba.Tokenizer) -> bool:
    """Read jieba's cache of its default dictionary into ``tk`` in one read: jieba's own
    ``marshal.load(file)`` asks the file for each of its million objects in turn and took
    1.4 s here, where ``marshal.loads`` of the same bytes takes a third of it. False when
    there is no readable cache yet: ``initialize`` builds and writes it."""
    if tk.dictionary != jieba.DEFAULT_DICT or tk.cache_file:
        return False
    path = os.path.join(tk.tmp_dir or tempfile.gettempdir(), "jieba.cache")
    try:
        with open(path, "rb") as f:
            freq, total = marshal.loads(f.read())
    except (OSError, EOFError, ValueError, TypeError):
        return False
    tk.FREQ, tk.total, tk.initialized = freq, total, True
    return True


def tokenizer() -> jieba.Tokenizer:
    """jieba's default dictionary, loaded once per process; read it, never ``add_word``."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                jieba.setLogLevel(60)
                tk = jieba.Tokenizer()
                if not _load_cached(tk):
                    tk.initialize()
                _tokenizer = tk
    return _tokenizer


def pos_tokenizer() -> jieba.posseg.POSTokenizer:
    """``jieba.posseg`` over the shared dictionary (words with their part-of-speech flags)."""
    global _pos
    if _pos is None:
        tk = tokenizer()
        with _lock:
            if _pos is None:
                _pos = _shared_pos_tokenizer(tk)
    return _pos
