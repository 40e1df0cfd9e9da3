"""The codebook: actors, roles, places, framing terms, stance cues and reference events.

Loaded from YAML once per file, validated with messages that name the file, line and field."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date
from functools import lru_cache
from pathlib import Path

__all__ = ["DEFAULT_CODEBOOK", "Actor", "Codebook", "CodebookError", "load_codebook"]

DEFAULT_CODEBOOK = Path(__file__).resolve().parent / "codebook.yaml"
SIDES = ("japan", "russia", "other")
FRAME_SIDES = ("japan", "russia", "neutral")
SECTIONS = ("actors", "roles", "places", "framing", "stance_cues", "events", "keep_words")


class CodebookError(ValueError):
    """A codebook file that cannot be used; the message names the file, line and problem."""


@dataclass(frozen=True)
class Role:
    """One dated role of an actor ("japan_foreign_minister" from 2012-12-26 to 2017-08-03)."""

    role: str
    start: date
    end: date | None


@dataclass(frozen=True)
class Actor:
    """A person or institution: canonical name, side, surface forms and dated roles."""

    name: str
    side: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True, eq=False)
class Codebook:
    """The validated codebook. `terms` maps each alias of a place or actor to its canonical
    name; `framing` maps each framing term to (frame, side)."""

    path: str
    sha256: str
    actors: tuple[Actor, ...]
    roles: dict[str, tuple[str, ...]]
    places: dict[str, tuple[str, ...]]
    framing: dict[str, tuple[str, str]]
    cues: dict[str, tuple[str, ...]]
    events: tuple[dict, ...]
    keep_words: frozenset[str]
    terms: dict[str, str] = field(default_factory=dict)

    def actor(self, name: str) -> Actor | None:
        """The actor with this canonical name, or None."""
        return next((a for a in self.actors if a.name == name), None)

    def holder(self, role: str, when: date | None) -> Actor | None:
        """The actor who held `role` on `when` (None when unknown or no date is given)."""
        if when is None:
            return None
        for actor in self.actors:
            for held in actor.roles:
                if (
                    held.role == role
                    and held.start <= when
                    and (held.end is None or when < held.end)
                ):
                    return actor
        return None

    def __reduce__(self):
        return _interned, ({f.name: getattr(self, f.name) for f in fields(self)},)


_INTERNED: dict[tuple[str, str], Codebook] = {}


def _interned(state: dict) -> Codebook:
    """The codebook a pickle holds, as one object per process for one file's content: the
    caches keyed by codebook (compiled patterns, token types) then last across Dask tasks,
    which unpickle their arguments one by one."""
    key = (state["path"], state["sha256"])
    if key not in _INTERNED:
        _INTERNED[key] = Codebook(**state)
    return _INTERNED[key]


def _fail(path: Path, node, message: str) -> CodebookError:
    line = getattr(getattr(node, "start_mark", None), "line", None)
    where = f"{path}, line {line + 1}" if line is not None else str(path)
    return CodebookError(f"{where}: {message}")


def _date(value, path: Path, node, what: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise _fail(path, node, f"{what}: {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _strings(value, path: Path, node, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, node, f"{what} must be a list of non-empty strings")
    return tuple(value)


def _child(node, key: str):
    """The YAML node under `key` of a mapping node, for line numbers in messages."""
    for key_node, value_node in getattr(node, "value", []):
        if getattr(key_node, "value", None) == key:
            return value_node
    return node


@lru_cache(maxsize=8)
def _load(path_text: str, sha256: str) -> Codebook:
    import yaml

    path = Path(path_text)
    text = path.read_text(encoding="utf-8")
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line = f", line {mark.line + 1}" if mark is not None else ""
        raise CodebookError(f"{path}{line}: not valid YAML ({error.problem})") from None
    if not isinstance(data, dict):
        raise CodebookError(f"{path}: the codebook must be a mapping with {', '.join(SECTIONS)}")
    missing = [s for s in SECTIONS if s not in data]
    if missing:
        raise _fail(path, root, f"missing section(s): {', '.join(missing)}")

    actors = []
    actors_node = _child(root, "actors")
    for i, entry in enumerate(data["actors"] or []):
        node = actors_node.value[i]
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise _fail(path, node, "each actor needs a name")
        if entry.get("side") not in SIDES:
            raise _fail(
                path, _child(node, "side"), f"actor {entry['name']}: side must be one of {SIDES}"
            )
        aliases = _strings(entry.get("aliases"), path, node, f"actor {entry['name']}: aliases")
        roles = []
        for held in entry.get("roles") or []:
            if not isinstance(held, dict) or held.get("role") not in (data["roles"] or {}):
                raise _fail(path, node, f"actor {entry['name']}: unknown role {held!r}")
            start = _date(held.get("from"), path, node, f"actor {entry['name']}: from")
            end = (
                _date(held["to"], path, node, f"actor {entry['name']}: to")
                if held.get("to")
                else None
            )
            roles.append(Role(held["role"], start, end))
        given_family = entry["name"].split()
        if entry["side"] == "japan" and len(given_family) == 2:
            # "Kono Taro", "KISHIDA Fumio": the Japanese government's and NHK's order since 2019
            family_first = " ".join(reversed(given_family))
            if family_first.lower() not in {alias.lower() for alias in aliases}:
                aliases = (*aliases, family_first)
        actors.append(Actor(entry["name"], entry["side"], aliases, tuple(roles)))

    roles_node = _child(root, "roles")
    roles = {
        name: _strings(forms, path, _child(roles_node, name), f"role {name}")
        for name, forms in (data["roles"] or {}).items()
    }
    places_node = _child(root, "places")
    places = {}
    for i, entry in enumerate(data["places"] or []):
        node = places_node.value[i]
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise _fail(path, node, "each place needs a name")
        places[entry["name"]] = _strings(entry.get("aliases"), path, node, f"place {entry['name']}")
    framing_node = _child(root, "framing")
    framing = {}
    for i, entry in enumerate(data["framing"] or []):
        node = framing_node.value[i]
        if not isinstance(entry, dict) or entry.get("side") not in FRAME_SIDES:
            raise _fail(path, node, f"each frame needs a name and a side in {FRAME_SIDES}")
        for term in _strings(entry.get("terms"), path, node, f"frame {entry.get('name')}"):
            framing[term.lower()] = (entry["name"], entry["side"])
    cues_node = _child(root, "stance_cues")
    cues = {}
    for kind in ("cooperative", "confrontational", "negators"):
        cues[kind] = _strings((data["stance_cues"] or {}).get(kind), path, cues_node, kind)
    events_node = _child(root, "events")
    events = []
    for i, entry in enumerate(data["events"] or []):
        node = events_node.value[i]
        if not isinstance(entry, dict) or not {"id", "date", "label", "terms"} <= set(entry):
            raise _fail(path, node, "each event needs id, date, label and terms")
        _strings(entry["terms"], path, node, f"event {entry['id']}: terms")
        events.append({**entry, "date": str(entry["date"])})
    keep = _strings(data["keep_words"] or [], path, _child(root, "keep_words"), "keep_words")

    terms: dict[str, str] = {}
    for place, aliases in places.items():
        terms.update({alias.lower(): place for alias in aliases})
    for actor in actors:
        terms.update({alias.lower(): actor.name for alias in actor.aliases})
    return Codebook(
        path=str(path),
        sha256=sha256,
        actors=tuple(actors),
        roles=roles,
        places=places,
        framing=framing,
        cues=cues,
        events=tuple(events),
        keep_words=frozenset(w.lower() for w in keep),
        terms=terms,
    )


def load_codebook(path: str | Path | None = None) -> Codebook:
    """Load and validate a codebook YAML file (default: the one shipped with kurils).

    Parameters
    ----------
    path
        A codebook file; None for the packaged ``codebook.yaml``.

    Returns
    -------
    Codebook
        Validated and cached: the same file content is parsed once per process.

    Raises
    ------
    CodebookError
        For a missing file, invalid YAML or a malformed entry, naming the file and the line.
    """
    resolved = Path(path) if path is not None else DEFAULT_CODEBOOK
    try:
        raw = resolved.read_bytes()
    except OSError as error:
        raise CodebookError(f"{resolved}: cannot read codebook ({error.strerror})") from None
    return _load(str(resolved.resolve()), hashlib.sha256(raw).hexdigest())
