"""world_state.device_platform: the world's own device, kept apart from the current platform

Signing in as a person with their own device (``device: android``) switches the phone to it;
signing in as someone without one goes back to the world's device, which this column keeps.
Existing worlds take their current platform.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 23:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("world_state", schema=None) as batch_op:
        batch_op.add_column(sa.Column("device_platform", sa.String(length=20),
                                      server_default="ios", nullable=False))
    op.execute("UPDATE world_state SET device_platform = platform")


def downgrade() -> None:
    with op.batch_alter_table("world_state", schema=None) as batch_op:
        batch_op.drop_column("device_platform")
