"""Saved searches in the archive (schema v5): stored whole, counted, renamed, refused without a name."""
from __future__ import annotations

import pytest

from storage.archive import Archive
from storage.archive.records import Filters
from storage.errors import ArchiveError, NotFound
from storage.records import Article, Block
from storage.saved_searches import counts, delete_search, rename_search, save_search, saved_searches


def test_a_saved_search_keeps_its_query_and_filters(archive_location, tmp_path):
    with Archive.open(archive_location) as archive:
        archive.add_article(Article(title="Đê biển Cà Mau", outlet="Báo Cà Mau", published="2020",
                                    date_precision="year", blocks=[Block("Tuyến đê biển được gia cố.")]),
                            raw=b"x", file_name="a.txt")
        new_id = save_search(archive, "  Đê   biển ", Filters(query="de bien", outlet="Báo Cà Mau",
                                                             date_precision="year", prefix_last=True))
        (search,) = saved_searches(archive)
        assert (search.id, search.name, search.query) == (new_id, "Đê biển", "de bien")
        assert search.filters == Filters(outlet="Báo Cà Mau", date_precision="year")
        assert counts(archive, [search]) == {new_id: 1}
        with pytest.raises(ArchiveError, match="name"):
            save_search(archive, " ", Filters())
        assert rename_search(archive, new_id, "Đê") == "Đê biển"
        with pytest.raises(NotFound):
            rename_search(archive, 999, "x")
        delete_search(archive, new_id)
        assert saved_searches(archive) == []
