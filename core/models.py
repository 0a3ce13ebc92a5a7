"""SQLAlchemy 2.0 models of the simulated Bitrix24 backend. All times are naive UTC."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from core.rules import MAIN_DEVICE as _MAIN_DEVICE

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# The partial unique index's condition (rule 8): at most one pending request per profile.
ONE_PENDING = text("status = 'pending'")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class WorldState(Base):
    """The single row that holds the simulated world's settings and clock."""

    __tablename__ = "world_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="world")
    clock: Mapped[datetime] = mapped_column(DateTime)
    platform: Mapped[str] = mapped_column(String(20), default="ios")  # the phone's, now
    policy_platforms: Mapped[list] = mapped_column(JSON, default=lambda: ["ios"])
    policy_entry: Mapped[str] = mapped_column(String(20), default="profile")
    window_days: Mapped[int] = mapped_column(Integer, default=30)
    session_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("network_profiles.id", ondelete="SET NULL"), nullable=True
    )
    session_portal_id: Mapped[int | None] = mapped_column(
        ForeignKey("portals.id", ondelete="SET NULL"), nullable=True
    )
    browser_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("network_profiles.id", ondelete="SET NULL"), nullable=True
    )
    browser_login_hint: Mapped[str | None] = mapped_column(String(320), nullable=True)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    # The world's device (``device.platform``; last: added by migration 0003). People with
    # their own device bring theirs while they are signed in; everyone else uses this one.
    device_platform: Mapped[str] = mapped_column(String(20), default="ios", server_default="ios")
    # Languages (migration 0005): the world's device's (``device.language``), and the first
    # phone's own choice (the console's switch, a flow's launchApp); None: core.devices decides.
    device_language: Mapped[str | None] = mapped_column(String(20), nullable=True)
    language: Mapped[str | None] = mapped_column(String(20), nullable=True)


class NetworkProfile(Base):
    """A person's Bitrix24 Network identity."""

    __tablename__ = "network_profiles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), unique=True)
    phone: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    method: Mapped[str] = mapped_column(String(20))
    device: Mapped[str | None] = mapped_column(String(20), nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="active")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # Theirs (their emails, their phone) and their own phone's, if set (migration 0005).
    language: Mapped[str | None] = mapped_column(String(20), nullable=True)
    device_language: Mapped[str | None] = mapped_column(String(20), nullable=True)

    credential: Mapped[Credential | None] = relationship(
        back_populates="person", uselist=False, cascade="all, delete-orphan"
    )
    profiles: Mapped[list[Profile]] = relationship(back_populates="person")


class Credential(Base):
    """A password login (email or phone method). Only a salted scrypt hash is kept."""

    __tablename__ = "credentials"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("network_profiles.id", ondelete="CASCADE"), unique=True
    )
    password_hash: Mapped[str] = mapped_column(String(300))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    person: Mapped[NetworkProfile] = relationship(back_populates="credential")


class Portal(Base):
    """A Bitrix24 account (portal)."""

    __tablename__ = "portals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    address: Mapped[str] = mapped_column(String(253), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    deployment: Mapped[str] = mapped_column(String(20), default="cloud")
    status: Mapped[str] = mapped_column(String(20), default="active")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    profiles: Mapped[list[Profile]] = relationship(back_populates="portal")


