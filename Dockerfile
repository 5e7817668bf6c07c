# newsdesk's desk server: the review desk, the JSON API, MCP and the scheduler.
# Slim and non-root; the CJK fonts draw the covers; no browser is needed to run.
#   docker build -t newsdesk .
#   docker run --rm -p 127.0.0.1:8080:8080 -v "$PWD/data:/data" newsdesk
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install --no-cache-dir --upgrade pip \
 && pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-noto-cjk git ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --create-home --uid 10001 newsdesk \
 && mkdir /data && chown newsdesk /data
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
USER newsdesk
WORKDIR /data
# The config and (by default) the SQLite store live in the /data volume.
ENV NEWSDESK_CONFIG=/data/newsdesk.yaml PYTHONUNBUFFERED=1
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/readyz', timeout=4)"
# Listening beyond loopback needs an editor account: `newsdesk user add NAME` first.
CMD ["newsdesk", "serve", "--host", "0.0.0.0", "--port", "8080"]
