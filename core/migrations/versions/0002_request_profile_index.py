"""index deletion_requests.profile_id (a profile's latest request, per row of the console)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 20:42:00
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deletion_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deletion_requests_profile_id"), ["profile_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("deletion_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deletion_requests_profile_id"))
