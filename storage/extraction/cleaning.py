"""Cleaning a whole-page dump: every line becomes a Block, kept (body/caption) or removed with a reason."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..records import Block
from .bylines import (AUTHOR_LABEL_RE, SECTION_SHARE, TailLine, classify_tail, has_views_tail, is_country_name,
                      pen_name_tail, ranked_writer)
from .body_model import vote_tail
from .captions import CREDIT_WORDS, is_caption
from .dates import FoundDate, find_date, is_date_line, residue, split_glued_date
from .furniture import mark_furniture
from .linefeatures import ends_sentence, ends_with_ellipsis, is_name_like, norm_key, words
from .noise import END_REASONS, classify, is_dated_item, section_coverage
from .outlets import from_lead_prefix, lookup
from .title_model import rank_title
from .titles import find_title_after_lead, find_title_index, is_headline_like, is_paragraph_like, question_title

log = logging.getLogger(__name__)

MAX_TAIL_LINES = 4
MAX_TAIL_PEEL = 12
MAX_PROMO_PARAGRAPHS = 2
PHOTO_NOTE_MAX_WORDS = 60
# Who stands where in a photo, in brackets: "(ngoài cùng bên trái)", "(từ trái sang phải: ...)", "(thứ hai từ phải)".
PHOTO_POSITION_RE = re.compile(r"\([^()]{0,40}?(?:ngoài\s+cùng\s+(?:bên\s+)?(?:trái|phải)|từ\s+(?:trái|phải)\s+(?:sang|qua)"
                               r"|thứ\s+\w+\s+từ\s+(?:trái|phải))", re.I)
# The closing words of a notice that sends the reader elsewhere: "... tại đây.", "xem chi tiết tại đây".
LINK_CALL_RE = re.compile(r"\b(?:tại|ở|vào)\s+đây\W*$|\b(?:tìm\s+hiểu|xem)\s+(?:thêm|chi\s+tiết)\b", re.I)
RESUME_WINDOW = 12  # an inline "Tin liên quan" box is a few lines; the body may go on after it
DUPLICATE_LOOKBACK = 3
REPEAT_ANYWHERE_WORDS = 12  # a paragraph this long printed twice is one paragraph printed twice
TEASER_MAX_WORDS = 40  # a teaser under another article's headline is one sentence
MIN_PROSE_ABOVE_CLOSING_RUN = 3  # paragraphs above a closing run of teasers or gallery captions
LONG_HEADLINE_WORDS = 10  # another article's headline under a teaser of two sentences
MIN_TEASER_PAIRS = 2  # one headline-and-paragraph pair may be the article's own subheading
# "Sapo: …", "Tóm tắt: …": a label the page prints before its lead, not part of it.
LEAD_LABEL_RE = re.compile(r"^(?:sapo|tóm\s+tắt|chapeau)\s*:\s+(?=\S)", re.I)
# "… gây ô nhiễm. >> Xả rác, sự hồn nhiên": a link to another article glued after a paragraph's last sentence.
GLUED_LINK_RE = re.compile(r"(?<=[.!?…\"”])\s+(?:>>+|»)\s*\S.{2,150}$")
TAG_MAX_WORDS = 3
LOWER_TAG_MAX_WORDS = 5  # a lowercase topic ("hợp tác quốc phòng") may be longer than a name tag
MIN_TAG_RUN = 3  # a byline with its source is two short lines; three bare ones are a tag list
TAG_PUNCT_RE = re.compile(r"[.:;!?()/|,]")
# A photo gallery under the article: its captions are short one-sentence lines after the last long paragraph.
GALLERY_CAPTION_MAX_WORDS = 20
MIN_GALLERY_CAPTIONS = 3
GALLERY_PROSE_WORDS = 30  # the article's own paragraphs above it are long
PHOTO_CREDIT_TAIL_RE = re.compile(r"\.\s*" + CREDIT_WORDS + r"\b[^.]{0,40}\.?\s*$", re.I)  # "… xem. Ảnh Trọng Đức."
DIGIT_RE = re.compile(r"\d")
QUOTE_OPENERS = ("“", '"', "«", "„")
# A speaker named with a calling and a role: "Ông Trần Văn Hòa, Giám đốc ...", "TS Lê Minh - chuyên gia ...".
ATTRIBUTION_RE = re.compile(r"^(?i:ông|bà|cô|thầy|anh|chị|em|cụ|giáo sư|phó giáo sư|gs|pgs|ts|ths|tiến sĩ|thạc sĩ|"
                            r"bác sĩ|bs|luật sư|ls|nhà báo|nhà văn|nghệ sĩ|đại biểu|chuyên gia)\.?\s+[A-ZĐÂĂÊÔƠƯ]"
                            r"[^.!?]{1,60}?\s*(?:[-–,]\s)")
NOT_A_CAPTION_RE = re.compile(r"[\"“”«»:?!]|^\s*(?:[-–•+*]|\d+[.)])")


@dataclass
class Cleaned:
    """The blocks of a page and what cleaning learnt on the way (title, header lines, closing lines)."""

    blocks: list[Block]
    title: str | None = None
    glued_date: FoundDate | None = None
    header_lines: list[str] = field(default_factory=list)  # before the first body paragraph
    # The same lines nearest the title first: a page's own "today" bar sits far above the article's date.
    header_by_distance: list[tuple[float, str]] = field(default_factory=list)
    after_lines: list[str] = field(default_factory=list)  # other articles, footers
    tail: list[TailLine] = field(default_factory=list)  # bylines and sources, page order
    inner_date_lines: list[str] = field(default_factory=list)  # date bars inside the article (not lists)
    closing_date: str | None = None  # a date bar right under the closing signature (mobile and longform pages)


def _has_prefix(line: str) -> bool:
    return from_lead_prefix(line)[0] is not None


def _teaser_after(lines: list[str], i: int) -> bool:
    return i < len(lines) and (ends_with_ellipsis(lines[i]) or _has_prefix(lines[i]))


def related_block_at(lines: list[str], noise: list[str | None], i: int) -> bool:
    """Another article's title (often twice) followed by its teaser ('...' or an outlet prefix)."""
    line = lines[i]
    if noise[i] is not None or is_caption(line) or len(words(line)) < 2:
        return False
    if i + 1 < len(lines) and norm_key(lines[i + 1]) == norm_key(line):
        if _teaser_after(lines, i + 2):
            return True
        return any(norm_key(lines[j]) == norm_key(lines[j + 1]) and noise[j] is None
                   for j in range(i + 2, min(i + 6, len(lines) - 1)))
    if is_paragraph_like(line):
        return _has_prefix(line) and ends_with_ellipsis(line)  # a teaser standing alone
    return is_headline_like(line) and i + 1 < len(lines) and _has_prefix(lines[i + 1])


