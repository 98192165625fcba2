"""Claims keep their modality: whether the event is told as done, or as intended,
promised, conditional, future, asked for, agreed or refused (rawi/extract/modality.py).
Claims stored before have none, which reads as "told as done"."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("modality", sa.String(16)))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("modality")
