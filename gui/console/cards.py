"""The console's three control cards: the clock, the world and person, the device and policy."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from core import i18n, processing, queries, services
from core.rules import PLATFORM_NAMES
from core.world import DEMO_WORLD, load_world
from gui.console import format as fmt
from gui.console.widgets import (
    CHOICES_LIMIT,
    Card,
    Segmented,
    button,
    caption,
    choose_value,
    combo,
    combo_value,
    limited_tip,
    named,
)
from gui.counts import CONSOLE
from gui.i18n import translate


def _names(results: list) -> str:
    return ", ".join(f"{r.request.person.name} @ {r.request.portal.address}" for r in results)


def _moved(duration: str, results: list) -> str:
    """``Clock moved on 1 day.``, and which requests that completed (whole sentences: a
    translator orders the words)."""
    if not results:
        return translate("Console", "Clock moved on {duration}.").format(duration=duration)
    return CONSOLE.moved_on(duration, len(results), _names(results))


def _moved_to_next_due(results: list) -> str:
    if not results:
        return translate("Console", "Clock moved to the next due date.")
    return CONSOLE.moved_to_next_due(len(results), _names(results))


def _processed(results: list) -> str:
    return CONSOLE.processed(len(results), _names(results))


class ClockCard(Card):
    """The simulated date and time, large; moving it on; the next due request."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(translate("Console", "Simulated clock"), "clock_card", parent)
        self.controller = controller
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.clock_label = named(QLabel("—"), "clock_label", translate("Console", "Simulated time"))
        self.zone_label = caption(translate("Console", "UTC · moves only when told"), "clock_zone")
        self.next_due_label = named(QLabel(""), "next_due_label",
                                    translate("Console", "Next due request"))
        self.next_due_label.setWordWrap(False)  # two explicit lines; wrapping clipped them
        self.advance_1h = button(translate("Console", "+1 hour"), "advance_1h")
        self.advance_1d = button(translate("Console", "+1 day"), "advance_1d")
        self.advance_7d = button(translate("Console", "+7 days"), "advance_7d")
        self.advance_next_due = button(translate("Console", "To next due date"), "advance_next_due",
                                       tip=translate("Console", "Move the clock to the next "
                                                     "pending request's due date and process "
                                                     "it"))
        self.custom_amount = named(QLineEdit(), "custom_amount",
                                   translate("Console", "Custom amount"))
        self.custom_amount.setPlaceholderText(translate("Console", "e.g. 30d, 12h, 1w"))
        self.custom_amount.setMinimumWidth(150)  # the whole placeholder shows
        self.custom_amount.setMaximumWidth(150)
        self.advance_custom = button(translate("Console", "Advance"), "advance_custom")
        self.process_now = button(translate("Console", "Process now"), "process_now", "primary",
                                  tip=translate("Console", "Complete every request that is due "
                                                "at the current time"))
        self.body.addWidget(self.clock_label)
        self.body.addWidget(self.zone_label)
        steps = QHBoxLayout()
        for b in (self.advance_1h, self.advance_1d, self.advance_7d, self.advance_next_due):
            steps.addWidget(b)
        steps.addStretch(1)
        self.body.addLayout(steps)
        custom = QHBoxLayout()
        custom.addWidget(self.custom_amount)
        custom.addWidget(self.advance_custom)
        custom.addStretch(1)
        custom.addWidget(self.process_now)
        self.body.addLayout(custom)
        self.body.addWidget(self.next_due_label)
        self.body.addStretch(1)

    def _connect_signals(self) -> None:
        self.advance_1h.clicked.connect(lambda: self.advance(timedelta(hours=1)))
        self.advance_1d.clicked.connect(lambda: self.advance(timedelta(days=1)))
        self.advance_7d.clicked.connect(lambda: self.advance(timedelta(days=7)))
        self.advance_next_due.clicked.connect(self.to_next_due)
        self.advance_custom.clicked.connect(self.advance_by_text)
        self.custom_amount.returnPressed.connect(self.advance_by_text)
        self.process_now.clicked.connect(self.process)

    def advance(self, delta: timedelta) -> None:
        words = fmt.duration(delta).removeprefix("+")  # "30d" typed, "30 days" said
        self.attempt(lambda: self.controller.advance(delta),
                     lambda results: _moved(words, results))

    def advance_by_text(self) -> None:
        text = self.custom_amount.text().strip()
        delta = self.attempt(lambda: processing.parse_duration(text))
        if delta is not None:
            self.advance(delta)

    def to_next_due(self) -> None:
        self.attempt(self.controller.advance_to_next_due,
                     _moved_to_next_due)

    def process(self) -> None:
        self.attempt(self.controller.process_now, _processed)

    def refresh(self) -> None:
        now, due = self.controller.read(
            lambda uow: (services.now(uow), queries.next_due_request(uow)))
        self.clock_label.setText(fmt.clock(now))
        if due is None:
            self.next_due_label.setText(translate("Console", "No pending deletion requests."))
        else:
            self.next_due_label.setText(translate(
                "Console", "Next due <b>{until}</b> · {when}<br>{person} @ {portal}").format(
                until=fmt.until(due.due_at, now), when=fmt.when(due.due_at),
                person=due.person_name, portal=due.portal_address))
        self.advance_next_due.setEnabled(due is not None)