def _is_end(lines: list[str], noise: list[str | None], i: int) -> bool:
    if noise[i] in END_REASONS:
        return True
    if noise[i] is None and is_dated_item(lines[i]):
        tail = classify_tail(lines[i])
        return tail is None or tail.kind != "byline"  # "Phạm Tuấn - 12/10/2015 08:20" signs the article
    return related_block_at(lines, noise, i)


def _resume_index(lines: list[str], noise: list[str | None], end: int) -> int | None:
    """Where the body goes on after an inline list: two prose paragraphs in a row, not teasers."""
    first, run = None, 0
    for j in range(end + 1, min(end + RESUME_WINDOW, len(lines))):
        if noise[j] in END_REASONS or is_dated_item(lines[j]):
            return None
        if noise[j] is not None:
            continue
        if is_paragraph_like(lines[j]) and not ends_with_ellipsis(lines[j]) and not _has_prefix(lines[j]):
            first, run = (first if run else j), run + 1
            if run >= 2:
                return first
        else:
            first, run = None, 0
    return None


def _is_bare_tag(text: str) -> bool:
    """A topic tag: a few words, no punctuation or label ("Hải quân", "Đà Nẵng", "máy bay không người lái")."""
    limit = LOWER_TAG_MAX_WORDS if text[:1].islower() else TAG_MAX_WORDS
    return 1 <= len(words(text)) <= limit and not TAG_PUNCT_RE.search(text) \
        and not text.casefold().startswith(("theo ", "nguồn"))


def _tag_run_at(lines: list[str], noise: list[str | None], i: int) -> int:
    run = 0
    while i + run < len(lines) and noise[i + run] is None and _is_bare_tag(lines[i + run]):
        run += 1
    return run


def _closing_run(lines: list[str], noise: list[str | None], i: int) -> int:
    """Length of a byline/source run at i after which no prose follows (the article ends there)."""
    if _tag_run_at(lines, noise, i) >= MIN_TAG_RUN:
        return 0  # topic tags ("Lào Cai", "Du lịch", ...) look like sources; _peel_tail removes them
    run = 0
    while i + run < len(lines) and run < MAX_TAIL_LINES and noise[i + run] in (None, "byline") \
            and classify_tail(lines[i + run]) is not None:
        run += 1
    if run and i + run < len(lines) and noise[i + run] == "comment-stamp":
        run -= 1  # "Trần Văn Hải" above "2 giờ trước": a reader signing a comment, not the writer
    if not run or _resume_index(lines, noise, i + run - 1) is not None:
        return 0
    return run


def _teaser_sized(head: str, teaser: str) -> bool:
    """A teaser is short: one sentence, or two under a full-length headline (an article's own subheading is a
    few words and the paragraph under it longer)."""
    sentences = teaser.count(". ") + 1
    return len(words(teaser)) <= TEASER_MAX_WORDS and (sentences == 1 or (
        sentences == 2 and len(words(head)) >= LONG_HEADLINE_WORDS))


