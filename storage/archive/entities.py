"""Archive-wide entities: resolution through aliases, links to articles, rename, kind, merge/unmerge."""
from __future__ import annotations

import json
import logging
import sqlite3
import threading
import unicodedata
from pathlib import Path
from typing import Callable, ContextManager

from .backends import dialect_of
from .codec import dumps, dumps_strings, entity_values
from .records import EntityPage, EntityRow, Filters, LinkState, MergeUndo
from ..errors import ArchiveError, NotFound
from ..collation import sort_key
from ..folding import fold
from ..records import ENTITY_KINDS, Entity

log = logging.getLogger(__name__)

LINK_COLUMNS = "article_id, entity_id, role, mentions, aliases, position"
_NAMES_PER_READ = 400  # names per IN list (SQLite's older builds take 999 parameters at most)


class EntityMixin:
    """Entity operations; needs `_conn`, `_lock`, `_write`, `_where`, `_record` from Archive."""

    path: Path
    _conn: sqlite3.Connection
    _lock: threading.RLock
    _reading: Callable[[], ContextManager[None]]
    _write: Callable[[], ContextManager[sqlite3.Connection]]
    _where: Callable[[Filters | None], tuple[str, list]]
    _record: Callable[..., None]
    _mark_user_field: Callable[[int, str], None]

    # --- resolution and links (used inside writes) ----------------------------------------------
    def _resolve_entity(self, name: str, kind: str) -> int:
        """The entity a name of a kind stands for (its name or an archive-wide alias); created if new."""
        return self._resolve_entities([(name, kind)])[0]

    def _resolve_entities(self, pairs: list[tuple[str, str]]) -> list[int]:
        """_resolve_entity of each (name, kind) in order, the stored names and aliases read in one statement
        each for all of them (an article names dozens)."""
        pairs = [(_clean_name(name), kind) for name, kind in pairs]
        for kind in dict.fromkeys(kind for _, kind in pairs):  # each kind once, in order
            _check_kind(kind)
        wanted = sorted({name for name, _ in pairs})
        named: dict[tuple[str, str], int] = {}
        aliased: dict[tuple[str, str], int] = {}
        for start in range(0, len(wanted), _NAMES_PER_READ):
            chunk = wanted[start:start + _NAMES_PER_READ]
            marks = ",".join("?" * len(chunk))
            named.update(((n, k), i) for n, k, i in self._conn.execute(
                f"SELECT name, kind, id FROM entities WHERE name IN ({marks})", chunk))
            aliased.update(((n, k), i) for n, k, i in self._conn.execute(
                f"SELECT alias, kind, entity_id FROM entity_aliases WHERE alias IN ({marks})", chunk))
        ids = []
        for name, kind in pairs:  # the entity's own name first, then an alias, else a new entity
            found = named.get((name, kind), aliased.get((name, kind)))
            if found is None:
                values = entity_values(name, kind)
                found = named[(name, kind)] = int(self._conn.execute(
                    "INSERT INTO entities(name, kind, folded) VALUES (?, ?, ?)",
                    (values["name"], values["kind"], values["folded"])).lastrowid)
            ids.append(int(found))
        return ids

    def _link_entities(self, article_id: int, entities: list[Entity],
                       known: dict[tuple[str, str], int] | None = None) -> None:
        """Link an article to its entities in order; names that resolve to one entity add up.
        `known` ((kind, name) -> id, from a StoredArticle) restores links to the same entities."""
        # The article has no links yet (new, restored, or re-extracted after its links were
        # deleted): names that resolve to one entity are added up here, then written in one go.
        links: dict[int, LinkState] = {}
        resolved = iter(self._resolve_entities([(e.name, e.kind) for e in entities])) if known is None else None
        for position, entity in enumerate(entities):
            entity_id = (known or {}).get((entity.kind, entity.name))
            aliases = list(entity.aliases)
            if resolved is not None:
                entity_id = next(resolved)
            elif entity_id is None or not self._entity_exists(entity_id):
                entity_id = self._resolve_entity(entity.name, entity.kind)
            if known is not None:  # a stored article's aliases include the archive-wide ones: not the link's
                wide = set(self._aliases(entity_id))
                aliases = [a for a in aliases if a not in wide]
            link = LinkState(article_id, entity_id, entity.role, max(1, entity.mentions), aliases, position)
            links[entity_id] = _added(links[entity_id], link) if entity_id in links else link
        self._conn.executemany(f"INSERT INTO article_entities({LINK_COLUMNS}) VALUES (?,?,?,?,?,?)",
                               [(k.article_id, k.entity_id, k.role, k.mentions, dumps_strings(k.aliases), k.position)
                                for k in links.values()])

    def _add_link(self, link: LinkState) -> None:
        row = self._conn.execute("SELECT mentions, aliases, role FROM article_entities "
                                 "WHERE article_id = ? AND entity_id = ?", (link.article_id, link.entity_id)).fetchone()
        if row is None:
            self._conn.execute(f"INSERT INTO article_entities({LINK_COLUMNS}) VALUES (?,?,?,?,?,?)",
                               (link.article_id, link.entity_id, link.role, link.mentions,
                                dumps(link.aliases), link.position))
            return
        aliases = json.loads(row[1]) + [a for a in link.aliases if a not in json.loads(row[1])]
        self._conn.execute("UPDATE article_entities SET mentions = ?, aliases = ?, role = ? "
                           "WHERE article_id = ? AND entity_id = ?",
                           (row[0] + link.mentions, dumps(aliases), row[2] or link.role,
                            link.article_id, link.entity_id))

    def _entity_exists(self, entity_id: int) -> bool:
        return self._conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is not None

    def _links(self, where: str, params: tuple) -> list[LinkState]:
        return [LinkState(a, e, r, m, json.loads(al or "[]"), p) for a, e, r, m, al, p in self._conn.execute(
            f"SELECT {LINK_COLUMNS} FROM article_entities WHERE {where}", params)]

    def _article_entities(self, article_id: int) -> list[tuple[Entity, int]]:
        """The article's entities in order; aliases = the article's surface forms, then the
        archive-wide aliases (merged or old names) so text written with those names is found too."""
        rows = self._conn.execute(
            "SELECT e.id, e.name, e.kind, l.aliases, l.role, l.mentions FROM article_entities l "
            "JOIN entities e ON e.id = l.entity_id WHERE l.article_id = ? ORDER BY l.position, e.id",
            (article_id,)).fetchall()
        wide: dict[int, list[str]] = {}
        for entity_id, alias in self._conn.execute(
                "SELECT x.entity_id, x.alias FROM entity_aliases x JOIN article_entities l "
                "ON l.entity_id = x.entity_id WHERE l.article_id = ? ORDER BY x.alias", (article_id,)):
            wide.setdefault(entity_id, []).append(alias)
        out = []
        for eid, name, kind, aliases, role, mentions in rows:
            merged = [a for a in json.loads(aliases or "[]") if a != name]
            merged += [a for a in wide.get(eid, []) if a != name and a not in merged]
            out.append((Entity(name, kind, merged, role, mentions), eid))
        return out

    def _aliases(self, entity_id: int) -> list[str]:
        return [r[0] for r in self._conn.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", (entity_id,))]

    def _entity_row(self, entity_id: int) -> tuple[str, str]:
        row = self._conn.execute("SELECT name, kind FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            raise NotFound(f"{self.path}: no entity with id {entity_id}")
        return row[0], row[1]

    # --- reading --------------------------------------------------------------------------------
    def entities(self, kind: str | None = None, *, filters: Filters | None = None) -> list[EntityRow]:
        """Entities named in the (filtered) articles with their article counts, most named first."""
        with self._reading():
            where, params = self._where(filters)
            scope = "" if where == "TRUE" else f"AND l.article_id IN (SELECT a.id FROM articles a WHERE {where})"
            if where == "TRUE":  # every article: the stored counts, no grouping of the links
                sql = ("SELECT id, name, kind, article_count AS n FROM entities WHERE article_count > 0 "
                       f"{'AND kind = ?' if kind else ''}")
            else:
                sql = ("SELECT e.id, e.name, e.kind, count(*) AS n FROM article_entities l "
                       f"JOIN entities e ON e.id = l.entity_id WHERE {'e.kind = ?' if kind else 'TRUE'} {scope} "
                       f"GROUP BY {dialect_of(self._conn).entity_key}")
            rows = self._conn.execute(sql, [*([kind] if kind else []), *params]).fetchall()
            # Vietnamese order by sort key here: COLLATE vi calls back into Python at every comparison (10x slower).
            rows.sort(key=lambda r: (-r[3], sort_key(r[1])))
            aliases: dict[int, list[str]] = {}
            for entity_id, alias in self._conn.execute("SELECT entity_id, alias FROM entity_aliases ORDER BY alias"):
                aliases.setdefault(entity_id, []).append(alias)
            return [EntityRow(i, name, k, aliases.get(i, []), n) for i, name, k, n in rows]

    def entity_list(self, kind: str, *, contains: str = "", by_name: bool = False, reverse: bool = False,
                    offset: int = 0, limit: int = 200) -> list[EntityRow]:
        """One page of a kind's named entities, most named first (by_name: in Vietnamese name order;
        reverse: the other way), those whose name or alias contains `contains` (accents and case
        optional). The count order reads the kind's count index, so a first page costs the same at a
        million articles as at a hundred; name order sorts the kind (on request only)."""
        _check_kind(kind)
        needle = fold(" ".join(contains.split()))
        # The stored folded name (folded here when another tool wrote the row), or an alias (few: folded here).
        match = ("AND (instr(coalesce(e.folded, tl_fold(e.name)), ?2) > 0 OR e.id IN (SELECT x.entity_id FROM "
                 "entity_aliases x WHERE x.kind = ?1 AND instr(tl_fold(x.alias), ?2) > 0))") if needle else "AND ?2 = ''"
        way = "ASC" if reverse else "DESC"
        order = (f"e.name COLLATE vi {'DESC' if reverse else 'ASC'}, e.id" if by_name
                 else f"e.article_count {way}, e.name, e.id")
        with self._reading():
            rows = self._conn.execute(
                "SELECT e.id, e.name, e.kind, e.article_count FROM entities e "
                f"WHERE e.kind = ?1 AND e.article_count > 0 {match} ORDER BY {order} LIMIT ?3 OFFSET ?4",
                (kind, needle, int(limit), int(offset))).fetchall()
            aliases = self._aliases_of([r[0] for r in rows])
        return [EntityRow(i, name, k, aliases.get(i, []), n) for i, name, k, n in rows]

    def merge_candidates(self, entity_id: int, limit: int = 500) -> list[EntityRow]:
        """Entities one might merge `entity_id` into: of its kind, those sharing a word of its name
        (accents optional), then the most named; never the whole kind."""
        with self._reading():
            name, kind = self._entity_row(entity_id)
        found: dict[int, EntityRow] = {}
        for word in sorted(set(fold(name).split()), key=len, reverse=True)[:3]:
            if len(word) >= 2:
                found.update((r.id, r) for r in self.entity_list(kind, contains=word, limit=limit // 5))
        found.update((r.id, r) for r in self.entity_list(kind, limit=limit) if r.id not in found)
        found.pop(entity_id, None)
        return sorted(found.values(), key=lambda r: -r.article_count)

    def top_entities(self, kind: str, limit: int = 200) -> list[EntityRow]:
        """The `limit` most named entities of a kind (without aliases): the unfiltered facet. Read from
        the count index down to the last count that makes the cut, so that ties are in Vietnamese order."""
        sql = "SELECT id, name, article_count FROM entities WHERE kind = ? AND article_count >= ? "
        with self._reading():
            last = self._conn.execute(sql + "ORDER BY article_count DESC LIMIT 1 OFFSET ?",
                                      (kind, 1, int(limit) - 1)).fetchone()
            rows = self._conn.execute(sql, (kind, last[2] if last else 1)).fetchall()
        rows.sort(key=lambda r: (-r[2], sort_key(r[1])))
        return [EntityRow(i, name, kind, [], n) for i, name, n in rows[:limit]]

    def _aliases_of(self, entity_ids: list[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for start in range(0, len(entity_ids), 500):
            chunk = entity_ids[start:start + 500]
            for entity_id, alias in self._conn.execute(
                    f"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN ({','.join('?' * len(chunk))}) "
                    "ORDER BY alias", chunk):
                out.setdefault(entity_id, []).append(alias)
        return out

    def entity(self, entity_id: int) -> EntityPage:
        """Aliases, first/last seen, articles per month, co-occurring entities and outlets of one entity."""
        with self._reading():
            name, kind = self._entity_row(entity_id)
            ids = [r[0] for r in self._conn.execute(
                "SELECT a.id FROM articles a JOIN article_entities l ON l.article_id = a.id "
                "WHERE l.entity_id = ? ORDER BY a.published IS NULL, a.published DESC, a.id DESC", (entity_id,))]
            first, last = self._conn.execute(
                "SELECT min(a.published), max(a.published) FROM articles a JOIN article_entities l "
                "ON l.article_id = a.id WHERE l.entity_id = ?", (entity_id,)).fetchone()
            months = self._conn.execute(
                "SELECT substr(a.published, 1, 7) AS m, count(*) FROM articles a JOIN article_entities l "
                "ON l.article_id = a.id WHERE l.entity_id = ? AND length(a.published) >= 7 GROUP BY m ORDER BY m",
                (entity_id,)).fetchall()
            outlets = self._conn.execute(
                "SELECT a.outlet, count(*) AS n FROM articles a JOIN article_entities l ON l.article_id = a.id "
                "WHERE l.entity_id = ? AND a.outlet IS NOT NULL GROUP BY a.outlet ORDER BY n DESC, a.outlet",
                (entity_id,)).fetchall()
            co = self._conn.execute(
                "SELECT e.id, e.name, e.kind, count(*) AS n FROM article_entities mine "
                "JOIN article_entities other ON other.article_id = mine.article_id AND other.entity_id != ? "
                "JOIN entities e ON e.id = other.entity_id WHERE mine.entity_id = ? "
                "GROUP BY e.id ORDER BY n DESC, e.name LIMIT 50", (entity_id, entity_id)).fetchall()
            return EntityPage(entity_id, name, kind, self._aliases(entity_id), len(ids), first, last,
                              [(m, n) for m, n in months], [EntityRow(i, nm, k, [], n) for i, nm, k, n in co],
                              [(o, n) for o, n in outlets], ids)

    # --- editing --------------------------------------------------------------------------------
    def add_entity_link(self, article_id: int, name: str, kind: str, *, role: str | None = None,
                        mentions: int = 1) -> int:
        """Link an article to the entity a name stands for (created if new); returns the entity id."""
        with self._write():
            if not self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
                raise NotFound(f"{self.path}: no article with id {article_id}")
            entity_id = self._resolve_entity(name, kind)
            position = self._conn.execute("SELECT coalesce(max(position) + 1, 0) FROM article_entities "
                                          "WHERE article_id = ?", (article_id,)).fetchone()[0]
            self._add_link(LinkState(article_id, entity_id, role, max(1, mentions), [], position))
            self._mark_user_field(article_id, "entities")
            self._record(article_id, "entities", None, {"id": entity_id, "name": _clean_name(name), "kind": kind},
                         "user", entity_id)
        return entity_id

    def remove_entity_link(self, article_id: int, entity_id: int) -> None:
        """Unlink an entity from an article (the entity stays in the archive)."""
        with self._write():
            name, kind = self._entity_row(entity_id)
            cursor = self._conn.execute("DELETE FROM article_entities WHERE article_id = ? AND entity_id = ?",
                                        (article_id, entity_id))
            if cursor.rowcount:
                self._mark_user_field(article_id, "entities")
                self._record(article_id, "entities", {"id": entity_id, "name": name, "kind": kind}, None,
                             "user", entity_id)

    def rename_entity(self, entity_id: int, new_name: str) -> str:
        """Rename an entity archive-wide; the old name stays an alias so later imports map to it."""
        new_name = _clean_name(new_name)
        with self._write():
            old, kind = self._entity_row(entity_id)
            if new_name == old:
                return old
            clash = self._conn.execute("SELECT id FROM entities WHERE name = ? AND kind = ? AND id != ?",
                                       (new_name, kind, entity_id)).fetchone()
            if clash:
                raise ArchiveError(f"another {kind} is already named '{new_name}'; merge the two instead")
            self._conn.execute("DELETE FROM entity_aliases WHERE alias = ? AND kind = ? AND entity_id = ?",
                               (new_name, kind, entity_id))
            self._conn.execute("UPDATE entities SET name = ?, folded = ? WHERE id = ?",
                               (new_name, fold(new_name), entity_id))
            self._conn.execute("INSERT OR REPLACE INTO entity_aliases(alias, kind, entity_id) VALUES (?, ?, ?)",
                               (old, kind, entity_id))
            self._record(None, "entity.name", old, new_name, "user", entity_id)
        return old

    def set_entity_kind(self, entity_id: int, kind: str) -> str:
        """Change an entity's kind (person/organization/location); returns the old kind."""
        _check_kind(kind)
        with self._write():
            name, old = self._entity_row(entity_id)
            if kind != old:
                if self._conn.execute("SELECT 1 FROM entities WHERE name = ? AND kind = ?", (name, kind)).fetchone():
                    raise ArchiveError(f"a {kind} named '{name}' already exists; merge the two instead")
                self._conn.execute("UPDATE entities SET kind = ? WHERE id = ?", (kind, entity_id))
                self._record(None, "entity.kind", old, kind, "user", entity_id)
        return old

    def merge_entities(self, keep_id: int, drop_id: int) -> MergeUndo:
        """Fold drop into keep: links move, drop's name and aliases become keep's aliases."""
        if keep_id == drop_id:
            raise ArchiveError("cannot merge an entity with itself")
        with self._write():
            self._entity_row(keep_id)
            drop_name, drop_kind = self._entity_row(drop_id)
            undo = MergeUndo(
                keep_id, drop_id, drop_name, drop_kind,
                [(a, k) for a, k in self._conn.execute(
                    "SELECT alias, kind FROM entity_aliases WHERE entity_id = ?", (drop_id,))],
                self._links("entity_id = ?", (drop_id,)),
                self._links("entity_id = ? AND article_id IN (SELECT article_id FROM article_entities "
                            "WHERE entity_id = ?)", (keep_id, drop_id)))
            for link in undo.drop_links:
                self._add_link(LinkState(link.article_id, keep_id, link.role, link.mentions,
                                         link.aliases, link.position))
            self._conn.execute("DELETE FROM article_entities WHERE entity_id = ?", (drop_id,))
            self._conn.execute("UPDATE entity_aliases SET entity_id = ? WHERE entity_id = ?", (keep_id, drop_id))
            self._conn.execute("DELETE FROM entities WHERE id = ?", (drop_id,))
            self._conn.execute("INSERT OR REPLACE INTO entity_aliases(alias, kind, entity_id) VALUES (?, ?, ?)",
                               (drop_name, drop_kind, keep_id))
            self._record(None, "entity.merge", {"id": drop_id, "name": drop_name, "kind": drop_kind},
                         {"id": keep_id}, "user", keep_id)
        return undo

    def unmerge(self, undo: MergeUndo) -> None:
        """Undo merge_entities exactly: drop comes back with its id, aliases and links."""
        with self._write():
            self._conn.execute("DELETE FROM entity_aliases WHERE alias = ? AND kind = ? AND entity_id = ?",
                               (undo.drop_name, undo.drop_kind, undo.keep_id))
            values = entity_values(undo.drop_name, undo.drop_kind)
            self._conn.execute("INSERT INTO entities(id, name, kind, folded) VALUES (?, ?, ?, ?)",
                               (undo.drop_id, values["name"], values["kind"], values["folded"]))
            for alias, kind in undo.drop_aliases:
                self._conn.execute("INSERT OR REPLACE INTO entity_aliases(alias, kind, entity_id) VALUES (?, ?, ?)",
                                   (alias, kind, undo.drop_id))
            for link in undo.drop_links:
                self._conn.execute("DELETE FROM article_entities WHERE article_id = ? AND entity_id = ?",
                                   (link.article_id, undo.keep_id))
                self._add_link(link)
            for link in undo.keep_links_before:
                self._add_link(link)
            self._record(None, "entity.unmerge", {"id": undo.keep_id}, {"id": undo.drop_id}, "user", undo.drop_id)


def _clean_name(name: str) -> str:
    text = " ".join(unicodedata.normalize("NFC", str(name)).split())
    if not text:
        raise ArchiveError("an entity name cannot be empty")
    return text


def _check_kind(kind: str) -> None:
    if kind not in ENTITY_KINDS:
        raise ArchiveError(f"'{kind}' is not an entity kind ({', '.join(ENTITY_KINDS)})")


def _added(first: LinkState, more: LinkState) -> LinkState:
    """Two links of an article to one entity as one (as _add_link merges into a stored link)."""
    aliases = first.aliases + [a for a in more.aliases if a not in first.aliases]
    return LinkState(first.article_id, first.entity_id, first.role or more.role, first.mentions + more.mentions,
                     aliases, first.position)