class Profile(Base):
    """One Network profile's membership in one Bitrix24."""

    __tablename__ = "profiles"
    __table_args__ = (UniqueConstraint("person_id", "portal_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("network_profiles.id", ondelete="CASCADE"))
    portal_id: Mapped[int] = mapped_column(ForeignKey("portals.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="employee")
    employment: Mapped[str] = mapped_column(String(20), default="active")
    access: Mapped[str] = mapped_column(String(20), default="open")
    listed: Mapped[bool] = mapped_column(Boolean, default=True)
    has_data: Mapped[bool] = mapped_column(Boolean, default=True)

    person: Mapped[NetworkProfile] = relationship(back_populates="profiles")
    portal: Mapped[Portal] = relationship(back_populates="profiles")


class DeletionRequest(Base):
    __tablename__ = "deletion_requests"
    __table_args__ = (
        # Rule 8: one pending request per profile, enforced by the database too.
        # PostgreSQL's WHERE is added by postgresql_options(), when a PostgreSQL engine is
        # made: naming it here would import SQLAlchemy's whole PostgreSQL dialect with the
        # models (~50 ms of every start, flow and worker on SQLite).
        Index("uq_deletion_requests_one_pending", "profile_id", unique=True,
              sqlite_where=ONE_PENDING),
        Index("ix_deletion_requests_status_due", "status", "due_at"),
        # The console's Requests tab opens newest first: without it SQLite sorted every
        # request for the first page (~100 ms of opening the tab at 100,000; migration 0007).
        Index("ix_deletion_requests_requested_at", "requested_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE"), index=True
    )
    sent_from_profile_id: Mapped[int] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE")
    )
    status: Mapped[str] = mapped_column(String(20), default="pending")
    reason: Mapped[str] = mapped_column(Text)
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    due_at: Mapped[datetime] = mapped_column(DateTime)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    sole_admin_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Profile ids of the administrators who were told, so a cancellation tells the same people.
    notified_admin_ids: Mapped[list] = mapped_column(JSON, default=list)

    profile: Mapped[Profile] = relationship(foreign_keys=[profile_id])


class Notice(Base):
    """An in-app notice shown to a person in one Bitrix24."""

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("network_profiles.id", ondelete="CASCADE"), index=True
    )
    portal_id: Mapped[int | None] = mapped_column(
        ForeignKey("portals.id", ondelete="CASCADE"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    read: Mapped[bool] = mapped_column(Boolean, default=False)
    # Whom the notice is about (the employee whose deletion it tells of), for "Open profile".
    # Added by migration 0004; no foreign key, as on emails: it outlives nothing it names.
    subject_person_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Email(Base):
    """The outbox: every notice email, written in the transaction of the change that causes it."""

    __tablename__ = "emails"
    __table_args__ = (Index("ix_emails_status_next", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    to_addr: Mapped[str] = mapped_column(String(320), index=True)
    to_name: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(400))
    text_body: Mapped[str] = mapped_column(Text)
    html_body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    suppressed_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    person_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    portal_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    request_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    # The language it is written in (migration 0006; older rows: None, English).
    language: Mapped[str | None] = mapped_column(String(20), nullable=True)


class AuditEvent(Base):
    """Rule 12: every state change, with simulated time, actor and subject."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    event: Mapped[str] = mapped_column(String(60))
    subject: Mapped[str] = mapped_column(String(400))
    detail: Mapped[str] = mapped_column(Text, default="")
    person_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    portal_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


# The first phone's name (core.rules): its session is world_state's; other phones' are
# DeviceSession rows.
MAIN_DEVICE = _MAIN_DEVICE


class DeviceSession(Base):
    """The app's session on one more phone (the administrator's, beside the user's): who is
    signed in there, its in-app browser's session and its platform. The first phone's session
    stays on ``world_state`` (stores written before there were two phones open unchanged);
    every other phone has a row here, keyed by its name (``core.devices``)."""

    __tablename__ = "device_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device: Mapped[str] = mapped_column(String(40), unique=True)
    session_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("network_profiles.id", ondelete="SET NULL"), nullable=True
    )
    session_portal_id: Mapped[int | None] = mapped_column(
        ForeignKey("portals.id", ondelete="SET NULL"), nullable=True
    )
    browser_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("network_profiles.id", ondelete="SET NULL"), nullable=True
    )
    browser_login_hint: Mapped[str | None] = mapped_column(String(320), nullable=True)
    platform: Mapped[str] = mapped_column(String(20), default="ios")
    # The phone's own language choice on this seat (migration 0005); None: core.devices decides.
    language: Mapped[str | None] = mapped_column(String(20), nullable=True)


def postgresql_options() -> None:
    """Give the models their PostgreSQL-only options (the one-pending index's WHERE), as
    ``postgresql_where=`` in the model would. Called by core.db for a PostgreSQL engine,
    when SQLAlchemy's PostgreSQL dialect is imported anyway; calling it again changes
    nothing."""
    for index in DeletionRequest.__table__.indexes:
        if index.name == "uq_deletion_requests_one_pending":
            index.dialect_options["postgresql"]["where"] = ONE_PENDING