def _is_teaser_pair(lines: list[str], noise: list[str | None], k: int) -> bool:
    """Another article's headline (no sentence end) and its one-sentence teaser under it."""
    head, teaser = lines[k], lines[k + 1]
    return noise[k] is None and noise[k + 1] is None and is_headline_like(head) and not ends_sentence(head) \
        and is_paragraph_like(teaser) and _teaser_sized(head, teaser)


def _unmask_teaser_pairs(lines: list[str], noise: list[str | None], mask: list[bool], end: int) -> None:
    """The list that stopped the body at `end` began earlier with headline + teaser pairs of the same shape."""
    k = end - 2
    while k >= 1 and mask[k] and mask[k + 1] and _is_teaser_pair(lines, noise, k) \
            and sum(mask[:k]) >= MIN_PROSE_ABOVE_CLOSING_RUN:
        mask[k] = mask[k + 1] = False
        k -= 2


def body_mask(lines: list[str], noise: list[str | None], start: int) -> list[bool]:
    """Which lines lie inside the article, from `start` to the first list of other articles."""
    mask = [False] * len(lines)
    seen, i = 0, start
    while i < len(lines):
        if seen and _is_end(lines, noise, i):
            resume = None if noise[i] is None else _resume_index(lines, noise, i)
            if resume is None:
                if noise[i] is None and related_block_at(lines, noise, i):
                    _unmask_teaser_pairs(lines, noise, mask, i)
                if noise[i] == "comment-stamp" and noise[i - 1] is None and not is_paragraph_like(lines[i - 1]):
                    mask[i - 1] = False  # the commenter's name above the stamp
                break
            i = resume
            continue
        closing = _closing_run(lines, noise, i) if seen >= 2 else 0
        if closing:
            for j in range(i, i + closing):
                mask[j] = True
            break
        mask[i] = True
        if noise[i] is None and is_paragraph_like(lines[i]):
            seen += 1
        i += 1
    return mask


def _body_block(text: str, recent: list[str] | set[str], title_key: str, prose_seen: int,
                long_kept: set[str] = frozenset()) -> Block:
    key = norm_key(text)
    if key == title_key:
        return Block(text, "removed", "title")
    if key in recent or key in long_kept:
        return Block(text, "removed", "duplicate")
    if is_caption(text):
        return Block(text, "caption")
    if prose_seen <= 1 and (is_name_like(text) or (not prose_seen and not is_paragraph_like(text))):
        tail = classify_tail(text)
        if tail is None and not prose_seen and section_coverage(text) < SECTION_SHARE:
            tail = pen_name_tail(text)  # "HN", "Papai" under the headline, above the sapo
        if tail is not None and tail.kind == "byline":
            return Block(text, "removed", "byline")  # author under the title or the sapo
    return Block(text, "body")


def _is_header_fragment(line: str) -> bool:
    count = len(words(line))
    if count <= 3 and not ends_sentence(line) and not is_name_like(line):
        return True
    return count <= 6 and lookup(line) is not None


def _deck_above_date(lines: list[str], noise: list[str | None], i: int, title_index: int | None) -> bool:
    """A deck printed right under the headline and above the date bar: headline-shaped, not the article's prose."""
    if title_index is None or i != title_index + 1 or i + 1 >= len(lines) or noise[i + 1] != "date" \
            or is_paragraph_like(lines[i]) or is_name_like(lines[i]):
        return False
    return classify_tail(lines[i]) is None  # a byline there signs the article


LABEL_MAX_WORDS = 20
COLUMNIST_WINDOW = 3  # the writer's name, the role under it, then the headline
LABELS_ABOVE_SAPO = 2
SAPO_WINDOW = 8  # lines (noise included) between such a line and the paragraph under it


def _line_above_sapo(lines: list[str], noise: list[str | None], i: int, title_index: int | None,
                     kept_since_title: bool) -> bool:
    """A short line with no sentence ending between the headline (or its date bar) and the article's first
    paragraph, with nothing of the article kept before it: the caption of a cover photo, the writer's role
    under the name, a first chapter's heading. The article starts at the paragraph under it."""
    if title_index is None or i <= title_index or is_paragraph_like(lines[i]) or ends_sentence(lines[i]) \
            or lines[i].rstrip().endswith(":") or not 2 <= len(words(lines[i])) <= LABEL_MAX_WORDS \
            or is_name_like(lines[i]) or classify_tail(lines[i]) is not None:
        return False  # a name there is the writer's byline
    if kept_since_title:
        return False
    labels = 0  # a cover caption over a first chapter's heading: two such lines
    for j in range(i + 1, min(len(lines), i + 1 + SAPO_WINDOW)):  # bounded: pages of many short lines
        if noise[j] is not None:
            continue
        if is_paragraph_like(lines[j]):
            return True
        labels += 1
        if labels >= LABELS_ABOVE_SAPO or ends_sentence(lines[j]) or len(words(lines[j])) > LABEL_MAX_WORDS:
            return False
    return False


