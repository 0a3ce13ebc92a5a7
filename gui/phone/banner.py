"""Push notifications on a phone: an iOS banner that slides in at the top of the screen when
a notice arrives for the person signed in there (the administrator hears of a deletion
request, a cancellation, a completed deletion). Sound is off: the simulator plays none.
Tapping the banner opens the notice in the app. Its words are in the phone's language (the
language of the screen the phone shows when the notice arrives).

When the app is in the background (the home screen shows over it: a flow's stopApp), the
notice arrives on the lock screen instead: the time and date large, the notification under
them (``lock_screen``, ``lock_time``; the notification is the same ``push_banner``), and a
tap unlocks into the app's Notifications.

``NoticeWatcher`` watches one phone's notices on every change of the world (in this window,
or in another process through ``gui.live``) and shows the newest unseen one. Notices that
were there when the phone was signed in count as seen: only what arrives live is pushed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core import queries_phone as q
from core.views import NoticeView
from gui.i18n import translate
from gui.phone.frame import SCREEN_H, SCREEN_W, STATUS_H
from gui.phone.widgets import label
from gui.style import stylesheet

# What the banner's bold line says for each kind of notice (the app's words).
TITLES = {"impending_deletion": QT_TRANSLATE_NOOP("Banner", "Account deletion requested"),
          "deletion_cancelled": QT_TRANSLATE_NOOP("Banner", "Account deletion cancelled"),
          "profile_deleted": QT_TRANSLATE_NOOP("Banner", "Profile deleted"),
          "portal_deleted": QT_TRANSLATE_NOOP("Banner", "Bitrix24 deleted")}
SHOWN_MS = 6000  # iOS keeps a temporary banner about five seconds; a little longer here
MARGIN = 8
HOME_ID = "home_screen"  # the home screen over the app (gui.flows.driver.show_home)
LOCK_NOTICE_Y = 250      # on the lock screen: under the large time and date


class PushBanner(QFrame):
    """The banner: app icon and name, "now", a bold title and the notice's text."""

    tapped = Signal(int)  # the notice's id
    # iOS's Banner Style: temporary banners go after SHOWN_MS, persistent ones stay until
    # tapped (flows use persistent: a step may look for it however slow the machine is).
    persistent = False

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("push_banner")
        self.setAccessibleName(translate("Banner", "Notification"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.notice: NoticeView | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self._build_ui()
        shadow = QGraphicsDropShadowEffect(self)  # iOS lifts a banner off the screen
        shadow.setBlurRadius(28)
        shadow.setOffset(0, 6)
        shadow.setColor(QColor(0, 0, 0, 45))
        self.setGraphicsEffect(shadow)
        self.hide()

    def _build_ui(self) -> None:
        box = QHBoxLayout(self)
        box.setContentsMargins(14, 12, 14, 12)
        box.setSpacing(10)
        icon = QLabel("24")
        icon.setObjectName("push_banner_icon")
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setFixedSize(38, 38)
        box.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(1)
        head = QHBoxLayout()
        self.app = label(translate("Banner", "Bitrix24"), "push_app", "push_banner_app",
                         wrap=False)
        head.addWidget(self.app, 1)
        #: When the push notification arrived, as iOS writes it on a banner
        self.time = label(translate("Banner", "now"), "push_time", "push_banner_time",
                          wrap=False)
        head.addWidget(self.time)
        texts.addLayout(head)
        self.title = label("", "push_heading", "push_banner_title", wrap=False)
        texts.addWidget(self.title)
        self.text = label("", "push_text", "push_banner_text")
        texts.addWidget(self.text)
        box.addLayout(texts, 1)
        for child in self.findChildren(QWidget):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def show_notice(self, notice: NoticeView, y: int = STATUS_H + 4) -> None:
        """Show ``notice`` in the current language (the phone's, set by its watcher)."""
        self.notice = notice
        title = TITLES.get(notice.kind)
        self.title.setText(translate("Banner", title) if title
                           else translate("Banner", "Notification"))
        self.time.setText(translate("Banner", "now"))
        #: The app's name over a push notification, as the phone's home screen names it
        #: (the Russian app: Битрикс24)
        self.app.setText(translate("Banner", "Bitrix24"))
        self.text.setText(notice.text)
        self.setAccessibleName(translate("Banner", "Notification: {title}").format(
            title=self.title.text()))
        width = SCREEN_W - 2 * MARGIN
        self.setFixedWidth(width)
        # A hidden banner's layout may not be set up yet (it measured 1 px when the phone had
        # been grabbed for a picture first): set it up, then take the height for this width.
        self.layout().invalidate()
        self.layout().activate()
        self.setFixedHeight(max(self.layout().totalHeightForWidth(width),
                                self.layout().sizeHint().height()))
        self.move(MARGIN, y)
        self.show()
        self.raise_()
        if not self.persistent:
            self._timer.start(SHOWN_MS)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton and self.notice is not None:
            self.hide()
            self.tapped.emit(self.notice.id)
        super().mouseReleaseEvent(event)


class LockScreen(QFrame):
    """iOS's lock screen, over the app in the background: the time and date, large."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.setAccessibleName(translate("Banner", "Lock screen"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, STATUS_H + 24, 0, 0)
        box.setSpacing(0)
        self.date = label("", "lock_date", "lock_date", wrap=False)
        self.time = label("", "lock_time", "lock_time", wrap=False)
        for line in (self.date, self.time):
            line.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            box.addWidget(line)
        box.addStretch(1)
        self.setGeometry(0, 0, SCREEN_W, SCREEN_H)
        # Its own sheet: the home screen it lies on styles every label under it.
        self.setStyleSheet(stylesheet("lock_screen"))
        self.hide()

    def show_at(self, now) -> None:
        self.setAccessibleName(translate("Banner", "Lock screen"))
        self.date.setText(i18n.format_weekday_day(now))
        self.time.setText(f"{now.hour}:{now.minute:02d}")
        self.show()
        self.raise_()


class NoticeWatcher(QObject):
    """Pushes one phone's newly arrived notices as banners; a tap opens Notifications."""

    def __init__(self, phone, navigator, controller) -> None:
        super().__init__(phone)
        self.phone, self.navigator, self.controller = phone, navigator, controller
        self.banner = PushBanner(phone.screen_area)
        self.lock: LockScreen | None = None  # made on the home screen when first needed
        self._seen: set[int] = set()
        self._session: tuple | None = None
        self.pushed: list[NoticeView] = []  # every banner shown, oldest first
        self.banner.tapped.connect(self._open)
        controller.changed.connect(self.check)
        controller.world_replaced.connect(self.reset)
        self.reset()

    def _read(self) -> tuple[tuple | None, tuple[NoticeView, ...]]:
        def read(uow):
            seat = uow.seat()
            return (seat.session_person_id, seat.session_portal_id), q.notices_for_session(uow)
        return self.controller.read(read)

    def reset(self) -> None:
        """What is there now counts as seen (a new world, a new sign-in)."""
        self.banner.hide()
        self._session, notices = self._read()
        self._seen = {n.id for n in notices}

    def language(self) -> str:
        """The phone's language: that of the screen it shows (a phone whose language
        changes builds its screens again)."""
        screen = self.phone.current_screen()
        return getattr(screen, "language", None) or i18n.current()

    def check(self) -> None:
        with i18n.use(self.language()):
            self._check()

    def _check(self) -> None:
        session, notices = self._read()
        if session != self._session:
            self._session, self._seen = session, {n.id for n in notices}
            self.banner.hide()
            return
        new = [n for n in notices if n.id not in self._seen]
        self._seen.update(n.id for n in new)
        if new:
            self.pushed.append(new[0])
            home = self._home()
            if home is not None:  # on the lock screen, over the home screen: launchApp
                lock = self._lock_on(home)  # (which takes the home screen away) ends it
                lock.show_at(new[0].created_at)
                lock.banner.persistent = True  # a lock screen keeps its notifications
                lock.banner.show_notice(new[0], LOCK_NOTICE_Y)
            else:
                self.banner.show_notice(new[0])  # the newest (notices come newest first)

    def _home(self) -> QWidget | None:
        """The home screen over the app (it is in the background), or None."""
        home = self.phone.screen_area.findChild(QWidget, HOME_ID)
        return home if home is not None and home.isVisible() else None

    def _lock_on(self, home: QWidget) -> LockScreen:
        if self.lock is None or self.lock.parentWidget() is not home:
            self.lock = LockScreen(home)
            self.lock.banner = PushBanner(self.lock)
            self.lock.banner.tapped.connect(self._open)
        return self.lock

    def _open(self, _notice_id: int) -> None:
        """Into the app's Notifications: from the lock screen, unlocked and in front."""
        home = self._home()
        if home is not None:
            home.hide()
        self.phone.hide_sheet()
        self.navigator.go("notices")
