"""underthesea's segmenter, tagger and word lists, loaded without the package's eager imports.

`import underthesea` runs its __init__, which imports every pipeline it has (classification, translation,
dependency parsing, an agent) and with them requests, joblib's process pools, yaml and asyncio: 75 MB and
half a second in each process that extracts (every import worker). The extractor needs only the word
segmenter, the POS tagger and two word lists, so the package is registered without running its __init__ and
those submodules are imported from it as usual. The first name another caller asks of the package that it
lacks (`underthesea.ner`, `from underthesea import classify`) runs the real __init__ into it, so that caller
gets the whole package, as if it had been imported first.
"""
from __future__ import annotations

import importlib.util
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Callable

_LOCK = threading.Lock()


def _package() -> ModuleType:
    """The `underthesea` module: the one already imported, else a stand-in whose __init__ runs when first needed."""
    with _LOCK:
        found = sys.modules.get("underthesea")
        if found is not None:
            return found
        spec = importlib.util.find_spec("underthesea")
        if spec is None or spec.loader is None:
            raise ImportError("underthesea is not installed")
        module = importlib.util.module_from_spec(spec)

        def whole(name: str) -> object:
            # A name the stand-in lacks: run the package's own __init__ into it, then answer as it would.
            if module.__dict__.pop("__getattr__", None) is not None:
                spec.loader.exec_module(module)  # type: ignore[union-attr]
            return module.__dict__[name] if name in module.__dict__ else _missing(name)

        module.__getattr__ = whole  # type: ignore[attr-defined]
        sys.modules["underthesea"] = module
        return module


def _missing(name: str) -> object:
    raise AttributeError(f"module 'underthesea' has no attribute {name!r}")


def word_tokenize() -> Callable[[str], list[str]]:
    """underthesea.word_tokenize."""
    package = _package()
    import underthesea.pipeline.text_normalize  # noqa: F401  # before word_tokenize: the two import each other
    from underthesea.pipeline.word_tokenize import word_tokenize as segment

    if "word_tokenize" not in package.__dict__:
        package.word_tokenize = segment  # pos_tag imports it from the package, as the real __init__ sets it
    return segment


def pos_tag() -> Callable[[str], list[tuple[str, str]]]:
    """underthesea.pos_tag."""
    word_tokenize()
    from underthesea.pipeline.pos_tag import pos_tag as tag

    return tag


def viet74k_words() -> list[str]:
    """The words of underthesea's Viet74K dictionary (read afresh: the caller keeps what it needs)."""
    _package()
    from underthesea.corpus.readers.dictionary_loader import DictionaryLoader

    return DictionaryLoader("Viet74K.txt").words


def stopwords() -> list[str]:
    """underthesea's Vietnamese stop words, as underthesea.datasets.stopwords.words reads them (that
    package's __init__ imports its dataset downloaders)."""
    folder = Path(_package().__path__[0])
    return (folder / "datasets" / "stopwords" / "stopwords.txt").read_text(encoding="utf-8").split("\n")