LIST_MARKS = ("-", "–", "•", "*", "+")
SENTENCE_LEAD_WORDS = 6


def _furniture_above_sapo(lines: list[str], noise: list[str | None], i: int) -> bool:
    """A line between the headline and the sapo that is no sentence and no list item, with only such lines (or
    noise) between it and the first prose paragraph: the layout's furniture, whatever its words ("Phát âm thanh",
    "Lượt đọc 1.204 · Chia sẻ 36", a kicker). The article starts at its first prose paragraph."""
    if not _unsentenced(lines[i]):
        return False
    for j in range(i + 1, min(len(lines), i + 1 + SAPO_WINDOW)):  # bounded: pages of many short lines
        if noise[j] is not None:
            continue
        if is_paragraph_like(lines[j]) or (ends_sentence(lines[j]) and len(words(lines[j])) >= SENTENCE_LEAD_WORDS):
            return True  # (a lead of short list items: "- Amazon chờ cho cơn bão đi qua.")
        if not _unsentenced(lines[j]):
            return False
    return False


def _unsentenced(line: str) -> bool:
    return not ends_sentence(line) and not is_paragraph_like(line) and not line.lstrip().startswith(LIST_MARKS)


def _byline_heads_tags(kept: list[Block], run: int) -> bool:
    """The first line of a closing tag run is the byline: a person's name the body never mentions."""
    head = kept[len(kept) - run].text
    tail = classify_tail(head)
    if tail is None or tail.kind != "byline" or not tail.value or is_country_name(head):
        return False
    body = " ".join(b.text for b in kept[: len(kept) - run] if b.role == "body").casefold()
    return tail.value.casefold() not in body


def _lone_tags(kept: list[Block], run: int) -> bool:
    """One or two topic chips under the article's last paragraph or photo ("xe buýt", "Giao thông đô thị"): not
    a name, a signature or a source, and a full paragraph or a caption right above them."""
    if not run or len(kept) <= run:
        return False
    above = kept[len(kept) - run - 1]
    credit = classify_tail(above.text) if above.role == "body" else None
    if not (above.role == "caption" or (above.role == "body" and is_paragraph_like(above.text))
            or (credit is not None and credit.kind in ("photo-credit", "source"))):
        return False  # chips sit under the last paragraph, a photo, or the credit of the photo or video
    return all(not is_name_like(b.text) and classify_tail(b.text) is None and pen_name_tail(b.text) is None
               for b in kept[len(kept) - run:])


def _peel_tags(kept: list[Block]) -> int:
    """Remove a run of topic tags closing the body (three or more bare short lines); returns its length."""
    run = 0
    while run < len(kept) - 1 and kept[-1 - run].role == "body" and _is_bare_tag(kept[-1 - run].text):
        run += 1
    if run < MIN_TAG_RUN and not _lone_tags(kept, run):
        return 0
    if run >= MIN_TAG_RUN and _byline_heads_tags(kept, run):
        run -= 1  # "Khánh An" above "Nhật Bản", "Quốc phòng": the author's name opens the tag list
    for block in kept[len(kept) - run:]:
        block.role, block.reason = "removed", "tag"
    return run


def _prose_above(kept: list[Block], block: Block) -> bool:
    at = kept.index(block)
    return at > 0 and kept[at - 1].role == "body" and is_paragraph_like(kept[at - 1].text)


def _quote_attribution(kept: list[Block], block: Block) -> bool:
    """"Cô Lê Hà - Trưởng phòng ...": who spoke the quoted paragraph above, not another article's headline."""
    at = kept.index(block)
    above = kept[at - 1].text.strip() if at > 0 else ""
    return above[:1] in QUOTE_OPENERS and bool(ATTRIBUTION_RE.match(block.text))


def _peel_tail(blocks: list[Block]) -> list[TailLine]:
    """Remove what closes the body: tags, bylines, sources, photo credits and other articles' headlines."""
    found: list[TailLine] = []
    kept = [b for b in blocks if b.role != "removed"]
    kept = kept[: len(kept) - _peel_tags(kept)]
    peeled = 0
    while True:
        if len(kept) - peeled <= 1 or peeled >= MAX_TAIL_PEEL:
            break
        block = kept[len(kept) - peeled - 1]
        tail = classify_tail(block.text)
        if tail is None and all(t.kind == "source" for t in found) and _prose_above(kept, block):
            tail = pen_name_tail(block.text)  # the last signed line, a lone capitalised word under the prose
        pairs = _closing_teaser_pairs(kept[: len(kept) - peeled]) if tail is None else 0
        if pairs:  # other articles' headline + teaser pairs inside the article element, under its last paragraph
            for other in kept[len(kept) - peeled - 2 * pairs: len(kept) - peeled]:
                other.role, other.reason = "removed", "related-list"
            peeled += 2 * pairs
            continue
        if tail is not None:
            block.role, block.reason = "removed", tail.kind
            found.append(tail)
        elif block.role == "body" and is_headline_like(block.text) and not ends_sentence(block.text) \
                and not _quote_attribution(kept, block):
            block.role, block.reason = "removed", "related-list"  # a headline with no prose after it
        elif promo := _peel_promo(kept[: len(kept) - peeled]):
            peeled += promo  # a sponsor's notice under the signature; the signature is peeled next
            continue
        else:
            break
        peeled += 1
    if peeled and not found and _peel_tags(kept[: len(kept) - peeled]):
        # the topic chips above the other articles' headlines; the credits above the chips close the text
        return _peel_tail(kept[: len(kept) - peeled])
    return list(reversed(found))


