"""The readable text of HTML pages."""

from __future__ import annotations

import pytest

from service.formats import html_to_text


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
        ("<p>“Fine,” <em>she</em>   said.</p>", "“Fine,” she said."),
        ("<p>Line one<br>line two</p>", "Line one\nline two"),
        ("<div><p>Inside.</p>Tail text.</div>", "Inside.\n\nTail text."),
        ("<p>Fish &amp; chips &lt;3</p>", "Fish & chips <3"),
        ("<p>Story.</p><script>var quote = '“fake”';</script><style>p{}</style>", "Story."),
        (
            "<body><nav>Home | World</nav><article><p>The story.</p></article>"
            "<footer>© Paper</footer></body>",
            "The story.",
        ),
        ("<main><p>Main text.</p></main><aside>Related</aside>", "Main text."),
        ("", ""),
        ("plain words, no tags", "plain words, no tags"),
    ],
    ids=[
        "paragraphs",
        "inline-elements",
        "line-break",
        "text-after-block",
        "entities",
        "scripts-and-styles-dropped",
        "article-over-chrome",
        "main-over-aside",
        "empty",
        "no-markup",
    ],
)
def test_html_to_text_keeps_paragraphs_and_drops_what_is_not_the_story(
    html: str, expected: str
) -> None:
    assert html_to_text(html) == expected


def test_deeply_nested_markup_does_not_exhaust_the_stack() -> None:
    assert html_to_text("<div>" * 50_000 + "deep" + "</div>" * 50_000) == "deep"
