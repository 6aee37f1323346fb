"""The WSGI entry point gunicorn serves: each worker builds the app around the candidate
index the master loaded before forking."""

from service.app import create_app
from service.serving import preloaded_corpus_index

app = create_app(corpus_index=preloaded_corpus_index())
