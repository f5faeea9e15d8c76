"""Subjects: IPTC Media Topic classification of an article."""

from consumer.subjects.classify import classify_subjects

__all__ = ["classify_subjects"]
