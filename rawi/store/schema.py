"""The store's tables as SQLAlchemy Core objects, used by every query.

The database itself is created and upgraded by the migrations in `migrations/versions`;
`tests/store/test_schema.py` checks that the migrated database matches these tables.

Two kinds of rows live here. Extracted rows (documents, entities, mentions, claims ...)
are replaced when a document is re-extracted. Analyst rows (merges, reviews, grades)
are never touched by extraction and point at stable keys, so a re-ingest keeps them.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    # canonical URL when the document has one, else "sha256:<content hash>"
    Column("doc_key", String(2048), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("url", String(2048)),
    Column("source", Text),
    Column("title", Text),
    Column("outlet", String(512)),
    Column("published", String(10)),
    Column("published_text", Text),
    Column("language", String(8)),
    Column("encoding", String(32)),
    Column("format", String(16)),
    Column("text", Text, nullable=False),
    Column("extractor_version", String(32), nullable=False),
    Column("ingested_at", String(32), nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    # "reg:<registry id>" for registry actors, "name:<kind>:<normalised name>" otherwise
    Column("entity_key", String(512), nullable=False, unique=True),
    Column("kind", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Column("registry_id", String(128)),
    Column("wikidata", String(32)),
    Column("category", String(64)),  # the registry file: armed_groups, media, states ...
    Column("country", String(8)),  # ISO 3166 code of its state
    # the entity this one stands for after analysts' merges (itself when unmerged)
    Column("canonical_id", Integer, nullable=False, index=True),
)

entity_names = Table(
    "entity_names",
    metadata,
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False, index=True),
    UniqueConstraint("entity_id", "name", name="uq_entity_names"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("how", String(32), nullable=False),
)

# One row per (event, document): the statement that this document makes.
claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    # stable across re-extraction: document key + type + parties + evidence words
    Column("claim_key", String(64), nullable=False, unique=True),
    Column(
        "document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("event_id", String(32), nullable=False),
    Column("type", String(32), nullable=False, index=True),
    Column("mode", String(32)),
    Column("source_id", Integer, ForeignKey("entities.id"), index=True),
    Column("target_id", Integer, ForeignKey("entities.id"), index=True),
    Column("polarity", String(16), nullable=False),
    Column("modality", String(16)),  # None: told as done (rawi/extract/modality.py)
    # the innermost source of the chain (the outlet when nobody else is cited)
    Column("primary_source_id", Integer, ForeignKey("entities.id"), index=True),
    Column("when_start", String(10)),
    Column("when_end", String(10)),
    Column("when_text", Text),
    Column("where_id", Integer, ForeignKey("entities.id")),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("evidence_text", Text, nullable=False),
    Column("trigger_text", Text),
    Column("confidence", Float, nullable=False),
    Column("extractor_version", String(32), nullable=False),
)

# The attribution chain, outermost first: the outlet at position 0, then the cited sources.
claim_sources = Table(
    "claim_sources",
    metadata,
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False, index=True),
)

# The pairs a claim links: (source, target) when directed, each pair of participants otherwise.
claim_links = Table(
    "claim_links",
    metadata,
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("a_id", Integer, ForeignKey("entities.id"), nullable=False, index=True),
    Column("b_id", Integer, ForeignKey("entities.id"), nullable=False, index=True),
    Column("directed", Boolean, nullable=False),
)

affiliations = Table(
    "affiliations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("person_id", Integer, ForeignKey("entities.id"), nullable=False, index=True),
    Column("organization_id", Integer, ForeignKey("entities.id"), nullable=False, index=True),
    Column("role", String(64), nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("evidence_text", Text, nullable=False),
)

# ── derived: claims fused into edges over canonical entities (fusion.py keeps them in step) ──

edges = Table(
    "edges",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(32), nullable=False),
    Column("source_id", Integer, nullable=False),
    Column("target_id", Integer, nullable=False),
    Column("directed", Boolean, nullable=False),
    Column("claims", Integer, nullable=False),  # not rejected by an analyst
    Column("affirmed", Integer, nullable=False),
    Column("hedged", Integer, nullable=False),
    Column("denied", Integer, nullable=False),
    Column("rejected", Integer, nullable=False),
    Column("corroboration", Integer, nullable=False),  # independent primary sources affirming
    Column("confirmed", Boolean, nullable=False),
    Column("upheld_denial", Boolean, nullable=False),
    Column("first", String(10)),
    Column("last", String(10)),
    Column("modes", String(256), nullable=False),
    Column("reliability", String(1), nullable=False),
    UniqueConstraint("type", "source_id", "target_id", "directed", name="uq_edges"),
)

# per edge and independent source (canonical entity, or minus the document id when none):
# how many of its claims affirm and deny the edge
edge_sources = Table(
    "edge_sources",
    metadata,
    Column("edge_id", Integer, ForeignKey("edges.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("source_id", Integer, nullable=False, index=True),
    Column("supporting", Integer, nullable=False),
    Column("denying", Integer, nullable=False),
    UniqueConstraint("edge_id", "source_id", name="uq_edge_sources"),
)

# per pair of actors, both ways round: the claims of all their edges, so that an actor's
# strongest links come straight off the index (neighbourhoods, paths)
actor_links = Table(
    "actor_links",
    metadata,
    Column("actor_id", Integer, primary_key=True),
    Column("other_id", Integer, primary_key=True),
    Column("claims", Integer, nullable=False),
)

# ── analyst decisions: kept with their history, never removed by extraction ──

entity_merges = Table(
    "entity_merges",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("into_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("analyst", String(128)),
    Column("note", Text),
    Column("created_at", String(32), nullable=False),
    Column("undone_at", String(32)),  # set by `rawi split`; the row stays as history
)

claim_reviews = Table(
    "claim_reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_key", String(64), nullable=False, index=True),
    Column("verdict", String(16), nullable=False),  # confirmed | rejected | note
    Column("note", Text),
    Column("analyst", String(128)),
    Column("created_at", String(32), nullable=False),
)

source_grades = Table(
    "source_grades",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_key", String(512), nullable=False, index=True),
    Column("grade", String(1), nullable=False),  # Admiralty reliability A-F
    Column("note", Text),
    Column("analyst", String(128)),
    Column("created_at", String(32), nullable=False),
)

Index("ix_claim_links_pair", claim_links.c.a_id, claim_links.c.b_id)
# an actor's strongest relations on each side come straight off these, without sorting
Index("ix_actor_links_strongest", actor_links.c.actor_id, actor_links.c.claims)
Index("ix_edges_source", edges.c.source_id, edges.c.claims, edges.c.directed)
Index("ix_edges_target", edges.c.target_id, edges.c.claims, edges.c.directed)
