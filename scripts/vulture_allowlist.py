"""Names vulture reports as unused that are used, by a framework rather than by a call.

Checked by scripts/test: `vulture consumer scripts/vulture_allowlist.py --min-confidence 60`.
A name that is really dead is deleted, not added here.
"""

# ruff: noqa: B018, F821
# pydantic: model configuration, validators and schema fields (published, or read by the schema)
model_config
_._known_zone
_._check_security
word_count
organization
location
processed_at
uri
related_headlines
caption_mentions
quality
schema_version
input
ok
# spaCy: a component factory, registered by its decorator
_make_gazetteer
# logging.Formatter.format, and aiokafka's rebalance listener callbacks
_.format
_.on_partitions_revoked
_.on_partitions_assigned
# tests/unit/test_subjects_topics.py measures the cue scan's cost through it
cue_counts
# tests/unit/test_worker_inflight.py reads the in-flight bookkeeping through it
_.waiting
# pydantic: fields of the quote model (read by evaluation/eval_quotes.py and the tests)
speaker_name
speaker_role
speaker_organization
# consumer/quotes/marks.py: the closing double marks, named beside the opening ones they pair with
DOUBLE_CLOSE
