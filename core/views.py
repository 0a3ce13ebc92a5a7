"""Frozen view objects returned by the services. Never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class PersonView:
    id: int
    key: str
    name: str
    email: str
    phone: str | None
    method: str
    status: str
    position: str = ""
    language: str | None = None  # theirs (world: people[].language); None: nobody said


@dataclass(frozen=True)
class PortalView:
    id: int
    address: str
    name: str
    deployment: str
    status: str


@dataclass(frozen=True)
class ProfileView:
    id: int
    person: PersonView
    portal: PortalView
    role: str
    employment: str
    access: str
    listed: bool
    has_data: bool
    request: str = "none"  # none | pending | cancelled | completed (latest request)


@dataclass(frozen=True)
class RequestView:
    id: int
    profile_id: int
    person: PersonView
    portal: PortalView
    sent_from_address: str
    status: str
    reason: str
    requested_at: datetime
    due_at: datetime
    completed_at: datetime | None
    cancelled_at: datetime | None
    sole_admin_confirmed: bool


@dataclass(frozen=True)
class SessionView:
    """Who is signed in to the app, on which device, under which policy."""

    person: PersonView | None
    portal: PortalView | None
    profile: ProfileView | None
    platform: str
    policy_platforms: tuple[str, ...]
    entry: str
    window_days: int
    now: datetime
    revision: int
    # The phone's language now (core.devices.phone_language); None: --lang or the system's.
    language: str | None = None
    language_chosen: str | None = None  # the phone's own choice, if one was made


@dataclass(frozen=True)
class ProfileScreenView:
    person: PersonView
    portal: PortalView
    profile: ProfileView
    option_visible: bool
    entry: str
    pending: RequestView | None
    window_days: int


@dataclass(frozen=True)
class BrowserView:
    person: PersonView | None  # logged in inside the in-app browser, or None
    login_hint: str | None


@dataclass(frozen=True)
class LoginStep:
    """After "Phone or email" -> Next: the password page for this login."""

    login: str
    display: str


@dataclass(frozen=True)
class RequestFormView:
    person: PersonView
    portal: PortalView
    profile_id: int
    items: tuple[str, ...]
    sole_admin: bool
    candidates: tuple[PersonView, ...]  # active employees who could be made administrators
    pending: RequestView | None
    window_days: int
    due_if_sent: datetime


@dataclass(frozen=True)
class SendResult:
    kind: str  # "request" | "cancellation"
    request: RequestView
    existing: bool = False  # a second send showed the pending request, no duplicate
    admins_told: int = 0  # other administrators informed of the request (rule 8)
    sole_admin: bool = False  # the requester is, now, their Bitrix24's only administrator


@dataclass(frozen=True)
class NoticeView:
    id: int
    person: PersonView
    portal_address: str | None
    kind: str
    text: str
    created_at: datetime
    read: bool
    subject_key: str | None = None  # whom it is about (the employee), for "Open profile"


@dataclass(frozen=True)
class EmailView:
    id: int
    message_id: str
    kind: str
    to_addr: str
    to_name: str
    subject: str
    text_body: str
    html_body: str
    created_at: datetime
    status: str
    attempts: int
    last_error: str | None
    sent_at: datetime | None
    suppressed_reason: str | None
    request_id: int | None
    language: str = "en"  # the language it is written in (its recipient's)


@dataclass(frozen=True)
class AuditView:
    id: int
    at: datetime
    actor: str
    event: str
    subject: str
    detail: str


@dataclass(frozen=True)
class NetworkPageView:
    person: PersonView
    portals: tuple[PortalView, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ProcessResult:
    request: RequestView
    portal_deleted: bool
    network_profile_deleted: bool
