"""device_sessions: a session per phone, for a second phone beside the first

The first phone's session stays on world_state; each other phone (the administrator's) keeps
its own here: who is signed in, its in-app browser's session and its platform. Existing stores
get the empty table. notices.subject_person_id: whom a notice is about (older notices: NULL).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 23:50:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(length=40), nullable=False),
        sa.Column("session_person_id", sa.Integer(), nullable=True),
        sa.Column("session_portal_id", sa.Integer(), nullable=True),
        sa.Column("browser_person_id", sa.Integer(), nullable=True),
        sa.Column("browser_login_hint", sa.String(length=320), nullable=True),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["browser_person_id"], ["network_profiles.id"],
                                name=op.f("fk_device_sessions_browser_person_id_network_profiles"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["session_person_id"], ["network_profiles.id"],
                                name=op.f("fk_device_sessions_session_person_id_network_profiles"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["session_portal_id"], ["portals.id"],
                                name=op.f("fk_device_sessions_session_portal_id_portals"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_sessions")),
        sa.UniqueConstraint("device", name=op.f("uq_device_sessions_device")),
    )
    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subject_person_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.drop_column("subject_person_id")
    op.drop_table("device_sessions")
