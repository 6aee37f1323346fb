"""The readable text of an HTML article, one paragraph per block, scripts and chrome dropped."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

# Never text a reader sees as the story.
_DROPPED = (
    "script, style, noscript, template, iframe, svg, canvas, form, button, "
    "nav, aside, footer, header:not(article header), figure figcaption + *"
)
_BLOCKS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol blockquote pre table tr "
    "dd dt dl figure figcaption hr address details summary".split()
)
_MAIN_CANDIDATES = ("article", "main", "[role=main]", "body")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def html_to_text(html: str) -> str:
    """Paragraphs of the page's main content (its ``<article>`` or ``<main>`` when it has one),
    separated by blank lines, with white space inside each paragraph folded."""
    tree = LexborHTMLParser(html)
    for node in tree.css(_DROPPED):
        node.decompose()
    root = _main_content(tree)
    if root is None:
        return ""
    return _paragraphs(root)


def _main_content(tree: LexborHTMLParser) -> LexborNode | None:
    for selector in _MAIN_CANDIDATES:
        found = tree.css_first(selector)
        if found is not None and (found.text(strip=True) or selector == "body"):
            return found
    return tree.root


def _paragraphs(root: LexborNode) -> str:
    # An explicit stack rather than recursion: hostile pages nest thousands of elements deep.
    pieces: list[str] = []
    stack: list[LexborNode | str] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            pieces.append(item)
        elif item.tag == "-text":
            pieces.append(item.text_content or "")
        elif item.tag == "br":
            pieces.append("\n")
        else:
            _push_children(stack, item)
    return _tidy("".join(pieces))


def _push_children(stack: list[LexborNode | str], node: LexborNode) -> None:
    block = node.tag in _BLOCKS
    if block:
        stack.append("\n\n")
    stack.extend(reversed(list(node.iter(include_text=True))))
    if block:
        stack.append("\n\n")


def _tidy(text: str) -> str:
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)
