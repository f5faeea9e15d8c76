# The worker image: `docker compose up` builds it next to a single-node Kafka.
# Stage one compiles the enrichment core with mypyc (setup.py, WIRE_COMPILE=1; the same outputs
# as the pure build, checked by scripts/compiled, for about a sixth less CPU beyond the model).
FROM python:3.11-slim AS build
ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml setup.py constraints.txt README.md ./
COPY consumer ./consumer
# mypyc type-checks against the runtime dependencies (and the stubs mypy reads in CI), so they
# are installed first and the wheel is built without build isolation.
RUN pip install -c constraints.txt ".[model]" mypy types-PyYAML "setuptools>=77" wheel \
    && WIRE_COMPILE=1 pip wheel --no-build-isolation --no-deps -w /wheels .

FROM python:3.11-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY constraints.txt ./
COPY schemas ./schemas
COPY --from=build /wheels /wheels
# The otel extra is small and lets WIRE_OTEL=1 or OTEL_EXPORTER_OTLP_ENDPOINT trace in the container.
RUN pip install -c constraints.txt "$(echo /wheels/wire_consumer-*.whl)[model,otel]" \
    && rm -rf /wheels \
    && useradd --system --uid 10001 wire
USER wire
# /healthz, /readyz, /metrics; bind to all interfaces inside the container only.
ENV WIRE_HTTP_HOST=0.0.0.0 WIRE_HTTP_PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=2).status == 200 else 1)"
ENTRYPOINT ["wire-consumer"]
CMD ["run"]