def _peel_promo(kept: list[Block]) -> int:
    """Remove a sponsor's notice printed under the article's signature: one or two paragraphs after a
    byline, the last sending the reader to a link ("... tìm hiểu thêm về thể lệ tại đây."). How many."""
    for run in range(1, MAX_PROMO_PARAGRAPHS + 1):
        if len(kept) <= run + 1:
            return 0
        tail = classify_tail(kept[-1 - run].text) if len(kept[-1 - run].text) <= 80 else None
        if tail is not None:
            if tail.kind != "byline" or not LINK_CALL_RE.search(kept[-1].text[-80:]):
                return 0
            for block in kept[-run:]:
                block.role, block.reason = "removed", "related-list"
            return run
    return 0


def _is_gallery_caption(text: str) -> bool:
    """A short descriptive line: one sentence at most, no quotation, question, list mark or label."""
    body = PHOTO_CREDIT_TAIL_RE.sub("", text.strip()).rstrip(".")
    return (len(words(text)) <= GALLERY_CAPTION_MAX_WORDS and ". " not in body
            and not NOT_A_CAPTION_RE.search(text))


def _mark_closing_gallery(blocks: list[Block]) -> None:
    """Captions of the photos under an article's last paragraph: a run of three or more short
    descriptive lines after long prose, on pages whose images left only their captions in the text."""
    kept = [b for b in blocks if b.role not in ("removed", "caption")]
    run = 0
    while run < len(kept) and _is_gallery_caption(kept[-1 - run].text):
        run += 1
    if run < MIN_GALLERY_CAPTIONS:
        return
    prose = [b for b in kept[: len(kept) - run] if len(words(b.text)) >= GALLERY_PROSE_WORDS]
    if len(prose) < MIN_PROSE_ABOVE_CLOSING_RUN or kept[len(kept) - run - 1] is not prose[-1]:
        return
    for block in kept[len(kept) - run:]:
        block.role = "caption"


def _mark_closing_photo_note(blocks: list[Block]) -> None:
    """A last line that says who stands where in a picture ("... (ngoài cùng bên trái là ...)", "(từ trái
    sang phải: ...)") is the closing photo's caption, left without its image or credit in a text dump."""
    last = next((b for b in reversed(blocks) if b.role != "removed"), None)
    if last is None or last.role != "body" or "(" not in last.text or len(words(last.text)) > PHOTO_NOTE_MAX_WORDS:
        return
    if PHOTO_POSITION_RE.search(last.text):
        last.role = "caption"


def _closing_teaser_pairs(kept: list[Block]) -> int:
    """How many (headline, short teaser) pairs close these blocks: two or more, with prose above."""
    pairs, end = 0, len(kept)
    while end >= 2:
        head, teaser = kept[end - 2], kept[end - 1]
        if not (head.role == teaser.role == "body" and is_headline_like(head.text) and not ends_sentence(head.text)
                and is_paragraph_like(teaser.text) and _teaser_sized(head.text, teaser.text)):
            break
        pairs, end = pairs + 1, end - 2
    prose = sum(1 for b in kept[:end] if b.role == "body" and is_paragraph_like(b.text))
    return pairs if pairs >= MIN_TEASER_PAIRS and prose >= MIN_PROSE_ABOVE_CLOSING_RUN else 0


def _unless_unaccented_page(lines: list[str], noise: list[str | None]) -> list[str | None]:
    """Keep a page typed without diacritics: its prose would all look like slugs."""
    if noise.count("slug") < 3:  # the common case, decided without counting every line's words
        return noise
    long_lines = [i for i, line in enumerate(lines) if len(words(line)) >= 12]
    slugs = [i for i in long_lines if noise[i] == "slug"]
    if len(slugs) >= 3 and len(slugs) * 2 > len(long_lines):
        return [None if reason == "slug" else reason for reason in noise]
    return noise


def _title_head(lines: list[str], noise: list[str | None], index: int | None) -> int | None:
    """The line above a title that starts lower-case: the headline's first half, wrapped over two lines."""
    if not index or not lines[index][:1].islower() or noise[index - 1] is not None:
        return None
    above = lines[index - 1]
    if is_headline_like(above) and not above.rstrip().endswith(("?", "!", "...", "…")) \
            and not is_paragraph_like(above):
        return index - 1
    return None


