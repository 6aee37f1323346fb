# Two stages: build the virtualenv with the package installed, then copy it into a slim runtime.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /opt/venv
COPY pyproject.toml README.md ./
COPY service ./service
COPY schemas ./schemas
RUN /opt/venv/bin/pip install --no-cache-dir ".[postgres]"

FROM python:3.11-slim AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    HOST=0.0.0.0 \
    PORT=8000 \
    DATABASE_URL=sqlite:////data/quotecheck.db \
    QUOTECHECK_SEEDS_DIR=/app/seeds
RUN groupadd --system --gid 10001 quotecheck \
    && useradd --system --uid 10001 --gid quotecheck --no-create-home --home-dir /app quotecheck \
    && mkdir /data \
    && chown 10001:10001 /data
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY seeds ./seeds
COPY gunicorn.conf.py ./
USER 10001:10001
VOLUME ["/data"]
EXPOSE 8000
# The slim image has no curl: the health check asks with Python's standard library.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('PORT', '8000') + '/healthz', timeout=4)"]
ENTRYPOINT ["gunicorn", "--config", "gunicorn.conf.py"]
