"""Stories: versions of one article republished by several outlets, found by near-duplicate detection."""
from __future__ import annotations
