"""Small building blocks shared by the phone's screens: labels, buttons, rows, nav bars.

Nothing here knows about core or about other screens. Colours live in phone.qss; widgets only
set object names and dynamic properties (``role``, ``variant``, ``tone``) that the sheet selects.

Words are passed in already translated, except the bars' own (Back, Done, the tabs): those
bars are ``Translated`` in the language current when they are built (the phone's, as its
screen is built), so a later ``set_platform`` speaks it too.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core.rules import initials
from gui.i18n import Translated
from gui.style import icon

TOUCH = 44  # minimum touch target (iOS Human Interface Guidelines)


def set_prop_of(widget: QWidget, name: str, value) -> None:
    from gui.style import set_prop

    set_prop(widget, name, value)


def label(text: str = "", role: str = "body", name: str | None = None,
          wrap: bool = True) -> QLabel:
    """A plain-text label; ``role`` picks its typography in phone.qss."""
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setProperty("role", role)
    lab.setWordWrap(wrap)
    if name:
        lab.setObjectName(name)
    return lab


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" where its text does not fit, as iOS truncates a
    row's title or a tab's name (a longer language's words); the whole text stays its
    accessible name, so a flow's text selector still finds it."""

    def __init__(self, text: str = "", role: str = "body", name: str | None = None) -> None:
        super().__init__()
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", role)
        if name:
            self.setObjectName(name)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (QLabel API)
        self._full = text
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint()
        margins = self.contentsMargins()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + margins.left()
                     + margins.right() + 2, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()  # the style sheet's font came

    def _elide(self) -> None:
        left = self.alignment() & Qt.AlignmentFlag.AlignLeft
        width = self.contentsRect().width() - (max(self.indent(), 0) if left else 0)
        fits = self.fontMetrics().horizontalAdvance(self._full) <= width
        shown = self._full if fits or width <= 0 else self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, width)
        if shown != super().text():
            super().setText(shown)


def button(text: str, name: str, variant: str = "primary", icon_name: str | None = None,
           accessible: str | None = None) -> QPushButton:
    """A push button with a stable objectName, an accessible name and a 44 px touch target."""
    btn = QPushButton(text)
    btn.setObjectName(name)
    btn.setProperty("variant", variant)
    btn.setAccessibleName(accessible or text or name)
    btn.setCursor(Qt.CursorShape.PointingHandCursor)
    # Tab reaches it (and draws its focus ring); a tap does not take the focus, as on a
    # phone, so no ring is left on what was tapped.
    btn.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    btn.setMinimumHeight(TOUCH)
    btn.setAutoDefault(False)
    if icon_name:
        btn.setIcon(icon(icon_name))
        btn.setIconSize(QSize(20, 20))
    return btn


def icon_button(icon_name: str, name: str, accessible: str, size: int = 24) -> QPushButton:
    btn = button("", name, "icon", icon_name, accessible)
    btn.setIconSize(QSize(size, size))
    btn.setFixedSize(TOUCH, TOUCH)
    return btn


def tone_of(key: str) -> str:
    """One of six avatar colours, stable per person (Bitrix24 colours avatars per user)."""
    return str(sum(ord(c) for c in key) % 6 + 1)


