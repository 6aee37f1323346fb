"""Speakers: resolve a mention ("Shi", "Mr. Blinken", "she") to the person it names.

A ``Cast`` is built once per document from every capitalised name in it; mentions are then
resolved against the names introduced so far, pronouns by gender and recency.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from service.extraction.lexicon import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    PLACES,
    REPORTING_VERBS,
)
from service.extraction.model import SpeakerKind
from service.extraction.names import (
    NAME_PATTERN,
    after_article,
    after_opener,
    after_possessor,
    clean,
    from_last_title,
    gender_of,
    is_abbreviation,
    is_organization,
    names_by,
    plausible_name,
    strip_titles,
    trailing_capitalised,
)

_RECENT_SPEAKERS = 8
# A full stop before a capital: "(R-Ga.) said" does not end a sentence.
_SENTENCE_BREAK = re.compile(r"[.!?][\"'’”)]*\s+(?=[A-Z“\"‘'])|\n")
_RECENT_NAMES = 60
_APPOSITIVE_REACH = 80
_RELATIVE_REACH = 120
_DESCRIPTION_START = frozenset(
    "a an the one another some several many most both other two three four his her their".split()
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
            if " " not in match.group():
                word = clean(match.group())
                cast.written.setdefault(word, set()).add(word)
                if not after_article(text, match.start()):
                    cast._add_surname_mention(match.start(), word)
                continue
            raw = after_possessor(match.group().split())
            words = [clean(w) for w in after_opener(raw)]
            core = strip_titles(words)
            if not plausible_name(core):
                words = from_last_title(words)
                core = strip_titles(words)
            if len(core) == 1 and len(words) == 1:
                cast._add_surname_mention(match.start(), core[0])
            elif core and plausible_name(core):
                cast._add(
                    match.start(), core, words[0].lower().rstrip(".") if len(words) > 1 else ""
                )
                cast.written.setdefault(core[-1], set()).add(" ".join(words))
        return cast

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

    def resolve(self, mention: str, at: int) -> Resolution | None:
        """The speaker ``mention`` (at offset ``at``) names; None for unresolvable pronouns."""
        words = mention.split()
        lowered = mention.lower().replace("'", "’").split("’")[0]
        if lowered in MALE_PRONOUNS or lowered in FEMALE_PRONOUNS:
            return self._pronoun("m" if lowered in MALE_PRONOUNS else "f", at)
        if lowered == "who":
            return self._nearest_name(at)
        if len(words) == 1 and lowered in {"i", "we", "they", "it", "you"}:
            return None
        if words[0].lower() in _DESCRIPTION_START and not words[-1][:1].isupper():
            return Resolution(mention, "description")
        return self._name(words, at)

    def remember(self, at: int, resolution: Resolution) -> None:
        """Record an attributed speaker, the first candidate for later pronouns."""
        self.recent.append((at, resolution))

    def _name(self, words: list[str], at: int) -> Resolution | None:
        core = strip_titles([clean(w) for w in words])
        capitalised = trailing_capitalised(core)
        if not capitalised:
            return Resolution(" ".join(words), "description")
        full = self._fullest(capitalised, at)
        kind: SpeakerKind = "organization" if is_organization(words, full) else "person"
        return Resolution(" ".join(full), kind, self._gender(full))

    def _gender(self, full: list[str]) -> str:
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

    def _pronoun(self, gender: str, at: int) -> Resolution | None:
        """The latest speaker of compatible gender, unless a person of that gender is named
        in a later sentence than that speaker's cue (then that person); else the latest
        named person of that gender."""
        speaker_at, speaker = self._latest_speaker(gender, at)
        before = bisect_left(self.positions, at)
        recent = self.names[max(0, before - _RECENT_NAMES) : before]
        for index in range(len(recent) - 1, -1, -1):
            position, words = recent[index]
            if speaker is not None and not self._new_sentence_between(speaker_at, position):
                return speaker
            if self._may_be(words, position, gender):
                return self._subject_of_sentence(recent[: index + 1], gender)
        return speaker

    def _may_be(self, words: list[str], position: int, gender: str) -> bool:
        """Of ``gender``, or a person whose gender the text does not tell but who is surely a
        person: named again by surname alone, or quoted before ("South Asia" is neither)."""
        found = self._gender(words)
        if found:
            return found == gender
        if words[-1].lower() in PLACES:
            return False
        resolution = self._name(words, position)
        if resolution is None or resolution.kind != "person":
            return False
        quoted = {speaker.name for _, speaker in self.recent}
        return len(words) == 1 or resolution.name in quoted or self._reports(words, position)

    def _reports(self, words: list[str], position: int) -> bool:
        """Named right before or after a reporting verb ("noted NBC's Dante Chinni", "Tina
        Houchins said", "Evans, the Georgia committeeman, suggested"): a person, whatever
        the first name."""
        before = self.text[max(0, position - 20) : position].split()[-1:]
        end = self.text.find(words[-1], position) + len(words[-1])
        if self.text.startswith(",", end):
            aside = self.text.find(",", end + 1, end + _APPOSITIVE_REACH)
            end = aside + 1 if aside > 0 else end
        after = self.text[end : end + 20].split()[:1]
        return any(word.strip(",.").lower() in REPORTING_VERBS for word in before + after)

    def _subject_of_sentence(
        self, names: list[tuple[int, list[str]]], gender: str
    ) -> Resolution | None:
        """The first person of ``gender`` in the sentence of the last of ``names``: the
        sentence's subject ("Aparna Mathur, …, said Ivanka Trump's statement …" → Mathur)."""
        chosen_at, chosen = names[-1]
        for position, words in reversed(names[:-1]):
            if self._new_sentence_between(position, chosen_at):
                break
            if self._may_be(words, position, gender):
                chosen_at, chosen = position, words
        return self._name(chosen, chosen_at)

    def _latest_speaker(self, gender: str, at: int) -> tuple[int, Resolution | None]:
        for position, resolution in reversed(self.recent[-_RECENT_SPEAKERS:]):
            if position < at and resolution.kind == "person" and resolution.gender in {gender, ""}:
                return position, resolution
        return -1, None

    def _new_sentence_between(self, start: int, end: int) -> bool:
        """A sentence ends between the offsets (not at "Sen." or "U.S.")."""
        for found in _SENTENCE_BREAK.finditer(self.text, start, max(start, end)):
            if "\n" in found.group():
                return True
            word = self.text[max(start, found.start() - 12) : found.start()].split()[-1:]
            if not word or not is_abbreviation(word[0]):
                return True
        return False

    def _nearest_name(self, at: int) -> Resolution | None:
        before = bisect_left(self.positions, at)
        if before == 0 or at - self.positions[before - 1] >= _RELATIVE_REACH:
            return None
        position, words = self.names[before - 1]
        return self._name(words, position)
