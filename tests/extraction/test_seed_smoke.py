from pathlib import Path

from service.extraction import extract_quotes

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_22d07be6e4e0769a.txt"


def test_every_offset_of_the_seed_slices_back_to_its_quote() -> None:
    text = SEED.read_text(encoding="utf-8")
    for quote in extract_quotes(text):
        assert text[quote.start : quote.end] == quote.text
