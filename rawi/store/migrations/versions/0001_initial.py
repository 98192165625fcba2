"""The first schema: documents, entities and their names, mentions, claims with their
sources and links, affiliations, and the analysts' merges, reviews and grades."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def _id() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("id", sa.Integer, primary_key=True)


def _entity(name: str, nullable: bool = True) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Integer, sa.ForeignKey("entities.id"), nullable=nullable)


def _document() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(
        "document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    )


def _claim() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False)


def _evidence() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("evidence_text", sa.Text, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "documents",
        _id(),
        sa.Column("doc_key", sa.String(2048), nullable=False, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False, index=True),
        sa.Column("url", sa.String(2048)),
        sa.Column("source", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.String(512)),
        sa.Column("published", sa.String(10)),
        sa.Column("published_text", sa.Text),
        sa.Column("language", sa.String(8)),
        sa.Column("encoding", sa.String(32)),
        sa.Column("format", sa.String(16)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("extractor_version", sa.String(32), nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "entities",
        _id(),
        sa.Column("entity_key", sa.String(512), nullable=False, unique=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("registry_id", sa.String(128)),
        sa.Column("wikidata", sa.String(32)),
        sa.Column("category", sa.String(64)),
        sa.Column("country", sa.String(8)),
        sa.Column("canonical_id", sa.Integer, nullable=False, index=True),
    )
    op.create_table(
        "entity_names",
        _entity("entity_id", nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False, index=True),
        sa.UniqueConstraint("entity_id", "name", name="uq_entity_names"),
    )
    op.create_table(
        "mentions",
        _id(),
        _document(),
        _entity("entity_id", nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("how", sa.String(32), nullable=False),
    )
    op.create_table(
        "claims",
        _id(),
        sa.Column("claim_key", sa.String(64), nullable=False, unique=True),
        _document(),
        sa.Column("event_id", sa.String(32), nullable=False),
        sa.Column("type", sa.String(32), nullable=False, index=True),
        sa.Column("mode", sa.String(32)),
        _entity("source_id"),
        _entity("target_id"),
        sa.Column("polarity", sa.String(16), nullable=False),
        _entity("primary_source_id"),
        sa.Column("when_start", sa.String(10)),
        sa.Column("when_end", sa.String(10)),
        sa.Column("when_text", sa.Text),
        _entity("where_id"),
        *_evidence(),
        sa.Column("trigger_text", sa.Text),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("extractor_version", sa.String(32), nullable=False),
    )
    op.create_table(
        "claim_sources",
        _claim(),
        sa.Column("position", sa.Integer, nullable=False),
        _entity("entity_id", nullable=False),
    )
    op.create_table(
        "claim_links",
        _claim(),
        _entity("a_id", nullable=False),
        _entity("b_id", nullable=False),
        sa.Column("directed", sa.Boolean, nullable=False),
    )
    op.create_table(
        "affiliations",
        _id(),
        _document(),
        _entity("person_id", nullable=False),
        _entity("organization_id", nullable=False),
        sa.Column("role", sa.String(64), nullable=False),
        *_evidence(),
    )
    op.create_table(
        "entity_merges",
        _id(),
        _entity("entity_id", nullable=False),
        _entity("into_id", nullable=False),
        sa.Column("analyst", sa.String(128)),
        sa.Column("note", sa.Text),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("undone_at", sa.String(32)),
    )
    op.create_table(
        "claim_reviews",
        _id(),
        sa.Column("claim_key", sa.String(64), nullable=False, index=True),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("analyst", sa.String(128)),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "source_grades",
        _id(),
        sa.Column("entity_key", sa.String(512), nullable=False, index=True),
        sa.Column("grade", sa.String(1), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("analyst", sa.String(128)),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "edges",
        _id(),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("source_id", sa.Integer, nullable=False),
        sa.Column("target_id", sa.Integer, nullable=False),
        sa.Column("directed", sa.Boolean, nullable=False),
        *(
            sa.Column(name, sa.Integer, nullable=False)
            for name in ("claims", "affirmed", "hedged", "denied", "rejected", "corroboration")
        ),
        sa.Column("confirmed", sa.Boolean, nullable=False),
        sa.Column("upheld_denial", sa.Boolean, nullable=False),
        sa.Column("first", sa.String(10)),
        sa.Column("last", sa.String(10)),
        sa.Column("modes", sa.String(256), nullable=False),
        sa.Column("reliability", sa.String(1), nullable=False),
        sa.UniqueConstraint("type", "source_id", "target_id", "directed", name="uq_edges"),
    )
    op.create_table(
        "edge_sources",
        sa.Column("edge_id", sa.Integer, sa.ForeignKey("edges.id", ondelete="CASCADE"), nullable=False),
        sa.Column("source_id", sa.Integer, nullable=False),
        sa.Column("supporting", sa.Integer, nullable=False),
        sa.Column("denying", sa.Integer, nullable=False),
        sa.UniqueConstraint("edge_id", "source_id", name="uq_edge_sources"),
    )
    op.create_table(
        "actor_links",
        sa.Column("actor_id", sa.Integer, primary_key=True),
        sa.Column("other_id", sa.Integer, primary_key=True),
        sa.Column("claims", sa.Integer, nullable=False),
    )
    op.create_index("ix_actor_links_strongest", "actor_links", ["actor_id", "claims"])
    # indexes named as SQLAlchemy names them for schema.py's index=True columns
    for table, column in [
        ("mentions", "document_id"),
        ("mentions", "entity_id"),
        ("claims", "document_id"),
        ("claims", "primary_source_id"),
        ("claims", "source_id"),
        ("claims", "target_id"),
        ("claim_sources", "claim_id"),
        ("claim_sources", "entity_id"),
        ("claim_links", "claim_id"),
        ("claim_links", "a_id"),
        ("claim_links", "b_id"),
        ("affiliations", "document_id"),
        ("affiliations", "person_id"),
        ("affiliations", "organization_id"),
        ("edge_sources", "edge_id"),
        ("edge_sources", "source_id"),
    ]:
        op.create_index(f"ix_{table}_{column}", table, [column])
    op.create_index("ix_claim_links_pair", "claim_links", ["a_id", "b_id"])
    op.create_index("ix_edges_source", "edges", ["source_id", "claims", "directed"])
    op.create_index("ix_edges_target", "edges", ["target_id", "claims", "directed"])
