"""Stories to ingest and claims to verify under load: each story is distinct enough that its
claim is verified against that story and no other."""

from __future__ import annotations

import random
from dataclasses import dataclass

_WORDS = """harbour bridge library tram school clinic market canal stadium ferry museum tunnel
orchard bakery quarry lighthouse reservoir airfield granary depot""".split()
_NAMES = "Ana Lima|Jane Doe|Omar Haddad|Wei Chen|Sofia Rossi|Kwame Mensah|Lena Berg".split("|")


@dataclass(frozen=True)
class Story:
    text: str
    quotes: tuple[str, ...]
    claim: str
    speaker: str


def story(client: int, number: int) -> Story:
    """The ``number``-th story of ``client``: two quotations by one named speaker."""
    pick = random.Random(client * 1_000_003 + number)
    place, project, thing = pick.sample(_WORDS, 3)
    speaker = pick.choice(_NAMES)
    tag = f"c{client}n{number}"
    first = f"The {place} {project} plan {tag} will be finished before winter,"
    second = f"We counted {pick.randint(2, 999)} {thing} repairs for {tag} this year."
    text = f"“{first}” {speaker} said on Monday. “{second}” {speaker.split()[-1]} added."
    return Story(text, (first, second), first.rstrip(","), speaker)
