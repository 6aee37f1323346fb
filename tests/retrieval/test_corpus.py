import itertools

from bench.corpus import generate_articles
from service.retrieval import split_sentences


def test_the_same_seed_gives_the_same_corpus_and_another_seed_another() -> None:
    first = list(generate_articles(300, seed=7))
    assert first == list(generate_articles(300, seed=7))
    assert first != list(generate_articles(300, seed=8))


def test_articles_add_up_to_about_the_requested_sentences() -> None:
    articles = list(generate_articles(1_000, seed=1))
    sentences = sum(len(split_sentences(article)) for article in articles)
    assert 1_000 <= sentences <= 1_000 + 70


def test_articles_read_like_news_with_paragraphs_quotes_and_speakers() -> None:
    article = next(generate_articles(100, seed=3))
    assert "\n\n" in article
    assert article.count("“") >= 3
    assert " said" in article
    assert 500 <= len(article.split()) <= 1_200
    assert any(character.isdigit() for character in article)


def test_generation_is_lazy() -> None:
    assert len(list(itertools.islice(generate_articles(10**9, seed=0), 2))) == 2
