"""The simulator console beside the phone: clock, world, device and policy, and the records.

Live: the panel re-reads on the controller's one ``changed`` signal (no polling, no timers).
Only what is on screen is re-read: the three cards and the visible tab's first pages; the other
tabs are marked dirty and re-read when shown. Collapsed, the panel reads nothing.

The console speaks the language current when it was built (``--lang``, the system's, a flow
run's), whatever a phone beside it speaks: it re-reads in that language even when a change
is signalled while a phone shows a screen in its own.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import i18n, queries
from gui.console.cards import ClockCard, DeviceCard, WorldCard
from gui.console.recorder_pane import RecorderPane, gui_header
from gui.console.second_phone import SecondPhoneRow
from gui.console.tables import (
    AuditPage,
    EmailsPage,
    EmployeesPage,
    NetworkPage,
    NoticesPage,
    RequestsPage,
    TablePage,
)
from gui.console.widgets import named
from gui.i18n import translate
from gui.style import stylesheet

SETTINGS_COLLAPSED = "console/collapsed"
SETTINGS_TAB = "console/tab"
COLLAPSED_WIDTH = 44
QWIDGETSIZE_MAX = (1 << 24) - 1


class ConsolePanel(QWidget):
    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "console", translate("Console", "Simulator console"))
        self.setStyleSheet(stylesheet("console"))  # its own, before its widgets (gui/style.py)
        self.controller = controller
        self.language = i18n.current()
        self.collapsed = False
        self._expanded_width = 0
        # A flow's window that nobody watches (gui.pictures.stop_painting): the cards and the
        # visible tab are read again only when something looks at them (``catch_up``).
        self.on_demand = False
        self._behind = False
        self._build_ui()
        self._connect_signals()
        self._reload_choices()
        self._restore_settings()
        self.refresh()

    # -- layout --------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        outer.addLayout(self._build_header())
        self.body = named(QWidget(), "console_body",
                          translate("Console", "Simulator console body"))
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(10)
        self.clock_card = ClockCard(self.controller)
        self.world_card = WorldCard(self.controller)
        self.device_card = DeviceCard(self.controller)
        self.cards = (self.clock_card, self.world_card, self.device_card)
        self.card_grid = CardGrid(self.cards)
        body.addWidget(self.card_grid)
        self.second_phone = SecondPhoneRow(self.controller)  # wired by gui.builder
        body.addWidget(self.second_phone)
        self.console_message = named(QLabel(""), "console_message",
                                     translate("Console", "Console message"))
        self.console_message.setWordWrap(True)
        self.console_message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.console_message.hide()
        body.addWidget(self.console_message)
        records = QHBoxLayout()  # the records, and the recorded flow beside them
        records.setSpacing(10)
        records.addWidget(self._build_tabs(), 1)
        records.addWidget(self.recorder_pane)
        body.addLayout(records, 1)
        outer.addWidget(self.body, 1)

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        header.setSpacing(10)
        self.toggle = named(QPushButton("›"), "console_toggle",
                            translate("Console", "Collapse the console"))
        self.toggle.setToolTip(translate("Console", "Collapse or expand the simulator console"))
        self.toggle.setProperty("variant", "icon")
        self.title = QLabel(translate("Console", "Simulator"))
        self.title.setObjectName("console_title")
        self.subtitle = QLabel(translate("Console", "Everything the phone does shows up here at "
                                                 "once"))
        self.subtitle.setProperty("role", "caption")
        self.recorder_pane = RecorderPane(
            self.window, lambda: gui_header(self.controller.read(queries.world_name)))
        header.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.title)
        header.addWidget(self.subtitle, 1)
        header.addWidget(self.recorder_pane.record_button)
        return header

    def _build_tabs(self) -> QTabWidget:
        """The six record tabs, each page built when it is first shown or asked for
        (``page``): a start, and every flow's window, builds only the tab on screen."""
        self.tabs = named(QTabWidget(), "console_tabs", translate("Console", "Records"))
        self.tabs.setDocumentMode(True)
        self._built: dict[str, TablePage] = {}
        for name, kind in PAGE_KINDS:
            self.tabs.addTab(_PageSlot(name), translate("Console", kind.title))
        return self.tabs

    @property
    def pages(self) -> tuple[TablePage, ...]:
        """Every page, built (tests and the language switch; the panel itself touches only
        the built ones)."""
        return tuple(self.page(name) for name in PAGE_NAMES)

    def built_pages(self) -> list[TablePage]:
        return list(self._built.values())

    requests = property(lambda self: self.page("requests"))
    emails = property(lambda self: self.page("emails"))
    employees = property(lambda self: self.page("employees"))
    network = property(lambda self: self.page("network"))
    notices = property(lambda self: self.page("notices"))
    audit = property(lambda self: self.page("audit"))

    def _connect_signals(self) -> None:
        self.controller.changed.connect(self.refresh)
        self.controller.world_replaced.connect(self._reload_choices)
        self.toggle.clicked.connect(lambda: self.set_collapsed(not self.collapsed))
        self.tabs.currentChanged.connect(self._tab_changed)
        for source in (*self.cards, self.recorder_pane, self.second_phone):
            source.message.connect(self.show_message)

    # -- messages ------------------------------------------------------------------------
    def show_message(self, text: str, kind: str = "info") -> None:
        self.console_message.setText(text)
        self.console_message.setProperty("kind", kind)
        self.console_message.style().unpolish(self.console_message)
        self.console_message.style().polish(self.console_message)
        self.console_message.setVisible(bool(text))

    # -- tabs ----------------------------------------------------------------------------
    def page(self, name: str) -> TablePage:
        """The page ``name``, built now if it was not (in the console's language, with its
        choices loaded; it reads its rows when it is shown)."""
        if name not in self._built:
            kind = dict(PAGE_KINDS)[name]   # a KeyError: no such page
            with i18n.use(self.language):
                page = kind(self.controller)
                if hasattr(page, "reload_choices"):
                    page.reload_choices()
            page.message.connect(self.show_message)
            self._built[name] = page
            index = PAGE_NAMES.index(name)
            slot, current = self.tabs.widget(index), self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, page.shown_title)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            slot.deleteLater()
        return self._built[name]

    def show_tab(self, name: str) -> TablePage:
        page = self.page(name)
        self.tabs.setCurrentWidget(page)
        return page

    def current_tab(self) -> str | None:
        """The name of the tab on screen (its page may not be built yet)."""
        slot = self.tabs.currentWidget()
        return slot.name if slot is not None else None

    def _tab_changed(self, _index: int) -> None:
        name = self.current_tab()
        if name is not None:
            self.page(name)   # built before it is painted
            QSettings().setValue(SETTINGS_TAB, name)
        self._refresh_visible_page()

    def _refresh_visible_page(self) -> None:
        name = self.current_tab()
        if name is None or self.collapsed:
            return
        page = self.page(name)
        if page.dirty:
            with i18n.use(self.language):
                page.refresh()

    # -- collapsing ----------------------------------------------------------------------
    def set_collapsed(self, collapsed: bool) -> None:
        self.collapsed = collapsed
        self.body.setVisible(not collapsed)
        self.title.setVisible(not collapsed)
        self.subtitle.setVisible(not collapsed)
        self.recorder_pane.record_button.setVisible(not collapsed)
        self.toggle.setText("‹" if collapsed else "›")
        self.toggle.setAccessibleName(translate("Console", "Expand the console") if collapsed
                                      else translate("Console", "Collapse the console"))
        self.setProperty("collapsed", collapsed)
        self.setMaximumWidth(COLLAPSED_WIDTH if collapsed else QWIDGETSIZE_MAX)
        self.setSizePolicy(QSizePolicy.Policy.Fixed if collapsed
                           else QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        QSettings().setValue(SETTINGS_COLLAPSED, collapsed)
        self._fit_window(collapsed)
        if not collapsed:
            self.refresh()

    def fit_window(self) -> None:
        """Size the window to the console's state again (collapsed: to the phone)."""
        self._fit_window(self.collapsed)

    def _fit_window(self, collapsed: bool) -> None:
        """Collapsing narrows the window to the phone; expanding gives the width back."""
        window = self.window()
        if window is self or window.isMaximized() or window.isFullScreen():
            return
        if collapsed:
            self._expanded_width = window.width()
            # Recompute the layouts inside out (ours, the window's content, the window) so the
            # window's minimum is the collapsed one: a pending layout request would otherwise
            # keep the expanded minimum and the resize below would do nothing.
            widget = self
            while widget is not None:
                if widget.layout() is not None:
                    widget.layout().activate()
                widget = widget.parentWidget()
            window.resize(window.minimumSizeHint().width(), window.height())
        elif self._expanded_width:
            window.resize(self._expanded_width, window.height())
            self._expanded_width = 0

    def _restore_settings(self) -> None:
        settings = QSettings()
        name = settings.value(SETTINGS_TAB, "requests")
        if name in PAGE_NAMES:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(PAGE_NAMES.index(name))
            self.tabs.blockSignals(False)
        collapsed = settings.value(SETTINGS_COLLAPSED, False)
        if collapsed in (True, "true", "1", 1):
            self.set_collapsed(True)

    # -- live refresh --------------------------------------------------------------------
    def _reload_choices(self) -> None:
        """A new world: new people and Bitrix24s in the switchers."""
        with i18n.use(self.language):
            self._reload_all_choices()

    def _reload_all_choices(self) -> None:
        self.world_card.reload_choices()
        self.device_card.reload_choices()
        self.second_phone.reload_choices()
        for page in self.built_pages():   # the others load theirs when built
            if hasattr(page, "reload_choices"):
                page.reload_choices()

    def refresh(self) -> None:
        """After each unit of work: re-read the cards and the visible tab only; ``on_demand``,
        the next time something looks at the console instead (``catch_up``)."""
        for page in self.built_pages():
            page.dirty = True
        if self.on_demand:
            self._behind = True
            return
        self._refresh_now()

    def catch_up(self) -> bool:
        """Show what the store holds now if a refresh is owed (``on_demand``): the flow
        driver calls this before it reads the console, and a picture before it is taken.
        True if it read anything (its layouts are then pending)."""
        if not self._behind:
            return False
        self._behind = False
        self._refresh_now()
        return True

    def _refresh_now(self) -> None:
        if self.collapsed:
            return
        with i18n.use(self.language):
            for card in self.cards:
                card.refresh()
            self.second_phone.refresh()
            self._refresh_visible_page()


PAGE_KINDS: tuple[tuple[str, type[TablePage]], ...] = (
    ("requests", RequestsPage), ("emails", EmailsPage), ("employees", EmployeesPage),
    ("network", NetworkPage), ("notices", NoticesPage), ("audit", AuditPage))
PAGE_NAMES = tuple(name for name, _ in PAGE_KINDS)   # in the tabs' order


class _PageSlot(QWidget):
    """A record tab's place in the tab widget until its page is built (``page``), which
    then takes its place (same index, same title): the tab widget holds the pages
    themselves."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name


class CardGrid(QWidget):
    """The clock, world and device cards: side by side when there is room, otherwise the
    clock on top and the other two under it. So the window fits a 1280-pixel screen (about
    1150 px with the console) and still shows all three in a row on a wide one."""

    SPACING = 10
    STRETCH = (5, 4, 4)

    def __init__(self, cards: tuple[QWidget, QWidget, QWidget]) -> None:
        super().__init__()
        self.setObjectName("console_cards")
        self._cards = cards
        self._wide: bool | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(self.SPACING)
        # Our minimum is the narrow arrangement's (minimumSizeHint), not the grid's current one.
        grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.arrange(wide=True)

    @property
    def wide(self) -> bool:
        return bool(self._wide)

    def _widths(self) -> list[int]:
        return [card.minimumSizeHint().width() for card in self._cards]

    def wide_min_width(self) -> int:
        return sum(self._widths()) + 2 * self.SPACING

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        clock, world, device = self._widths()
        return QSize(max(clock, world + self.SPACING + device),
                     self.layout().minimumSize().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.arrange(wide=event.size().width() >= self.wide_min_width())
        super().resizeEvent(event)

    def arrange(self, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        grid = self.layout()
        for card in self._cards:
            grid.removeWidget(card)
        clock, world, device = self._cards
        if wide:
            for column, (card, stretch) in enumerate(zip(self._cards, self.STRETCH,
                                                          strict=True)):
                grid.addWidget(card, 0, column)
                grid.setColumnStretch(column, stretch)
        else:
            grid.addWidget(clock, 0, 0, 1, 2)
            grid.addWidget(world, 1, 0)
            grid.addWidget(device, 1, 1)
            for column, stretch in enumerate((1, 1, 0)):
                grid.setColumnStretch(column, stretch)
        self.updateGeometry()
