"""Saved web pages as text: one line per block element, scripts and styles left out, and the
date and site name the page states in its meta tags kept as header lines for the metadata."""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text", "looks_like_html"]

_PAGE_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_COMMON_TAGS = re.compile(r"</?(?:p|div|br|h[1-6]|span|a|li|article|section|body|img|td)\b", re.I)
_BLOCK = frozenset(
    """address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3
    h4 h5 h6 header hr li main nav ol p pre section table td th title tr ul""".split()
)
_SKIPPED = frozenset("script style noscript template svg iframe object canvas select".split())
# Meta tags (property, name or itemprop) that state the publication date or the site's name.
_PUBLISHED = frozenset(
    """article:published_time og:published_time datepublished pubdate publishdate publish-date
    date dc.date dc.date.issued dcterms.created parsely-pub-date sailthru.date""".split()
)
_SITE = frozenset({"og:site_name", "application-name"})
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_ISO_DAY = re.compile(r"(?:1[89]|20)\d\d-[01]\d-[0-3]\d")
_SPACE = re.compile(r"\s+")


def looks_like_html(text: str) -> bool:
    """True for an HTML page or fragment: it opens with a doctype, <html>, <head> or <body>, or
    its first 2,000 characters hold three or more common tags."""
    head = text[:2000]
    return bool(_PAGE_START.match(head)) or len(_COMMON_TAGS.findall(head)) >= 3


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.in_json_ld = False
        self.json_ld: list[str] = []
        self.meta: dict[str, str] = {}
        self.time: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            self.meta.setdefault(key.lower(), values.get("content", ""))
        elif tag == "time" and self.time is None and values.get("datetime"):
            self.time = values["datetime"]
        if tag in _SKIPPED:
            self.skipping += 1
            self.in_json_ld = tag == "script" and "ld+json" in values.get("type", "")
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
            self.in_json_ld = False
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_json_ld:
            self.json_ld.append(data)
        elif not self.skipping:
            self.parts.append(_SPACE.sub(" ", data))

    def published(self) -> str | None:
        """The publication day the page states: a meta tag, then JSON-LD, then <time>."""
        stated = [value for key, value in self.meta.items() if key in _PUBLISHED]
        stated += [*_JSON_LD_DATE.findall("".join(self.json_ld)), self.time or ""]
        return next((m.group(0) for v in stated if (m := _ISO_DAY.search(v))), None)

    def site(self) -> str | None:
        return next((v.strip() for k, v in self.meta.items() if k in _SITE and v.strip()), None)


def html_to_text(html: str) -> str:
    """The text of an HTML page, one line per block element (title, headings, paragraphs, list
    items, table cells), entities decoded and scripts, styles and other non-text left out.

    The page's site name (``og:site_name``) and publication day (``article:published_time`` and
    similar meta tags, JSON-LD ``datePublished``, the first ``<time datetime>``) open the text as
    the lines "<site name>" and "Published: YYYY-MM-DD", so the cleaner removes them as page
    furniture and the metadata reads them with that evidence.
    """
    page = _Page()
    page.feed(html)
    page.close()
    lines = [line.strip() for line in "".join(page.parts).split("\n")]
    header = [page.site() or "", f"Published: {day}" if (day := page.published()) else ""]
    return "\n".join(line for line in header + lines if line)
