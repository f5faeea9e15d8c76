"""wire-consumer: raw news wire items from Kafka to parsed, enriched, schema-validated events.

The stages a message flows through, one module or package each:
decode and parse (``consumer.parse``) -> entities (``consumer.entities``) ->
indicators (``consumer.indicators``) -> subjects (``consumer.subjects``), tied
together by the pure ``consumer.pipeline`` (which also holds the failure policy);
``consumer.lexicon`` and ``consumer.sentences`` are the words and the sentence
splitter the stages share; ``consumer.publish`` turns outcomes into Kafka records
(keys included) and ``consumer.worker`` is the asyncio shell around Kafka.
"""

__version__ = "0.1.0"