def _locate_title(lines: list[str], noise: list[str | None], hint: str | None, article_only: bool) -> int | None:
    """With an HTML title: its line (or the rules' pick, which may be none: an article element has no
    headline). Without one (page dumps): the learned ranker's pick, the rules as a fallback."""
    if hint:
        found = find_title_index(lines, noise, hint)
        if article_only and found and any(_has_prefix(line) for line in lines[:found]):
            return None  # the article element opens with its tagged sapo: the line picked is a subheading
        return found
    ranked = rank_title(lines, noise)
    return ranked if ranked is not None else find_title_index(lines, noise)


def _title_lines(lines: list[str], noise: list[str | None], hint: str | None,
                 article_only: bool) -> tuple[int | None, int | None, int]:
    """(title line, its wrapped first half, first line of the article)."""
    title_index = _locate_title(lines, noise, hint, article_only)
    if not hint and title_index is not None:
        title_index = _headline_over_sapo(lines, noise, title_index)
    head = _title_head(lines, noise, title_index) if not hint else None
    start = 0 if title_index is None else title_index + 1
    late = find_title_after_lead(lines, noise) if not hint else None
    # the sapo printed right above the headline (a ticker further up is no sapo)
    if late is not None and (title_index is None or (late[0] == title_index and late[1] == title_index - 1)):
        title_index, start = late  # the sapo above the headline is still the article's
    return title_index, head, start


DATE_BAR_REASONS = frozenset({"date", "byline"})
HEADER_REACH = 40  # lines above a picked line searched for the article's own headline and date bar
PICKED_PROSE_WORDS = 20  # a picked line this long is the sapo (cut with "...") rather than a headline


def _dated_near(lines: list[str], noise: list[str | None], i: int) -> bool:
    """A date bar under the line (within two lines), or right over it with no headline over that date bar."""
    if any(noise[j] in DATE_BAR_REASONS for j in range(i + 1, min(len(noise), i + 3))):
        return True
    return i > 0 and noise[i - 1] in DATE_BAR_REASONS and not (
        i > 1 and noise[i - 2] is None and is_headline_like(lines[i - 2]))


OVER_SAPO_HEADLINE_WORDS = 6  # "Quốc phòng - An ninh" by a date bar is the section, "Bấm để nghe bản đọc" a button


def _full_headline(line: str) -> bool:
    return is_headline_like(line) and (not ends_sentence(line) or question_title(line)) \
        and len(words(line)) >= OVER_SAPO_HEADLINE_WORDS and section_coverage(line) < SECTION_SHARE


def _headline_over_sapo(lines: list[str], noise: list[str | None], picked: int) -> int:
    """The headline of the article the picked line sits in: when no date bar is near the picked line and, above
    it, prose (or furniture) runs up to a date bar with a headline next to it, the picked line is a subheading, a
    caption or the sapo itself, and the article starts under that headline. Otherwise the picked line."""
    if _dated_near(lines, noise, picked):
        return picked
    prose = is_paragraph_like(lines[picked]) or len(words(lines[picked])) >= PICKED_PROSE_WORDS
    for i in range(picked - 1, max(-1, picked - 1 - HEADER_REACH), -1):
        reason = noise[i]
        if reason in DATE_BAR_REASONS:
            if not prose:
                return picked
            for h in (i - 1, i - 2, i + 1):  # the headline over its date bar, or under it
                if 0 <= h < picked and noise[h] is None and _full_headline(lines[h]):
                    return h
            return picked
        if reason is not None:
            if reason in END_REASONS or reason == "related-header":
                return picked
            continue
        if is_paragraph_like(lines[i]):
            prose = True
        elif not _unsentenced(lines[i]) and not is_caption(lines[i]) \
                and not (i > 0 and noise[i - 1] in DATE_BAR_REASONS):
            return picked
    return picked


def _title_again(lines: list[str], noise: list[str | None], title_index: int | None,
                 mask: list[bool]) -> int | None:
    """The headline printed again further down with the article under it, when at most one paragraph (the
    sapo of a teaser block at the page's top) stands between the two prints."""
    if title_index is None:
        return None
    key = norm_key(lines[title_index])
    for r in range(title_index + 1, len(lines)):
        if noise[r] is None and norm_key(lines[r]) == key:
            if sum(1 for i in range(title_index, r) if mask[i] and is_paragraph_like(lines[i])) > 1:
                return None
            later = body_mask(lines, noise, r + 1)
            return r if sum(1 for i, m in enumerate(later) if m and is_paragraph_like(lines[i])) > 1 else None
    return None


JOINED_NAMES_RE = re.compile(r"\s+[-–]\s+|\s*,\s*")
NAME_PART_WORDS = (2, 4)


