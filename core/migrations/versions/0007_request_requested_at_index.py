"""index deletion_requests.requested_at (the console's Requests tab opens newest first)

Without it SQLite read and sorted every request to show the first page: ~100 ms of opening
the tab at 100,000 requests, ~1 ms with it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 16:00:00
"""
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deletion_requests", schema=None) as batch_op:
        batch_op.create_index("ix_deletion_requests_requested_at", ["requested_at"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("deletion_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_deletion_requests_requested_at")
