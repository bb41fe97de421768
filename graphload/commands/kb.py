"""The ``graphload kb`` group: inspect, check and extend the knowledge base."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from pathlib import Path

import click
import yaml

from ..errors import KnowledgeBaseError
from ..kb import KnowledgeBase, default_data_dir, load_kb
from ..models import ENTITY_LABELS, fold
from ._common import err_console, handle_errors

KB_OPTION = click.option("--kb", "kb_paths", multiple=True, type=click.Path(dir_okay=False),
                         help="Extra knowledge-base file (YAML or TSV); repeatable.")


@click.group()
def kb() -> None:
    """Inspect, check and extend the knowledge base (data/kb/ plus user files).

    \b
    Example:
        graphload kb show Tokayev
    """


@kb.command("show")
@click.argument("name_or_id")
@KB_OPTION
@handle_errors
def show(name_or_id: str, kb_paths: tuple[str, ...]) -> None:
    """Show an entity (by id, alias or folded alias): aliases and offices.

    \b
    Example:
        graphload kb show "UN Secretary-General"
        graphload kb show person:ban-ki-moon
    """
    base = load_kb(kb_paths)
    ids = find_entities(base, name_or_id)
    if not ids:
        raise KnowledgeBaseError(f"no entity has the id or alias {name_or_id!r}: "
                                 "try another spelling, or add it with `graphload kb add`")
    for eid in ids:
        click.echo(describe(base, eid))


def find_entities(base: KnowledgeBase, query: str) -> list[str]:
    """Entity ids matching ``query`` as id, exact alias, or accent/case-folded alias."""
    if base.get(query):
        return [query]
    ids = base.lookup(query)
    if ids:
        return sorted(set(ids))
    want = fold(query)
    return sorted({eid for alias, eid in base.surface_forms() if fold(alias) == want})


def describe(base: KnowledgeBase, eid: str) -> str:
    """Plain-text description of one entity with its offices."""
    ent = base.get(eid)
    lines = [f"{ent.id}  [{ent.label}]  {ent.name}"]
    for key in ("qid", "country"):
        if getattr(ent, key):
            lines.append(f"  {key}: {getattr(ent, key)}")
    if ent.props:
        lines.append("  props: " + ", ".join(f"{k}={v}" for k, v in ent.props.items()))
    lines.append("  aliases: " + " | ".join(ent.aliases))
    for office in base.offices:
        for term in office.holders:
            if term.person == eid:
                lines.append(f"  office: {office.id} ({office.org}) {term.start or '?'}..{term.end or ''}")
    for office in base.offices_for(eid):
        lines.append(f"  post: {office.id}  titles: {', '.join(office.titles.get('en', [])[:3])}")
        for term in office.holders:
            lines.append(f"    {term.start or '?'}..{term.end or '':10} {term.person}")
    return "\n".join(lines)


@kb.command("add")
@click.option("--label", type=click.Choice(list(ENTITY_LABELS)), required=True, help="Kind of entity.")
@click.option("--name", required=True, help="Canonical display name.")
@click.option("--alias", "aliases", multiple=True, help="Surface form as written; repeatable.")
@click.option("--lang", default="any", show_default=True, help="Language of the aliases (en, de, any).")
@click.option("--id", "entity_id", help="Explicit id (default: <prefix>:<slug of name>).")
@click.option("--qid", help="Wikidata id, e.g. Q1065.")
@click.option("--country", help="ISO alpha-2 code of the home country, e.g. KZ.")
@click.option("--file", "path", type=click.Path(dir_okay=False), help="User YAML file to append to "
              "[default: <data>/kb/user.yaml].")
@handle_errors
def add(label, name, aliases, lang, entity_id, qid, country, path) -> None:
    """Append an entity to a user knowledge-base file (created if missing), validated.

    \b
    Example:
        graphload kb add --label Person --name "Akan Rakhmetullin" --alias Rakhmetullin --country KZ
    """
    target = Path(path) if path else default_data_dir() / "kb" / "user.yaml"
    entry = {"label": label, "name": name}
    if entity_id:
        entry["id"] = entity_id
    if aliases:
        entry["aliases"] = {lang: list(aliases)}
    if qid:
        entry["qid"] = qid
    if country:
        entry["country"] = country.upper()
    new_id = add_entity(target, entry)
    err_console.print(f"added {new_id} to {target}")
    click.echo(new_id)


def add_entity(target: Path, entry: dict) -> str:
    """Validate ``entry``, refuse duplicates, append it to ``target``; return the new id."""
    from ..kb_build import parse_entity

    ent, _, _ = parse_entity(target, 0, dict(entry), entry["label"])
    base = load_kb([target] if target.is_file() else [])
    if base.get(ent.id):
        raise KnowledgeBaseError(f"{ent.id} already exists ({base.get(ent.id).name!r}): add aliases "
                                 f"with --id {ent.id} in a new file, or choose another --id")
    taken = {a: base.lookup(a) for a in ent.aliases if base.lookup(a)}
    for alias, ids in taken.items():
        err_console.print(f"[yellow]note:[/] alias {alias!r} is also used by {', '.join(ids)}")
    old = target.read_text(encoding="utf-8") if target.is_file() else None
    header = "" if old else ("# User knowledge base: entities added with `graphload kb add` or by hand.\n"
                             "# Same format as data/kb/*.yaml (see data/kb/README.md).\n")
    text = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, default_flow_style=False)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text((old or header) + ("" if not old or old.endswith("\n") else "\n") + text,
                      encoding="utf-8")
    try:
        load_kb([target])
    except KnowledgeBaseError:
        if old is None:
            target.unlink()
        else:
            target.write_text(old, encoding="utf-8")
        raise
    return ent.id


@kb.command("check")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--strict", is_flag=True, help="Exit 1 when there are warnings too.")
@handle_errors
def check(files: tuple[str, ...], strict: bool) -> None:
    """Validate knowledge-base files (shipped plus FILES) and report shared aliases.

    An alias shared by entities of different kinds is a warning unless one of
    them carries a ``note``; malformed files are errors naming file and entry.

    \b
    Example:
        graphload kb check data/kb/user.yaml
    """
    base = load_kb(files)
    warnings = check_report(base)
    for line in warnings:
        click.echo(line)
    click.echo(f"{len(base.files)} files valid, {len(base.entities)} entities, {len(warnings)} warnings")
    if warnings and strict:
        raise click.exceptions.Exit(1)


def check_report(base: KnowledgeBase) -> list[str]:
    """Warnings: aliases shared across kinds without a note; overlapping office terms."""
    by_alias: dict[str, set[str]] = defaultdict(set)
    for alias, eid in base.surface_forms():
        by_alias[alias].add(eid)
    out = []
    for alias, ids in sorted(by_alias.items()):
        ents = [base.get(i) for i in sorted(ids)]
        if len({e.label for e in ents}) > 1 and not any(e.props.get("note") for e in ents):
            out.append(f"shared alias {alias!r}: {', '.join(e.id for e in ents)}")
    for office in base.offices:
        terms = sorted(office.holders, key=lambda t: t.start or "")
        for a, b in zip(terms, terms[1:]):
            if a.person != b.person and a.end and b.start and b.start < a.end:
                out.append(f"overlapping terms in {office.id}: {a.person} ..{a.end} and {b.person} {b.start}..")
    return out


@kb.command("stats")
@KB_OPTION
@handle_errors
def stats(kb_paths: tuple[str, ...]) -> None:
    """Counts per label, offices, holders, adjectives, surface forms, and the load time.

    \b
    Example:
        graphload kb stats
    """
    start = time.perf_counter()
    base = load_kb(kb_paths)
    took = time.perf_counter() - start
    for label, n in sorted(Counter(e.label for e in base.entities.values()).items()):
        click.echo(f"{label:14} {n}")
    click.echo(f"{'offices':14} {len(base.offices)}")
    click.echo(f"{'office terms':14} {sum(len(o.holders) for o in base.offices)}")
    click.echo(f"{'adjectives':14} {len(base.adjectives)}")
    click.echo(f"{'surface forms':14} {sum(1 for _ in base.surface_forms())}")
    click.echo(f"{'fingerprint':14} {base.fingerprint[:16]}")
    click.echo(f"{'load seconds':14} {took:.3f}")


def register(group: click.Group) -> None:
    """Add the kb group."""
    group.add_command(kb)
