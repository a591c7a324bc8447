"""`tei validate`'s choices turned into validation Options: layers, profiles and rule ids."""

from __future__ import annotations

import os
from pathlib import Path

from lxml import etree

from tei.cli.common import fail
from tei.diagnostics import InputError
from tei.project import Project
from tei.resources import official_tei_all, schemas_dir
from tei.validate.engine import ID_RULES
from tei.validate.model import DEFAULT_LAYERS, Layer, Options, Profile
from tei.validate.schematron import SchematronError, SchematronRules, rules
from tei.xmlio import parse_file

CORPUS_RULES = frozenset({"corpus-root-id", "register-entry"})
# The layers of each profile; tei-all joins either when a TEI schema is given.
PROFILE_LAYERS = {Profile.EDITION: DEFAULT_LAYERS, Profile.FOREIGN: (Layer.WF, Layer.RULES)}


def default_profile(project: Project) -> Profile:
    """The profile when none is given: ours inside an edition project (a folder with
    corpus/edition.toml), foreign anywhere else, such as another edition's repository."""
    return Profile.EDITION if project.root is not None else Profile.FOREIGN


def rule_list(text: str | None) -> frozenset[str] | None:
    """Rule ids from `a,b,c` (None when the option was not given)."""
    if text is None:
        return None
    return frozenset(name.strip() for name in text.split(",") if name.strip())


def layer_list(text: str | None, profile: Profile, tei_all: Path | None) -> tuple[Layer, ...]:
    """The layers named in `text`, or the profile's (with tei-all when a schema is given)."""
    if text is None:
        return (*PROFILE_LAYERS[profile], *((Layer.TEI_ALL,) if tei_all else ()))
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = sorted(set(names) - {str(layer) for layer in Layer})
    if unknown:
        raise fail(f"unknown layer {', '.join(unknown)}: choose from {', '.join(Layer)}")
    return tuple(layer for layer in Layer if layer is Layer.WF or str(layer) in names)


def _schematron_ids(path: Path) -> frozenset[str]:
    """The rule ids of a Schematron file; refuses (exit 2) one that cannot be compiled."""
    try:
        SchematronRules(path)
        return frozenset(rule.id for rule in rules(parse_file(path)))
    except InputError as exc:
        raise fail(exc.diagnostic.format()) from None
    except (SchematronError, etree.LxmlError) as exc:
        raise fail(f"{path}: --schematron needs an ISO Schematron schema: {exc}") from None


def known_rules(extra: frozenset[str]) -> frozenset[str]:
    """Every rule id a run can report findings of (ours and `extra`, an edition's)."""
    ours = frozenset(rule.id for rule in rules(parse_file(schemas_dir() / "telegrams.sch")))
    return ours | extra | ID_RULES | CORPUS_RULES


def build_options(*, layers: str | None, profile: Profile, tei_all: Path | None, jobs: int,
                  only: str | None, skip: str | None, schematron: Path | None, corpus: bool,
                  register: Path | None) -> Options:
    """The options for a run, or a usage error (exit 2)."""
    if tei_all is not None and (not tei_all.is_file() or tei_all.suffix not in {".rng", ".xsd"}):
        raise fail(f"{tei_all}: --tei-all needs an existing TEI schema file (.rng or .xsd)")
    if schematron is not None and not schematron.is_file():
        raise fail(f"{schematron}: --schematron needs an existing Schematron file")
    extra_rules = _schematron_ids(schematron) if schematron else frozenset()
    chosen = layer_list(layers, profile, tei_all)
    extra = ((Layer.SCHEMATRON,) if schematron else ()) + ((Layer.CORPUS,) if corpus else ())
    chosen = tuple(layer for layer in Layer if layer in chosen or layer in extra)
    if Layer.TEI_ALL in chosen and tei_all is None:
        tei_all = official_tei_all()
    if Layer.SCHEMATRON in chosen and schematron is None:
        raise fail("the schematron layer needs --schematron FILE")
    selected, skipped = rule_list(only), rule_list(skip) or frozenset()
    named = (selected or frozenset()) | skipped
    if named:
        unknown = sorted(named - known_rules(extra_rules))
        if unknown:
            raise fail(f"unknown rule {', '.join(unknown)}: see the rule ids in the README "
                       "(Validating TEI) or in the brackets of findings")
    return Options(chosen, tei_all, jobs or os.cpu_count() or 1, rules=selected,
                   skip_rules=skipped, schematron=schematron, register=register,
                   profile=profile)
