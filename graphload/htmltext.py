"""The article text of an HTML page: menus, scripts and page chrome dropped (trafilatura, lxml)."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import InputError

HTML_SUFFIXES = (".html", ".htm")

_HTML_SNIFF = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_DROP_TAGS = ("script", "style", "noscript", "nav", "footer", "aside", "form", "menu", "iframe", "svg",
              "template", "button", "select", "dialog")
_DROP_ROLES = ("navigation", "banner", "contentinfo", "menu", "menubar", "search", "complementary")


def looks_html(path: Path, text: str) -> bool:
    """True for .html/.htm files and for text that starts like an HTML page."""
    return path.suffix.lower() in HTML_SUFFIXES or bool(_HTML_SNIFF.match(text[:4096]))


def _clean_tree(html: str):
    """Parsed page without scripts, styles, navigation, menus, footers and page headers."""
    import lxml.html

    tree = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", html))
    doomed = [el for el in tree.iter() if isinstance(el.tag, str) and (
        el.tag in _DROP_TAGS or (el.get("role") or "").lower() in _DROP_ROLES
        or (el.tag == "header" and not any(a.tag in ("article", "main") for a in el.iterancestors())))]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    return tree


def _fallback_text(tree) -> str:
    """Paragraph text of a cleaned page, for when trafilatura finds nothing."""
    paras = [" ".join(p.text_content().split()) for p in tree.iter("p", "h1", "h2", "h3")]
    return "\n\n".join(p for p in paras if p)


def _html_title(tree) -> str:
    """og:title, else <title>, else the first <h1> of a page."""
    for xpath in ('//meta[@property="og:title"]/@content', "//title/text()", "//h1//text()"):
        found = [" ".join(t.split()) for t in tree.xpath(xpath) if t.strip()]
        if found:
            return found[0]
    return ""


def html_article(html: str, source: str) -> tuple[str, str, str | None]:
    """(article text, title, ISO date from page metadata) of an HTML page."""
    import trafilatura

    try:
        tree = _clean_tree(html)
        title = _html_title(tree)
        result = trafilatura.bare_extraction(
            tree, include_comments=False, include_tables=False, favor_recall=True, with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        text = (result.text if result is not None else "") or _fallback_text(_clean_tree(html))
    except Exception as exc:  # lxml/trafilatura raise many kinds on broken markup
        raise InputError(source, f"cannot parse the HTML page ({type(exc).__name__}): check the file") from None
    if not re.search(r"\w", text or ""):
        raise InputError(source, "no article text found in HTML page: it holds only menus, scripts or markup")
    date = getattr(result, "date", None) if result is not None else None
    date = date if date and re.fullmatch(r"\d{4}-\d\d-\d\d", date) else None
    return text, (getattr(result, "title", None) or title or ""), date


