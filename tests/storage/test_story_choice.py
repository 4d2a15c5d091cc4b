"""The original's choice kept as a running summary (stories.original.Choice) during an import: the same
pick as the rules applied to the whole list, and never stale when something else writes meanwhile."""
from __future__ import annotations

import random
from collections import Counter

import pytest

from storage.plural import counted
from storage.archive import Archive
from storage.ingest import ingest
from storage.stories.original import (ORIGINATING_KINDS, Candidate, Choice, choose_original, outlet_kind,
                                      outlet_name)
from storage.stories.view import stories

from .stories_texts import write_story

LABELS = [None, "", "TTXVN", "VOV.VN", "VOV", "Tuổi Trẻ", "Báo Hải Phòng", "vnexpress.net", "Nhân Dân", "  "]
DATES = [None, "", "2024-03-14T09:12:00", "2024-03-14T15:40:00", "2024-03-13", "2024-03-15T07:05:00"]


def _rules(versions: list[Candidate]) -> tuple[int, str]:
    """The rules stated on the whole list (choose_original before it became a running summary)."""
    def earliest(group: list[Candidate]) -> Candidate:
        return min(group, key=lambda v: (v.published is None, v.published or "", v.id))

    cited = Counter(outlet_name(v.source) for v in versions if v.source)
    for source, count in cited.most_common():
        named = [v for v in versions if outlet_name(v.outlet) == source]
        if named:
            return earliest(named).id, f"named as the source by {counted(count, 'version')} (“Theo {source}”)"
    own = [v for v in versions if not v.source or outlet_name(v.source) == outlet_name(v.outlet)] or versions
    wires = [v for v in own if outlet_kind(v.outlet) in ORIGINATING_KINDS]
    if wires:
        chosen = earliest(wires)
        return chosen.id, f"{outlet_name(chosen.outlet)} is a {outlet_kind(chosen.outlet)}"
    dated = [v for v in own if v.published]
    if dated:
        chosen = earliest(dated)
        return chosen.id, f"published first ({chosen.published[:16].replace('T', ' ')})"
    return min(v.id for v in own), "imported first (no date or source to go by)"


@pytest.mark.parametrize("seed", range(40))
def test_the_running_choice_picks_what_the_rules_pick_after_every_version(seed):
    rng = random.Random(seed)
    versions = [Candidate(i, rng.choice(LABELS), rng.choice(LABELS), rng.choice(DATES))
                for i in range(1, rng.randint(2, 30))]
    choice = Choice()
    for count, version in enumerate(versions, 1):
        choice.add(version)
        assert choice.pick() == _rules(versions[:count]) == choose_original(versions[:count])


def _stored_choice_is_fresh(archive: Archive) -> None:
    """Every story's original and reason are those the rules give on its members' current fields."""
    for story in stories(archive):
        rows = [archive.get(v.article_id) for v in story.versions]
        expected = choose_original([Candidate(a.id, a.outlet, a.source, a.published) for a in rows])
        assert (story.original_id, story.reason) == expected


def test_an_edit_during_the_import_is_seen_by_the_next_join(tmp_path):
    """The import keeps each story's choice between articles; a write by anyone else in between (here
    a user's edit making another version the earliest of the cited outlet) makes it read the members again."""
    folder = tmp_path / "pages"
    folder.mkdir()
    pages = write_story(folder)
    order = [pages[name] for name in ("wire", "retitled", "excerpt", "plain")]
    with Archive.open(tmp_path / "a.sqlite") as archive:
        seen: list[int] = []

        def edit(article_id: int) -> None:
            seen.append(article_id)
            if len(seen) == 3:  # the excerpt joined; now the retitled copy claims to be TTXVN's, and earlier
                archive.set_field(seen[1], "outlet", "TTXVN")
                archive.set_field(seen[1], "published", "2024-03-13T08:00:00")

        ingest(archive, order, on_article=edit)
        _stored_choice_is_fresh(archive)
        assert stories(archive)[0].original_id == seen[1]


def test_one_import_of_many_versions_keeps_the_choice_of_grouping_from_scratch(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    pages = write_story(folder)
    with Archive.open(tmp_path / "a.sqlite") as archive:
        ingest(archive, [pages[n] for n in ("retitled", "excerpt", "wire", "plain", "negative")])
        _stored_choice_is_fresh(archive)
        assert len(stories(archive)) == 1 and len(stories(archive)[0].versions) == 4


def _story_rows(archive: Archive) -> list:
    return sorted((s.original_id, s.reason, sorted((v.article_id, v.relation) for v in s.versions))
                  for s in stories(archive))


def test_reading_a_few_articles_per_band_key_finds_the_same_stories(tmp_path, monkeypatch):
    """The look-up reads the newest PER_BAND articles of each key (a big story shares all its keys):
    even one per key finds each version's story, as reading them all does."""
    from storage.stories import store

    folder = tmp_path / "pages"
    folder.mkdir()
    pages = write_story(folder)
    order = [pages[n] for n in ("wire", "retitled", "excerpt", "plain", "negative")]
    with Archive.open(tmp_path / "all.sqlite") as whole:
        ingest(whole, order)
        expected = _story_rows(whole)
    monkeypatch.setattr(store, "PER_BAND", 1)
    with Archive.open(tmp_path / "few.sqlite") as few:
        ingest(few, order)
        assert _story_rows(few) == expected and len(expected) == 1


def test_the_imports_body_shingles_last_until_another_write_and_the_oldest_go_first(tmp_path):
    """StoryChoices.bodies (the shingle sets an import's version checks read) live as long as its choices."""
    from storage.stories.store import StoryChoices

    with Archive.open(tmp_path / "a.sqlite") as archive:
        conn, kept = archive._conn, StoryChoices()
        kept.current(conn)
        kept.bodies.update({1: {11}, 2: {22}})
        kept.committed(conn)
        kept.current(conn)
        assert kept.bodies == {1: {11}, 2: {22}}  # nothing written since the import's last commit
        kept.bodies.update((i, {i}) for i in range(3, StoryChoices.MAX_BODIES + 5))
        kept.committed(conn)
        kept.current(conn)
        assert len(kept.bodies) == StoryChoices.MAX_BODIES and 1 not in kept.bodies and 4 not in kept.bodies
        kept.committed(conn)
        with archive._write() as written:  # someone else's write (an edit, a delete) between two articles
            written.execute("INSERT INTO story_state(key, value) VALUES ('other', '1')")
        kept.current(conn)
        assert kept.bodies == {}