def _joined_capital_names(line: str) -> bool:
    """"THUẬN VĂN - LÊ ÁNH", "MINH AN, HỒNG HÀ": two or more writers' names in capitals, a credit as sure as a
    labelled one (a headline in capitals is a clause, not a run of two- to four-syllable names)."""
    text = line.strip()
    if len(text) > 80 or not text.isupper():  # (before the split: most lines are not cut up for nothing)
        return False
    parts = JOINED_NAMES_RE.split(text)
    return len(parts) >= 2 and all(NAME_PART_WORDS[0] <= len(part.split()) <= NAME_PART_WORDS[1] for part in parts)


@lru_cache(maxsize=8192)
def credit_line(line: str) -> str | None:
    """"Bài và ảnh: Trần Minh Khoa", "Thực hiện: Nhóm PV", "Hoàng Hà Thứ hai, 06/10/2025 - 09:21", "Minh Anh 1.234 lượt xem": a
    credit that says it is one or carries its date or the page's reader count (never a headline, never prose)."""
    labelled = AUTHOR_LABEL_RE.match(line.strip()) or _joined_capital_names(line) or has_views_tail(line)
    if not labelled and (len(line) > 90 or not DIGIT_RE.search(line) or find_date(line) is None):
        return None
    tail = classify_tail(line)
    if tail is not None and tail.kind == "source" and tail.value and not labelled:
        return "source"  # "Theo Tiền Phong 02/03/2026 08:00": the meta bar of a carried article, never prose
    return "byline" if tail is not None and tail.kind == "byline" and (labelled or tail.value) else None


def _join_drop_caps(lines: list[str]) -> list[str]:
    """"T" / "rong ba, ...": a paragraph's enlarged first letter, floated, is copied as a line of its own."""
    if min(map(len, lines), default=2) > 1:
        return lines  # no line of one letter: nothing to join (most pages)
    out: list[str] = []
    for line in lines:
        if out and len(out[-1]) == 1 and out[-1].isupper() and line[:1].islower():
            out[-1] += line
        else:
            out.append(line)
    return out


def _without_glued_link(line: str) -> str:
    """The line without another article's headline glued after its last sentence (searched only where a
    ">>" or "»" is)."""
    return GLUED_LINK_RE.sub("", line) if ">>" in line or "»" in line else line


def page_lines(raw_lines: list[str], furniture: frozenset[str] = frozenset()) -> tuple[list[str], list[str | None]]:
    """The page's non-empty lines (lead labels cut) and the noise reason of each (the outlet's furniture too)."""
    lines = _join_drop_caps([_without_glued_link(LEAD_LABEL_RE.sub("", line.strip())) for line in raw_lines
                             if line.strip()])
    noise = _unless_unaccented_page(lines, [classify(line) or credit_line(line) for line in lines])
    return lines, mark_furniture(lines, noise, furniture)


HEADER_DATE_BAR_CHARS = 90
HEADER_DATE_BAR_WORDS = 3  # words beside the date: a section, a place, "Nghe bài viết" (a headline has more)
RELATIVE_TIME_RE = re.compile(r"\b\d+\s+(?:phút|giờ|tiếng|ngày)\s+trước\b", re.I)
LETTER_WORD_RE = re.compile(r"[^\W\d_]+")


def _header_date_bar(line: str) -> bool:
    """A date bar of a layout whose words the rules do not know: a date (or "2 giờ trước") with at most
    HEADER_DATE_BAR_WORDS other words ("Thời sự 12/10/2025 08:00", "12/10/2025 08:00 Nghe bài viết",
    "Hà Nội, 12/10/2025"), no sentence."""
    if len(line) > HEADER_DATE_BAR_CHARS or not DIGIT_RE.search(line) or line.rstrip().endswith(".") \
            or ". " in line:
        return False
    found = find_date(line)
    if found is not None:
        rest = residue(line, found)
    else:
        relative = RELATIVE_TIME_RE.search(line)
        if relative is None:
            return False
        rest = line[: relative.start()] + " " + line[relative.end():]
    return len(LETTER_WORD_RE.findall(rest)) <= HEADER_DATE_BAR_WORDS


def header_date_bars(lines: list[str], noise: list[str | None]) -> list[str | None]:
    """Above the article's first two paragraphs in a row, an unmarked line shaped as a date bar is one: the
    headline is found by the date under (or over) it, and the sapo under it starts the body, whatever words
    the layout prints beside its date."""
    marked: list[str | None] | None = None
    prose_run = 0
    for i, line in enumerate(lines):
        if noise[i] is not None:
            continue
        if is_paragraph_like(line):
            prose_run += 1
            if prose_run >= 2:
                break
            continue
        prose_run = 0
        if _header_date_bar(line):
            if marked is None:
                marked = list(noise)
            marked[i] = "date"
    return noise if marked is None else marked


