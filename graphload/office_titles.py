"""Posts whose role noun names one organization's office ("Kommissionspräsidentin", "Parlamentspräsident",
"UN-Flüchtlingskommissar"): held in that organization when the document names it, though the KB does not
know the person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .spans import label_of

if TYPE_CHECKING:
    from .relations import RelationContext
    from .spans import TitleSpan

_ORG_OF_TITLE: dict[tuple[str, str, str], str | None] = {}  # (KB fingerprint, head, language) -> organization


def _title_org(ctx: RelationContext, head: str) -> str | None:
    """The one organization whose offices (and only its) the role noun ``head`` names, else None."""
    from .title_holders import _offices_by_title

    lang = ctx.resolver.lang
    key = (ctx.kb.fingerprint, head, lang)
    if key not in _ORG_OF_TITLE:
        orgs = {o.org for o in _offices_by_title(ctx.kb, head, lang)}
        org = orgs.pop() if len(orgs) == 1 else None
        _ORG_OF_TITLE[key] = org if org and label_of(org) == "Organization" else None
    return _ORG_OF_TITLE[key]


def implied_owner(ctx: RelationContext, t: TitleSpan) -> str | None:
    """The organization a role noun names by itself ("Kommissionspräsidentin X"), when the text names it too."""
    org = _title_org(ctx, t.head)
    if org is None:
        return None
    named = ctx.named_orgs
    if named is None:
        named = ctx.named_orgs = frozenset(m.eid for ms in (ctx.mentions_by_sent or {}).values() for m in ms
                                           if m.label == "Organization")
    return org if org in named else None
