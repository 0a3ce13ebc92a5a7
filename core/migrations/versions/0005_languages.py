"""Languages: who speaks what, and each phone's own choice

network_profiles.language (the person's: their emails, their phone when signed in) and
network_profiles.device_language (their own phone's, when it says otherwise);
world_state.device_language (the world's device's); world_state.language and
device_sessions.language (the phone's own choice on that seat: the console's switch, a flow's
launchApp). All nullable: existing stores follow --lang or the system locale, as before.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 05:50:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("network_profiles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("device_language", sa.String(length=20), nullable=True))
    with op.batch_alter_table("world_state", schema=None) as batch_op:
        batch_op.add_column(sa.Column("device_language", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("language", sa.String(length=20), nullable=True))
    with op.batch_alter_table("device_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device_sessions", schema=None) as batch_op:
        batch_op.drop_column("language")
    with op.batch_alter_table("world_state", schema=None) as batch_op:
        batch_op.drop_column("language")
        batch_op.drop_column("device_language")
    with op.batch_alter_table("network_profiles", schema=None) as batch_op:
        batch_op.drop_column("device_language")
        batch_op.drop_column("language")