def clean_lines(raw_lines: list[str], title_hint: str | None = None,
                furniture: frozenset[str] = frozenset(), article_only: bool = False) -> Cleaned:
    """Split a page's lines into title, body, captions and removed noise; `furniture`: learn_furniture keys;
    `article_only`: the lines are the paragraphs of an HTML article element."""
    lines, noise = page_lines(raw_lines, furniture)
    noise = header_date_bars(lines, noise)
    title_index, head, start = _title_lines(lines, noise, title_hint, article_only)
    title, glued = (None, None)
    if title_index is not None:
        title, glued = split_glued_date(lines[title_index])
        if head is not None and title:
            title = f"{lines[head]} {title}"
    mask = body_mask(lines, noise, start)
    again = _title_again(lines, noise, title_index, mask)
    if again is not None:  # a box of other articles cut the body after its sapo; the page prints it again
        title_index, head, start = again, None, again + 1
        mask = body_mask(lines, noise, start)
    cleaned = Cleaned([], title=title_hint or title, glued_date=glued)
    title_key = norm_key(cleaned.title or "")
    prose_seen, list_above, kept_since_title = 0, False, False
    long_kept: set[str] = set()  # a set: one look-up per line, not a scan of every long paragraph kept so far
    for i, line in enumerate(lines):
        if i in (title_index, head):
            block = Block(line, "removed", "title")
        elif not mask[i]:
            before = title_index is not None and i < title_index
            block = Block(line, "removed", noise[i] or ("navigation" if before else "related-list"))
            if before and title_index - i <= COLUMNIST_WINDOW and ranked_writer(line):
                block.reason = "byline"  # a column's writer, with a rank, printed over its headline
        elif noise[i] is not None:
            block = Block(line, "removed", noise[i])
            if noise[i] == "date" or (noise[i] in ("byline", "source") and find_date(line) is not None):
                cleaned.inner_date_lines.append(line)  # a signature's date under the sapo dates the article
            list_above = list_above or (not prose_seen and noise[i] == "related-header" and i >= start)
        elif list_above and not prose_seen and not is_paragraph_like(line):
            block = Block(line, "removed", "related-list")  # a box of other articles above the sapo
        elif not prose_seen and (_is_header_fragment(line) or _deck_above_date(lines, noise, i, title_index)):
            block = Block(line, "removed", "navigation")  # a section name, tag or site name above the sapo
        elif not prose_seen and _line_above_sapo(lines, noise, i, title_index, kept_since_title):
            block = Block(line, "caption")  # a cover photo's caption, a writer's role, a first chapter's heading
        else:
            recent = [norm_key(b.text) for b in cleaned.blocks[-DUPLICATE_LOOKBACK:] if b.role != "removed"]
            block = _body_block(line, recent, title_key, prose_seen, long_kept)
            if block.role == "body" and not prose_seen and title_index is not None and i > title_index \
                    and _furniture_above_sapo(lines, noise, i):
                block = Block(line, "removed", "navigation")  # a widget, a kicker, a share bar over the sapo
            if block.role != "removed" and len(words(line)) >= REPEAT_ANYWHERE_WORDS:
                long_kept.add(norm_key(line))  # a paragraph printed again anywhere: a second copy of the page
        cleaned.blocks.append(block)
        kept_since_title = kept_since_title or (block.role == "body" and title_index is not None and i > title_index)
        prose_seen += block.role == "body" and is_paragraph_like(line)
        if not prose_seen and block.role == "removed":
            cleaned.header_lines.append(line)
            distance = abs(i - title_index) + (0.5 if i < title_index else 0) if title_index is not None else i
            cleaned.header_by_distance.append((distance, line))
        elif i > start and not mask[i] and prose_seen:
            cleaned.after_lines.append(line)
    cleaned.header_by_distance.sort(key=lambda pair: pair[0])
    cleaned.tail = _peel_tail(cleaned.blocks)
    _mark_closing_gallery(cleaned.blocks)
    if not article_only:
        vote_tail(lines, noise, cleaned.blocks)  # furniture the rules do not know, kept under the last paragraph
    _mark_closing_photo_note(cleaned.blocks)
    cleaned.closing_date = _closing_date(cleaned.blocks)
    return cleaned


SIGNATURE_REASONS = frozenset({"byline", "source", "photo-credit", "tag"})
SIGNATURE_RUN = 4


def _closing_date(blocks: list[Block]) -> str | None:
    """A date bar right under the article's closing signature: "Ngọc Giang" / "20/01/2026 06:10"."""
    last = max((k for k, b in enumerate(blocks) if b.role == "body"), default=None)
    if last is None:
        return None
    signed = False
    for block in blocks[last + 1: last + 1 + SIGNATURE_RUN]:
        if block.reason in SIGNATURE_REASONS:
            signed = signed or block.reason == "byline"
        elif signed and is_date_line(block.text):
            return block.text
        else:
            return None
    return None
