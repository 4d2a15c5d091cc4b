"""The index of people, organisations and places: each with the articles (and pages) naming it
and the role the article gives, when it gives one."""
from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.platypus import Flowable, PageBreak

from ..records import ENTITY_KINDS
from .front import section_heading
from .labels import Labels
from .model import Entry, sort_key
from .template import DossierDoc, Deferred, Para, escape_markup as esc


@dataclass
class IndexItem:
    """One entity of the index and where it is named."""

    name: str
    kind: str
    mentions: list[tuple[Entry, str | None]] = field(default_factory=list)  # (article, role there)


def collect(entries: list[Entry]) -> dict[str, list[IndexItem]]:
    """Entities by kind, alphabetical (Vietnamese order), each with its articles in dossier order."""
    items: dict[tuple[str, str], IndexItem] = {}
    for e in entries:
        seen: set[tuple[str, str]] = set()
        for entity in e.article.entities:
            key = (entity.kind, entity.name)
            if key in seen or not entity.name.strip():
                continue
            seen.add(key)
            item = items.setdefault(key, IndexItem(entity.name, entity.kind))
            item.mentions.append((e, (entity.role or "").strip() or None))
    by_kind: dict[str, list[IndexItem]] = {kind: [] for kind in ENTITY_KINDS}
    for item in items.values():
        by_kind.setdefault(item.kind, []).append(item)
    for kind_items in by_kind.values():
        kind_items.sort(key=lambda i: sort_key(i.name))
    return by_kind


def entity_index(entries: list[Entry], doc: DossierDoc, labels: Labels, st: dict) -> list[Flowable]:
    """Section heading, then one group per entity kind."""
    story: list[Flowable] = [section_heading("index", labels, st)]
    by_kind = collect(entries)
    if not any(by_kind.values()):
        story.append(Para(esc(labels["empty_index"]), st["body"]))
    for kind, items in by_kind.items():
        if not items:
            continue
        story.append(Para(esc(labels[kind]), st["h2"]))
        story += [Deferred(_entry_text(item, doc, labels), st["index_entry"]) for item in items]
    return story + [PageBreak()]


def _entry_text(item: IndexItem, doc: DossierDoc, labels: Labels):
    def make() -> str:
        refs = []
        for entry, role in item.mentions:
            page = doc.page_of(entry.key)
            where = f"[{entry.number}]"
            if page is not None:
                where += " " + esc(labels.fmt("page_ref", page=page))
            ref = f'<a href="#{entry.key}">{where}</a>'
            if role:
                ref += f" <i>({esc(role)})</i>"
            refs.append(ref)
        return f"<b>{esc(item.name)}</b> — " + "; ".join(refs)
    return make