class IconLabel(QWidget):
    """An SVG icon painted at the device pixel ratio of whatever it is drawn on (crisp at 2x)."""

    def __init__(self, icon_name: str, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = icon(icon_name)
        self.setFixedSize(size, size)

    def set_icon(self, icon_name: str) -> None:
        self._icon = icon(icon_name)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        self._icon.paint(painter, self.rect())


class Avatar(QLabel):
    """Initials on a coloured circle (there are no photos in the simulated world)."""

    def __init__(self, size: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("avatar")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedSize(size, size)
        self.setProperty("dim", f"s{size}")  # phone.qss has a rounded style per size

    def set_person(self, name: str, key: str) -> None:
        self.setText(initials(name))
        from gui.style import set_prop

        set_prop(self, "tone", tone_of(key))


class Badge(QLabel):
    """A small count bubble (unread notices)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("badge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedHeight(18)
        self.setMinimumWidth(18)

    def set_count(self, count: int) -> None:
        self.setText(str(count) if count < 100 else "99+")
        self.setVisible(count > 0)


class NavBar(Translated, QFrame):
    """An iOS navigation bar: back chevron on the left, centred title, an action on the right."""

    back_clicked = Signal()

    def __init__(self, title: str = "", back: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = i18n.current()
        self.setObjectName("nav_bar")
        self.setFixedHeight(TOUCH + 8)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 0, 8, 0)
        grid.setSpacing(0)
        # Across the whole bar, so it is centred on the screen; kept clear of what is at the
        # sides (``_fit_title``) and ended in "…" where a long title would reach them.
        self.title = ElidedLabel(title, "nav_title", "nav_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.title, 0, 0, 1, 3)
        self.back = None
        self._left: list[QWidget] = []
        self._android = False
        if back:
            self.back = button(self.tr("Back"), "back", "nav", "back", self.tr("Back"))
            self.back.setIconSize(QSize(22, 22))
            self.back.clicked.connect(self.back_clicked)
            grid.addWidget(self.back, 0, 0, Qt.AlignmentFlag.AlignLeft)
        self._right = QHBoxLayout()
        self._right.setSpacing(0)
        grid.addLayout(self._right, 0, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)

    def set_platform(self, platform: str) -> None:
        """iOS: "‹ Back" and a centred title. Android (Bitrix24's Android app, Material's top
        app bar): a left arrow alone and the title left-aligned beside it."""
        android = self._android = platform == "android"
        set_prop_of(self, "platform", platform)
        if self.back is not None:
            self.back.setText("" if android else self.tr("Back"))
            self.back.setIcon(icon("arrow_back" if android else "back"))
            self.back.setIconSize(QSize(24, 24) if android else QSize(22, 22))
            if android:
                self.back.setFixedWidth(TOUCH)
            else:
                self.back.setMinimumWidth(0)
                self.back.setMaximumWidth(16777215)
        left = (TOUCH + 12 if self.back is not None or self._left else 8) if android else 0
        self.title.setIndent(left)
        self.title.setAlignment((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                                if android else Qt.AlignmentFlag.AlignCenter)
        self._fit_title()

    def add_left(self, widget: QWidget) -> None:
        self._left.append(widget)
        self.layout().addWidget(widget, 0, 0, Qt.AlignmentFlag.AlignLeft)

    def add_right(self, widget: QWidget) -> None:
        self._right.addWidget(widget)

    def _fit_title(self) -> None:
        """Keep the title clear of the back button and the actions: as wide on both sides
        on iOS (it stays centred), only the right one on Android (its indent is the left)."""
        shown = [w for w in ([self.back] if self.back is not None else []) + self._left
                 if not w.isHidden()]
        left = max((w.sizeHint().width() for w in shown), default=0)
        right = self._right.sizeHint().width() if self._right.count() else 0
        if self._android:
            self.title.setContentsMargins(0, 0, right, 0)
        else:
            side = max(left, right)
            self.title.setContentsMargins(side, 0, side, 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_title()

    def event(self, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LayoutRequest:  # an action shown or hidden
            self._fit_title()
        return super().event(event)

    def set_title(self, text: str) -> None:
        self.title.setText(text)


class Card(QFrame):
    """A white rounded group on the light grey page."""

    def __init__(self, name: str = "card", variant: str = "plain", margins: int = 16,
                 spacing: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("card", variant)
        self.box = QVBoxLayout(self)
        vertical = margins - 2 if margins else 6  # list cards: rows inset from the corners
        self.box.setContentsMargins(margins, vertical, margins, vertical)
        self.box.setSpacing(spacing)

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        add_shown(self.box, widget, stretch)
        return widget

    def finish(self) -> None:
        """Mark the last row (``[last="true"]`` in QSS: no separator under it)."""
        from gui.style import set_prop

        widgets = [self.box.itemAt(i).widget() for i in range(self.box.count())]
        widgets = [w for w in widgets if w is not None]
        for w in widgets:
            set_prop(w, "last", "true" if w is widgets[-1] else "false")


class InfoRow(QFrame):
    """A caption over a value inside a card ("Email" / "anna@acme.example")."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("info_row")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 6, 0, 6)
        box.setSpacing(2)
        self.caption = label(caption, "caption")
        self.value = label("", "value", name)
        box.addWidget(self.caption)
        box.addWidget(self.value)

    def set_value(self, text: str) -> None:
        self.value.setText(text or "—")


class CheckRow(QFrame):
    """A round check box with a wrapped label; tapping the text toggles it too.

    The QCheckBox carries the objectName (``item_1`` ... ``confirm``) and the accessible name;
    the label carries the visible text, so text selectors and id selectors both work.
    """

    toggled = Signal(bool)

    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_row")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 8, 0, 8)
        box.setSpacing(12)
        self.box = QCheckBox()
        self.box.setObjectName(name)
        self.box.setAccessibleName(text or name.replace("_", " "))
        self.box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.box.setFixedSize(TOUCH - 14, TOUCH - 14)
        self.text = label(text, "check_text", f"{name}_text")
        self.text.setBuddy(self.box)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.text, 1)
        self.box.toggled.connect(self.toggled)

    def isChecked(self) -> bool:  # noqa: N802 (mirrors QCheckBox)
        return self.box.isChecked()

    def setChecked(self, on: bool) -> None:  # noqa: N802
        self.box.setChecked(on)

    def set_text(self, text: str) -> None:
        self.text.setText(text)
        self.box.setAccessibleName(text or self.box.objectName().replace("_", " "))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        event.accept()  # so the release comes back here (a tap on the text)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if (event.button() == Qt.MouseButton.LeftButton and self.isEnabled()
                and self.rect().contains(event.position().toPoint())):
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class ListRow(QPushButton):
    """A tappable row: avatar or icon, title and subtitle, a chevron or a check mark."""

    def __init__(self, title: str, subtitle: str, name: str, avatar_key: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("variant", "row")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCheckable(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setMinimumHeight(56 if subtitle else TOUCH)
        self.setAutoDefault(False)
        box = QHBoxLayout(self)
        box.setContentsMargins(12, 6, 12, 6)
        box.setSpacing(12)
        if avatar_key is not None:
            self.avatar = Avatar(36)
            self.avatar.set_person(title, avatar_key)
            self.avatar.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            box.addWidget(self.avatar)
        texts = QVBoxLayout()
        texts.setSpacing(1)
        self.title_label = ElidedLabel(title, "row_title")
        texts.addWidget(self.title_label)
        # Its own id, so that a flow can check it in any language (docs/flows.md).
        self.subtitle_label = ElidedLabel(subtitle, "row_subtitle", f"{name}_subtitle")
        self.subtitle_label.setVisible(bool(subtitle))
        texts.addWidget(self.subtitle_label)
        box.addLayout(texts, 1)
        self.mark = IconLabel("chevron_right", 16)
        box.addWidget(self.mark)
        for child in (self.title_label, self.subtitle_label, self.mark):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_selected(self, on: bool) -> None:
        from gui.style import set_prop

        set_prop(self, "selected", "true" if on else "false")
        self.mark.set_icon("check_blue" if on else "chevron_right")


class ScrollIndicator(QFrame):
    """iOS's scroll indicator: a thin rounded bar laid over the page's right edge, shown only
    while the page moves and for a moment after (phone.qss ``#scroll_indicator``).

    The page's own QScrollBar stays (it holds the position flows and the wheel move) but is
    never drawn, so at rest nothing sits at the edge and the page keeps its full width. Only
    a scroll the person makes (wheel, drag) shows it: a page scrolled by the app itself
    (a field brought into view, a flow's scroll) settles without it, so screenshots do not
    depend on how fast they were taken.
    """

    WIDTH, INSET, LINGER_MS = 3, 3, 600

    def __init__(self, area: QScrollArea) -> None:
        from PySide6.QtCore import QTimer

        super().__init__(area)
        self.setObjectName("scroll_indicator")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._area = area
        self._hide = QTimer(self)
        self._hide.setSingleShot(True)
        self._hide.setInterval(self.LINGER_MS)
        self._hide.timeout.connect(self.hide)
        self.hide()
        self._by_hand = False
        area.viewport().installEventFilter(self)
        area.verticalScrollBar().valueChanged.connect(self._moved)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        from PySide6.QtCore import QEvent, QTimer

        kind = event.type()
        if kind == QEvent.Type.Wheel or (kind == QEvent.Type.MouseMove and event.buttons()):
            self._by_hand = True  # for the scroll this event makes, then no longer
            QTimer.singleShot(0, self._by_hand_done)
        return False

    def _by_hand_done(self) -> None:
        self._by_hand = False

    def _moved(self, _value: int) -> None:
        if not self._by_hand:
            return
        self.place()
        self.show()
        self.raise_()
        self._hide.start()

    def place(self) -> None:
        """Size and place the bar for the page's length and position (as iOS does)."""
        bar, view = self._area.verticalScrollBar(), self._area.viewport()
        page = max(bar.maximum() - bar.minimum() + bar.pageStep(), 1)
        track = view.height() - 2 * self.INSET
        length = max(36, track * bar.pageStep() // page)
        top = self.INSET + (track - length) * (bar.value() - bar.minimum()) // max(
            bar.maximum() - bar.minimum(), 1)
        x = view.geometry().right() - self.WIDTH - self.INSET + 1
        self.setGeometry(x, view.geometry().top() + top, self.WIDTH, length)


def scroll_page(name: str) -> tuple[QScrollArea, QVBoxLayout]:
    """A vertically scrolling page body on the light grey background."""
    area = QScrollArea()
    area.setObjectName(f"{name}_scroll")
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is on the page, not here
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.indicator = ScrollIndicator(area)
    body = QWidget()
    body.setObjectName("page_body")
    box = QVBoxLayout(body)
    box.setContentsMargins(16, 16, 16, 24)
    box.setSpacing(12)
    area.setWidget(body)
    return area, box


def centred(text: str, role: str, name: str) -> QLabel:
    lab = label(text, role, name)
    lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return lab


def status_header(box: QVBoxLayout, icon_name: str, title: str, title_name: str,
                  text_role: str, text_name: str) -> tuple[QLabel, QLabel]:
    """The top of a status page: a big icon, a centred title and a centred line under it."""
    box.addWidget(IconLabel(icon_name, 72), 0, Qt.AlignmentFlag.AlignHCenter)
    heading = centred(title, "title_center", title_name)
    text = centred("", text_role, text_name)
    box.addWidget(heading)
    box.addWidget(text)
    return heading, text


def add_shown(box, widget: QWidget, stretch: int = 0) -> QWidget:
    """Add to a layout and show now: a widget added to a visible parent is otherwise only
    shown by a queued call, so a tap or a render right after a rebuild would miss it."""
    box.addWidget(widget, stretch)
    explicitly_hidden = (widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
                         and widget.isHidden())
    if not explicitly_hidden:
        widget.show()
    return widget


def clear_layout(box) -> None:
    while box.count():
        item = box.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
            item.widget().setParent(None)
        elif item.layout() is not None:
            clear_layout(item.layout())


def is_button(widget: QWidget | None) -> bool:
    return isinstance(widget, QAbstractButton)


class BrowserBar(Translated, QFrame):
    """The top of iOS's in-app Safari: Done, then the address field with the reader button
    (aA), a lock and the site's domain, and reload. ``done_clicked`` closes the browser;
    ``set_url`` shows the domain (the whole address is the accessible name and tooltip)."""

    done_clicked = Signal()
    reload_clicked = Signal()
    reader_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = i18n.current()
        self.setObjectName("browser_bar")
        box = QHBoxLayout(self)
        box.setContentsMargins(8, 4, 10, 6)
        box.setSpacing(6)
        self.done = button(self.tr("Done"), "browser_done", "browser_done",
                           accessible=self.tr("Done"))
        box.addWidget(self.done)
        pill = QFrame()
        pill.setObjectName("address_pill")
        pill.setMinimumHeight(38)
        inner = QHBoxLayout(pill)
        inner.setContentsMargins(4, 0, 2, 0)
        inner.setSpacing(4)
        self.reader = button("aA", "reader", "browser_tool", accessible=self.tr("Page settings"))
        self.reader.setFixedSize(36, 36)
        self.reader.setMinimumHeight(36)
        inner.addWidget(self.reader)
        inner.addStretch(1)
        inner.addWidget(IconLabel("lock", 13))
        self.address = label("", "address", "address_bar", wrap=False)
        inner.addWidget(self.address)
        inner.addStretch(1)
        self.reload = icon_button("reload", "reload", self.tr("Reload"), 18)
        self.reload.setFixedSize(36, 36)
        self.reload.setMinimumHeight(36)
        inner.addWidget(self.reload)
        box.addWidget(pill, 1)
        self.done.clicked.connect(self.done_clicked)
        self.reload.clicked.connect(self.reload_clicked)
        self.reader.clicked.connect(self.reader_clicked)

    def set_platform(self, platform: str) -> None:
        """Android opens links in a Chrome custom tab: a close (X) button, the domain with
        its lock, and no reader or reload button."""
        android = platform == "android"
        set_prop_of(self, "platform", platform)
        self.done.setText("" if android else self.tr("Done"))
        self.done.setIcon(icon("close_dark") if android else QIcon())
        self.done.setIconSize(QSize(22, 22))
        self.reader.setVisible(not android)
        self.reload.setVisible(not android)

    def set_url(self, url: str) -> None:
        domain = url.split("://", 1)[-1].split("/", 1)[0]
        self.address.setText(domain)
        self.address.setToolTip(url)
        self.address.setAccessibleName(self.tr("Address: {url}").format(url=url))
        self.url = url


class BrowserToolbar(Translated, QFrame):
    """The bottom of iOS's in-app Safari: back, forward, share and Open in Safari.
    Back keeps its id ``back`` (the system back of flows); the others are ``forward``,
    ``share`` and ``open_in_safari``."""

    back_clicked = Signal()
    forward_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = i18n.current()
        self.setObjectName("browser_toolbar")
        box = QHBoxLayout(self)
        box.setContentsMargins(12, 2, 12, 0)
        box.setSpacing(0)
        self.back = icon_button("safari_back", "back", self.tr("Back"), 24)
        self.forward = icon_button("safari_forward", "forward", self.tr("Forward"), 24)
        self.share = icon_button("share", "share", self.tr("Share"), 24)
        self.safari = icon_button("compass", "open_in_safari", self.tr("Open in Safari"), 24)
        for i, btn in enumerate((self.back, self.forward, self.share, self.safari)):
            if i:
                box.addStretch(1)
            btn.setProperty("variant", "browser_tool")
            box.addWidget(btn)
        self.back.clicked.connect(self.back_clicked)
        self.forward.clicked.connect(self.forward_clicked)
        self.set_forward(False)

    def set_platform(self, platform: str) -> None:
        """Chrome's custom tab has no toolbar: Android's system back goes back instead."""
        self.setVisible(platform != "android")

    def set_forward(self, possible: bool) -> None:
        """Forward is enabled only where the page history has a next page."""
        self.forward.setEnabled(possible)
        self.forward.setIcon(icon("safari_forward" if possible else "safari_forward_off"))


TABS = (("feed", QT_TRANSLATE_NOOP("TabBar", "Feed"), "tab_feed"),
        ("messenger", QT_TRANSLATE_NOOP("TabBar", "Messenger"), "tab_chat"),
        ("tasks", QT_TRANSLATE_NOOP("TabBar", "Tasks"), "tab_tasks"),
        ("calendar", QT_TRANSLATE_NOOP("TabBar", "Calendar"), "tab_calendar"),
        ("menu", QT_TRANSLATE_NOOP("TabBar", "Menu"), "tab_menu"))


class TabButton(QPushButton):
    """One tab of the app's bottom bar: an icon over its name (``tab_<key>``)."""

    def __init__(self, key: str, text: str, icon_name: str, active: bool) -> None:
        super().__init__()
        self.setObjectName(f"tab_{key}")
        self.setProperty("variant", "tab")
        self.setAccessibleName(text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAutoDefault(False)
        self.setMinimumHeight(TOUCH + 4)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 2, 0, 2)
        box.setSpacing(2)
        glyph = IconLabel(icon_name, 24)
        name = ElidedLabel(text, "tab_active" if active else "tab")
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for child in (glyph, name):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        box.addWidget(glyph, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(name)


class TabBar(Translated, QFrame):
    """The Bitrix24 app's tab bar (Feed, Messenger, Tasks, Calendar, Menu); ``chosen(key)``."""

    chosen = Signal(str)

    def __init__(self, active: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = i18n.current()
        self.setObjectName("tab_bar")
        box = QHBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 0)
        box.setSpacing(0)
        self.tabs: dict[str, TabButton] = {}
        for key, text, icon_name in TABS:
            tab = TabButton(key, self.tr(text), icon_name, key == active)
            tab.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
            box.addWidget(tab, 1)
            self.tabs[key] = tab

    def name_of(self, key: str) -> str:
        """A tab's name as it shows (in the bar's language)."""
        return self.tabs[key].accessibleName()


class Toast(QLabel):
    """A short message over the bottom of the phone's screen ("Not part of this prototype"),
    gone after a moment or at the next one; never takes a tap."""

    SHOW_MS = 2200

    def __init__(self, parent: QWidget) -> None:
        from PySide6.QtCore import QTimer

        super().__init__(parent)
        self.setObjectName("toast")
        self.setProperty("role", "toast")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def say(self, text: str, bottom: int) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        width = self.parentWidget().width() - 64
        self.setFixedWidth(width)
        self.adjustSize()
        self.move(32, bottom - self.height())
        self.show()
        self.raise_()
        self._timer.start(self.SHOW_MS)



def tappable_areas(root: QWidget, within: QWidget, enabled_only: bool = True) -> list:
    """The on-screen rectangles (in ``within``'s coordinates) of what can be tapped under
    ``root``: visible, enabled buttons, check rows and text fields, clipped to what shows."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    found = []
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, CheckRow)
    for w in root.findChildren(QWidget):
        if not isinstance(w, kinds) or not w.isVisible() or (enabled_only and not w.isEnabled()):
            continue
        if isinstance(w, QCheckBox) and isinstance(w.parentWidget(), CheckRow):
            continue  # its row is the target
        shown = w.visibleRegion().boundingRect() if enabled_only else w.rect()
        if shown.isEmpty():
            continue
        found.append(shown.translated(w.mapTo(within, shown.topLeft()) - shown.topLeft()))
    return found


class TapFlash(QWidget):
    """Figma's answer to a tap on nothing: the tappable areas light up for a moment.

    It watches the phone for a press that no control took (it reached the phone itself) and
    draws one ``#tap_flash_area`` frame over each tappable area of ``source()``.
    """

    FLASH_MS = 450
    enabled = True  # with gui.phone.motion.enabled(): the GUI and the demo, not flow runs

    def __init__(self, screen: QWidget, phone: QWidget, source) -> None:
        from PySide6.QtCore import QTimer

        super().__init__(screen)
        self.setObjectName("tap_flash")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._screen, self._source, self._phone = screen, source, phone
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()
        phone.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        from PySide6.QtCore import QEvent

        from gui.phone import motion

        # Motion, like every transient: off in `main.py test` (settled screenshots).
        if (event.type() == QEvent.Type.MouseButtonPress and TapFlash.enabled
                and motion.enabled()):
            # the screen is inside the phone: map from the phone down (mapTo goes up only)
            at = self._screen.mapFrom(self._phone, event.position().toPoint())
            # A press that reached the phone but lies on a control all the same (a field's
            # frame, a disabled button, a control partly under a bar) is no tap on nothing.
            if not any(r.contains(at) for r in tappable_areas(self._source(), self._screen,
                                                              enabled_only=False)):
                self.flash()
        return False

    def flash(self) -> int:
        """Light up the tappable areas; how many there are."""
        for old in self.findChildren(QFrame, "tap_flash_area"):
            old.deleteLater()
            old.setParent(None)
        self.setGeometry(self._screen.rect())
        areas = tappable_areas(self._source(), self._screen)
        for rect in areas:
            frame = QFrame(self)
            frame.setObjectName("tap_flash_area")
            frame.setGeometry(rect)
            frame.show()
        self.show()
        self.raise_()
        self._timer.start(self.FLASH_MS)
        return len(areas)
