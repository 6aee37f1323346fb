"""Cast: the named people and organisations of one document, and the speakers quoted so far.

A ``Cast`` is built once per document from every capitalised name in it. It turns a name as
written ("Mr. Blinken") into the fullest form introduced so far ("Antony Blinken") with its
kind and gender; ``service.extraction.speakers`` resolves mentions, pronouns included, against it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from service.extraction.model import SpeakerKind
from service.extraction.names import (
    NAME_PATTERN,
    after_article,
    after_opener,
    after_possessor,
    clean,
    from_last_title,
    gender_of,
    in_organization_name,
    is_organization,
    names_by,
    only_titles,
    plausible_name,
    sentence_parts,
    strip_titles,
    trailing_capitalised,
)


@dataclass(frozen=True, slots=True)
class Resolution:
    """Who a mention names: display name, kind and gender ("m", "f" or "")."""

    name: str
    kind: SpeakerKind
    gender: str = ""


@dataclass(slots=True)
class Cast:
    """The named people and organisations of one document, in order of appearance."""

    names: list[tuple[int, list[str]]] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    by_word: dict[str, dict[tuple[str, ...], int]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    written: dict[str, set[str]] = field(default_factory=dict)
    recent: list[tuple[int, Resolution]] = field(default_factory=list)
    text: str = ""

    @classmethod
    def from_text(cls, text: str) -> Cast:
        """Collect every capitalised name of ``text`` and the genders its titles reveal."""
        cast = cls(text=text)
        for match in NAME_PATTERN.finditer(text):
            for at, written in sentence_parts(match.group(), match.start()):
                cast._collect(at, written)
        return cast

    def _collect(self, at: int, written: str) -> None:
        if " " not in written:
            word = clean(written)
            self.written.setdefault(word, set()).add(word)
            if not after_article(self.text, at):
                self._add_surname_mention(at, word)
            return
        if in_organization_name(self.text, at):
            return
        found = _name_in(written)
        if found is None:
            return
        core, words = found
        if len(core) == 1 and len(words) == 1:
            self._add_surname_mention(at, core[0])
        else:
            self._add(at, list(core), words[0].lower().rstrip(".") if len(words) > 1 else "")
            self.written.setdefault(core[-1], set()).add(" ".join(words))

    def forms_of(self, name: str) -> set[str]:
        """The ways the text writes ``name``'s person ("Mr. Blinken" for "Antony Blinken")."""
        words = name.split()
        found = self.written.get(words[-1], set()) if words else set()
        return {form for form in found if set(strip_titles(form.split())) <= set(words)}

    def _add_surname_mention(self, at: int, word: str) -> None:
        """A lone surname of a person named in full earlier ("Scott bristles …"): a mention
        later pronouns may refer to."""
        if any(full[-1] == word and len(full) > 1 for full in self.by_word.get(word, {})):
            self.names.append((at, [word]))
            self.positions.append(at)

    def _add(self, at: int, core: list[str], title: str) -> None:
        self.names.append((at, core))
        self.positions.append(at)
        if len(core) > 1:
            for word in core:
                self.by_word.setdefault(word, {}).setdefault(tuple(core), at)
        gender = gender_of(title, core)
        if gender:
            self.genders.setdefault(core[-1], gender)
            self.genders.setdefault(" ".join(core), gender)

    def remember(self, at: int, resolution: Resolution) -> None:
        """Record an attributed speaker, the first candidate for later pronouns."""
        self.recent.append((at, resolution))

    def resolve_name(self, words: list[str], at: int) -> Resolution | None:
        """The fullest name introduced by offset ``at`` that ``words`` names, with its kind and
        gender; a description when ``words`` holds no capitalised name."""
        core = strip_titles([clean(w) for w in words])
        capitalised = trailing_capitalised(core)
        if not capitalised:
            return Resolution(" ".join(words), "description")
        full = self._fullest(capitalised, at)
        kind: SpeakerKind = "organization" if is_organization(words, full) else "person"
        shown = strip_titles(from_last_title(full)) if kind == "person" else full
        return Resolution(" ".join(shown), kind, self.known_gender(full))

    def known_gender(self, full: list[str]) -> str:
        """The gender the text's titles reveal for ``full``, else its first name's; "" if none."""
        known = self.genders.get(" ".join(full)) or self.genders.get(full[-1], "")
        return known or gender_of("", full)

    def _fullest(self, core: list[str], at: int) -> list[str]:
        best = core
        candidates = self.by_word.get(core[-1], {})
        surname = any(candidate[-1] == core[-1] for candidate in candidates)
        for candidate, position in candidates.items():
            if position <= at and len(candidate) > len(best) and names_by(candidate, core, surname):
                best = list(candidate)
        return best


@lru_cache(maxsize=4096)
def _name_in(written: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The name a run of capitalised words holds, as (its core without titles, its words
    with titles), or None for none. The same runs come back in every story that names the
    same people, so this is worked out once per run."""
    raw = after_possessor(written.split())
    words = [clean(w) for w in after_opener(raw)]
    core = strip_titles(words)
    if not plausible_name(core):
        words = from_last_title(words)
        core = strip_titles(words)
    lone_word = len(core) == 1 and len(words) == 1
    if lone_word or (core and plausible_name(core) and not only_titles(core)):
        return tuple(core), tuple(words)
    return None