class WorldCard(Card):
    """Which world is loaded, and who the phone is signed in as."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(translate("Console", "World"), "world_card", parent)
        self.controller = controller
        self.file_dialog: QFileDialog | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.world_name = named(QLabel(""), "world_name", translate("Console", "World name"))
        self.world_name.setProperty("role", "strong")
        self.open_world = button(translate("Console", "Open world…"), "open_world",
                                 tip=translate("Console", "Load a world from a YAML file"))
        self.reset_world = button(translate("Console", "Reset to demo world"), "reset_world",
                                  "destructive")
        self.sign_in_person = combo("sign_in_person", translate("Console", "Sign in as person"))
        self.sign_in_person.setToolTip(
            translate("Console", "Who the phone is signed in as after Sign in"))
        self.sign_in_portal = combo("sign_in_portal", translate("Console", "Sign in to Bitrix24"))
        self.sign_in_portal.setToolTip(
            translate("Console", "Which of their Bitrix24s the phone's app opens"))
        # Two characters fewer than other switchers: room for labels that say what each does,
        # with the three cards still in one row at 1600 px (an address still shows whole).
        for box in (self.sign_in_person, self.sign_in_portal):
            box.setMinimumContentsLength(14)
        self.sign_in_as = button(translate("Console", "Sign in"), "sign_in_as", "primary",
                                 tip=translate("Console", "Sign the phone in as this person in "
                                               "this Bitrix24"))
        self.session_label = named(QLabel(""), "session_label",
                                   translate("Console", "Phone signed in as"))
        self.session_label.setWordWrap(True)
        self.body.addWidget(self.world_name)
        row = QHBoxLayout()
        row.addWidget(self.open_world)
        row.addWidget(self.reset_world)
        row.addStretch(1)
        self.body.addLayout(row)
        grid = QGridLayout()
        person_label = caption(translate("Console", "Sign in as"))
        person_label.setBuddy(self.sign_in_person)
        portal_label = caption(translate("Console", "to Bitrix24"))
        portal_label.setBuddy(self.sign_in_portal)
        grid.addWidget(person_label, 0, 0)
        grid.addWidget(self.sign_in_person, 0, 1)
        grid.addWidget(portal_label, 1, 0)
        grid.addWidget(self.sign_in_portal, 1, 1)
        grid.addWidget(self.sign_in_as, 1, 2)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.body.addWidget(self.session_label)
        self.body.addStretch(1)

    def _connect_signals(self) -> None:
        self.open_world.clicked.connect(self.choose_world_file)
        self.reset_world.clicked.connect(self.reset)
        self.sign_in_person.currentIndexChanged.connect(self._fill_portals)
        self.sign_in_as.clicked.connect(self.sign_in)

    # -- world ---------------------------------------------------------------------------
    def choose_world_file(self) -> QFileDialog:
        """A non-modal file dialog: the app (and any test or flow) never blocks on it."""
        title = translate("Console", "Open a world")
        dialog = QFileDialog(self, title, str(DEMO_WORLD.parent),
                             translate("Console", "World files (*.yaml *.yml);;All files (*)"))
        named(dialog, "open_world_dialog", title)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(self.open_world_file)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def open_world_file(self, path: str | Path) -> bool:
        spec = self.attempt(lambda: load_world(path))
        if spec is None:
            return False
        done = self.attempt(
            lambda: [self.controller.load_world(spec)],
            lambda kept: _kept(translate("Console", "Loaded the world “{name}” from {file}.")
                               .format(name=spec.name, file=Path(path).name), kept[0]))
        return done is not None

    def reset(self) -> None:
        self.attempt(lambda: [self.controller.load_world(load_world(DEMO_WORLD))],
                     lambda kept: _kept(translate("Console", "Reset to the demo world."),
                                        kept[0]))

    # -- who the phone is signed in as -----------------------------------------------------
    def reload_choices(self) -> None:
        people, total = self.controller.read(
            lambda uow: (queries.people(uow, CHOICES_LIMIT), queries.count_people(uow)))
        limited_tip(self.sign_in_person, len(people), total)
        current = combo_value(self.sign_in_person)
        self.sign_in_person.blockSignals(True)
        self.sign_in_person.clear()
        for p in people:
            self.sign_in_person.addItem(p.name if p.status == "active" else translate(
                "Console", "{name} (deleted)").format(name=p.name), p.key)
        choose_value(self.sign_in_person, current)
        self.sign_in_person.blockSignals(False)
        self._fill_portals()

    def _fill_portals(self) -> None:
        key = combo_value(self.sign_in_person)
        choices = self.controller.read(queries.person_profiles, key) if key else ()
        self.sign_in_portal.clear()
        for c in choices:
            shown = c.portal_address if c.access == "open" and c.portal_status == "active" \
                else translate("Console", "{address} (closed)").format(address=c.portal_address)
            self.sign_in_portal.addItem(shown, c.portal_address)
            self.sign_in_portal.setItemData(
                self.sign_in_portal.count() - 1,
                translate("Console", "{portal}: {role}, access {access}").format(
                    portal=c.portal_name, role=fmt.label(c.role).lower(),
                    access=fmt.label(c.access).lower()),
                Qt.ItemDataRole.ToolTipRole)

    def sign_in(self) -> None:
        key, address = combo_value(self.sign_in_person), combo_value(self.sign_in_portal)
        if not key or not address:
            self.message.emit(translate("Console", "Choose a person and one of their Bitrix24s "
                                         "first."), "error")
            return
        self.attempt(lambda: self.controller.act(services.sign_in, key, address,
                                                 actor="simulator"),
                     lambda view: translate("Console", "The phone is signed in as {person} "
                                            "in {portal}.").format(
                         person=view.person.name, portal=view.portal.address))

    def refresh(self) -> None:
        name, view = self.controller.read(
            lambda uow: (queries.world_name(uow), services.session_view(uow)))
        self.world_name.setText(name)
        if view.person and view.portal:
            self.session_label.setText(translate(
                "Console", "Phone: <b>{person}</b> in {portal}").format(
                person=view.person.name, portal=view.portal.address))
        else:
            self.session_label.setText(translate("Console", "Phone: not signed in"))


class DeviceCard(Card):
    """Device platform, each Bitrix24's deployment, and the policy knobs."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(translate("Console", "Device and policy"), "device_card", parent)
        self.controller = controller
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.platform_switch = Segmented("platform_switch", translate("Console", "Platform"), [
            (key, name, f"platform_{key}") for key, name in PLATFORM_NAMES.items()])
        self.language = combo("language", translate("Console", "Phone language"))
        self.language.setToolTip(translate(
            "Console", "The language the phone speaks (each language in its own words); "
            "--lang on the command line until one is chosen here"))
        self.language.setMinimumContentsLength(14)
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.deployment_portal = combo("deployment_portal", translate(
            "Console", "Bitrix24 whose deployment to set"))
        self.deployment_portal.setToolTip(translate(
            "Console", "The Bitrix24 whose deployment the switch below sets (the phone stays "
            "signed in where it is)"))
        self.deployment_portal.setMinimumContentsLength(14)  # as the World card's, for its label
        self.deployment_switch = Segmented("deployment_switch", translate("Console", "Deployment"), [
            ("cloud", translate("Console", "Cloud"), "deployment_cloud"),
            ("on-premise", translate("Console", "On-premise"), "deployment_on_premise")])
        self.policy_ios = named(QCheckBox(PLATFORM_NAMES["ios"]), "policy_ios",
                                translate("Console", "Policy: offer on iOS"))
        self.policy_android = named(QCheckBox(PLATFORM_NAMES["android"]), "policy_android",
                                    translate("Console", "Policy: offer on Android"))
        self.policy_entry = Segmented("policy_entry", translate("Console", "Entry"), [
            ("profile", translate("Console", "Profile"), "policy_entry_profile"),
            ("edit_profile", translate("Console", "Edit"), "policy_entry_edit_profile"),
            ("menu", translate("Console", "Menu"), "policy_entry_menu")])
        for value, path in (  # short labels: one row fits; the whole path in the tooltip
                ("profile", translate("Console", "Profile -> Delete account")),
                ("edit_profile", translate("Console", "Profile -> Edit profile -> Delete "
                                           "account")),
                ("menu", translate("Console", "Menu -> Edit profile -> Delete account"))):
            self.policy_entry.buttons[value].setToolTip(path)
        # its segments are as wide as their words: in a wide card they stay together, at
        # the left, instead of spreading apart with gaps between them
        self.policy_entry.layout().addStretch(1)
        self._fit_entry()
        self.policy_window_days = named(QSpinBox(), "policy_window_days",
                                        translate("Console", "Deletion window days"))
        self.policy_window_days.setRange(1, 3650)
        self.policy_window_days.setSuffix(translate("Console", " days"))
        self.policy_window_days.setKeyboardTracking(False)
        grid = QGridLayout()
        grid.setVerticalSpacing(8)
        rows = [(translate("Console", "Platform"), self.platform_switch),
                (translate("Console", "Language"), self.language),
                (translate("Console", "Deployment of"), self.deployment_portal),
                ("", self.deployment_switch),  # right under the Bitrix24 it sets
                (translate("Console", "Offer on"),
                 self._pair(self.policy_ios, self.policy_android)),
                (translate("Console", "Entry"), self.policy_entry),
                (translate("Console", "Window"), self.policy_window_days)]
        for i, (text, widget) in enumerate(rows):
            label = caption(text)
            label.setBuddy(widget)
            grid.addWidget(label, i, 0)
            grid.addWidget(widget, i, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.body.addStretch(1)

    def _fit_entry(self) -> None:
        """Each Entry segment as wide as its word (one row fits), measured in the font the
        console's style sheet gives it: once in the console (its rules select by
        ``#console``), so a longer word (German "Bearbeiten") is not cut."""
        for segment in self.policy_entry.buttons.values():
            segment.ensurePolished()
            segment.setFixedWidth(segment.fontMetrics().horizontalAdvance(segment.text()) + 16)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_entry()

    @staticmethod
    def _pair(a: QWidget, b: QWidget) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(a)
        layout.addWidget(b)
        layout.addStretch(1)
        return box

    def _connect_signals(self) -> None:
        self.platform_switch.chosen.connect(self.set_platform)
        self.language.currentIndexChanged.connect(
            lambda _i: self.set_language(combo_value(self.language)))
        self.deployment_switch.chosen.connect(self.set_deployment)
        self.deployment_portal.currentIndexChanged.connect(lambda _i: self.refresh())
        self.policy_ios.clicked.connect(self.set_platforms)
        self.policy_android.clicked.connect(self.set_platforms)
        self.policy_entry.chosen.connect(
            lambda entry: self._act(services.set_policy, entry=entry,
                                    ok=translate("Console", "Entry: {entry}.").format(
                                        entry=fmt.label(entry))))
        self.policy_window_days.valueChanged.connect(
            lambda days: self._act(services.set_policy, window_days=days,
                                   ok=CONSOLE.window(days)))

    def _act(self, fn, *args, ok: str = "", **kwargs) -> None:
        if self.attempt(lambda: self.controller.act(fn, *args, actor="simulator", **kwargs)
                        or True, ok) is None:
            self.refresh()  # refused: show the stored setting again

    def set_platform(self, platform: str) -> None:
        self._act(services.set_platform, platform,
                  ok=translate("Console", "The phone is now an iPhone device.")
                  if platform == "ios" else
                  translate("Console", "The phone is now an Android device."))

    def set_language(self, language: str) -> None:
        """The phone's own language (the store's), which beats --lang from now on."""
        if not language:
            return
        self.controller.forced_language = None
        self._act(services.set_phone_language, language,
                  ok=translate("Console", "The phone now speaks {language}.").format(
                      language=i18n.LANGUAGE_NAMES[language]))

    def set_deployment(self, deployment: str) -> None:
        address = combo_value(self.deployment_portal)
        if address:
            self._act(services.set_deployment, address, deployment,
                      ok=translate("Console", "{address} is now {deployment}.").format(
                          address=address, deployment=fmt.label(deployment).lower()))

    def set_platforms(self) -> None:
        chosen = [p for p, box in (("ios", self.policy_ios), ("android", self.policy_android))
                  if box.isChecked()]
        self._act(services.set_policy, platforms=chosen,
                  ok=translate("Console", "Delete account is offered on: {platforms}.").format(
                      platforms=", ".join(PLATFORM_NAMES[p] for p in chosen)))

    def reload_choices(self) -> None:
        current = combo_value(self.deployment_portal)
        portals = self.controller.read(queries.portals, CHOICES_LIMIT)
        self.deployment_portal.blockSignals(True)
        self.deployment_portal.clear()
        for p in portals:
            self.deployment_portal.addItem(p.address, p.address)
        choose_value(self.deployment_portal, current)
        self.deployment_portal.blockSignals(False)

    def refresh(self) -> None:
        address = combo_value(self.deployment_portal)

        def read(uow):
            view = services.session_view(uow)
            portal = services.find_portal(uow.session, address) if address else None
            return view, portal.deployment if portal else None

        view, deployment = self.controller.read(read)
        self.platform_switch.set_value(view.platform)
        speaks = (getattr(self.controller, "forced_language", None) or view.language
                  or i18n.default())
        self.language.blockSignals(True)
        if self.language.findData(speaks) < 0:  # --lang pseudo: shown, not offered
            self.language.addItem(i18n.LANGUAGE_NAMES.get(speaks, speaks), speaks)
        choose_value(self.language, speaks)
        self.language.blockSignals(False)
        if deployment:
            self.deployment_switch.set_value(deployment)
        for platform, box in (("ios", self.policy_ios), ("android", self.policy_android)):
            box.setChecked(platform in view.policy_platforms)
        self.policy_entry.set_value(view.entry)
        self.policy_window_days.blockSignals(True)
        self.policy_window_days.setValue(view.window_days)
        self.policy_window_days.blockSignals(False)


def _kept(done: str, backup: Path | None) -> str:
    """``done``, and where the replaced world went (two sentences: one string each)."""
    if not backup:
        return done
    return translate("Console", "{done} The previous world is kept as {file}.").format(
        done=done, file=backup.name)
