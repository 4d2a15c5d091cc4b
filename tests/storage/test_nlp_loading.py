"""underthesea loaded for the extractor without its package's eager imports (entities/nlp.py)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter: whether the package's __init__ ran depends on what the process imported before.
PROBE = """
import json, sys
from storage.extraction.entities import extract_entities, warm_up
from storage.extraction.entities.lexicon import lexicon, stopwords, syllables
from storage.extraction.entities.spelling import tone_norm
from storage.extraction.entities.tokens import pos_tags, segment

warm_up()
ours = [sorted(lexicon()), sorted(syllables()), sorted(stopwords())]
tagged = pos_tags("công ty hóa dầu")
lean = {name: name in sys.modules for name in ("requests", "underthesea.pipeline.classification",
                                               "underthesea.datasets")}
names = [e.name for e in extract_entities("", ["Bộ trưởng Quốc phòng gặp ông Nguyễn Văn An tại Hà Nội."])]
import underthesea  # another caller: the whole package once it asks for a name the extractor did not load
from underthesea import ner, pos_tag, word_tokenize
from underthesea.corpus import viet_dict_74K
from underthesea.datasets.stopwords import words
theirs = [sorted({tone_norm(w) for w in viet_dict_74K.words if " " in w}),
          sorted({tone_norm(w) for w in viet_dict_74K.words if " " not in w}),
          sorted({w for w in words if w and not w.isdigit()})]
print(json.dumps({"lean": lean, "same_lists": ours == theirs, "names": names, "ner": callable(ner),
                  "segment": [list(segment("Bộ Quốc phòng đã họp")), word_tokenize("Bộ Quốc phòng đã họp")],
                  "tagged": [[list(p) for p in tagged], [list(p) for p in pos_tag("công ty hóa dầu")]],
                  "classify": callable(underthesea.classify)}, ensure_ascii=False))
"""


def test_extractor_loads_underthesea_lean_and_others_get_the_whole_package():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, check=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["lean"] == {"requests": False, "underthesea.pipeline.classification": False,
                             "underthesea.datasets": False}
    assert found["same_lists"]  # the word lists read directly are the package's
    assert {"Nguyễn Văn An", "Hà Nội"} <= set(found["names"])
    assert found["segment"][0] == found["segment"][1] == ["Bộ", "Quốc phòng", "đã", "họp"]
    assert found["tagged"][0] == found["tagged"][1]
    assert found["ner"] and found["classify"]
