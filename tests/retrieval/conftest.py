import pytest

from service.retrieval import SentenceIndex

DOCUMENTS = {
    1: (
        "The city council approved the harbour budget on Tuesday. "
        "“We will not raise taxes this year,” said Mayor Linda Okafor. "
        "Critics said the plan relied on 4,500 new parking permits. "
        "Councillor Raj Patel called the vote a reckless gamble with pensions. "
        "The budget takes effect in March."
    ),
    2: (
        "Flooding closed the northern rail line for a third day. "
        "Engineers from Northfield Transit inspected the damaged bridge near Carlow. "
        "“The repairs will take at least six weeks,” said Tomas Varga, the agency’s director. "
        "Commuters were told to use replacement buses. "
        "Varga said the agency had warned ministers about the bridge in 2019."
    ),
    3: (
        "The hospital trust reported 312 cancelled operations in January. "
        "“Staff shortages are the single biggest problem we face,” said Dr. Amara Mensah. "
        "She added that the trust hoped to recruit 80 nurses from abroad. "
        "Union leaders said pay, not recruitment, was the issue."
    ),
}


@pytest.fixture
def index() -> SentenceIndex:
    index = SentenceIndex()
    for document_id, text in DOCUMENTS.items():
        index.add_document(document_id, text)
    return index


def source_of(document_id: int, sentence: str) -> tuple[int, int, int]:
    """The document id and span of ``sentence`` in the test corpus."""
    start = DOCUMENTS[document_id].index(sentence)
    return document_id, start, start + len(sentence)
