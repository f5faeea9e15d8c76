"""The imperative shell: Kafka in, Kafka out, offsets, health and metrics."""
