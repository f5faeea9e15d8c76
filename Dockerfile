# The worker image: `docker compose up` builds it next to a single-node Kafka.
FROM python:3.11-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY pyproject.toml constraints.txt README.md ./
COPY consumer ./consumer
COPY schemas ./schemas
# The otel extra is small and lets WIRE_OTEL=1 or OTEL_EXPORTER_OTLP_ENDPOINT trace in the container.
RUN pip install -c constraints.txt ".[model,otel]" \
    && useradd --system --uid 10001 wire
USER wire
# /healthz, /readyz, /metrics; bind to all interfaces inside the container only.
ENV WIRE_HTTP_HOST=0.0.0.0 WIRE_HTTP_PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=2).status == 200 else 1)"
ENTRYPOINT ["wire-consumer"]
CMD ["run"]
