"""Speakers get an indexed surname key, so surname-only mentions merge without a table scan.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("speakers") as batch_op:
        batch_op.add_column(sa.Column("surname_key", sa.String(length=200), nullable=True))
        batch_op.create_index("ix_speakers_surname_key", ["surname_key"])
    speakers = sa.table(
        "speakers", sa.column("id", sa.Integer), sa.column("merge_key"), sa.column("surname_key")
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(speakers.c.id, speakers.c.merge_key)).all()
    for speaker_id, merge_key in rows:
        if merge_key:
            connection.execute(
                speakers.update()
                .where(speakers.c.id == speaker_id)
                .values(surname_key=merge_key.split()[-1])
            )


def downgrade() -> None:
    with op.batch_alter_table("speakers") as batch_op:
        batch_op.drop_index("ix_speakers_surname_key")
        batch_op.drop_column("surname_key")
