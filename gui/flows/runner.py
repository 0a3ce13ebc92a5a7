"""Running a parsed flow on the real window: a fresh database, the phone and the console side
by side, each command acting on the real widgets and waiting the way Maestro waits.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from core import i18n
from core.db import Store, create_fresh_sqlite, open_store, sqlite_url
from core.errors import DomainError, StoreError
from core.mail.export import LISTED_NAME, export_all
from core.rules import MAIN_DEVICE
from core.world import prepare_passwords, seed_world
from gui.flows import driver
from gui.flows.commands.devices2 import phone_label, phone_note_of, screen_name
from gui.flows.commands.registry import REGISTRY
from gui.flows.driver import Element
from gui.flows.model import (
    Command,
    Flow,
    FlowError,
    Selector,
    StepFailed,
    shown_path,
)
from gui.flows.options import HOOK_SECONDS, run_options
from gui.flows.script import ScriptError, Scripts
from gui.flows.selectors import Matcher, SlowPattern
from gui.pictures import grab, stop_painting

__all__ = ["Artifacts", "FlowResult", "FlowRunner", "Hooks", "StepFailed", "StepResult",
           "StoreMaker"]

WAIT_MS = 2500          # tapOn / assertVisible / assertNotVisible (Maestro waits too)
MAX_STEPS = 100_000     # steps one flow may run (repeat inside repeat...)
MAX_DEPTH = 100


# --lang of main.py test / demo / hierarchy: every phone of a flow speaks it, and so does the
# console (worker processes inherit it); b24_delete_account.FLOW_LANGUAGE_ENV sets it.
LANGUAGE_ENV = "B24SIM_FLOW_LANGUAGE"


def run_language() -> str | None:
    """The run's --lang, or None (the flow's world and the process's default decide)."""
    from core.i18n import LanguageError, parse_language

    value = os.environ.get(LANGUAGE_ENV)
    try:
        return parse_language(value) if value else None
    except LanguageError:
        return None


# Called with the seconds a running flow has left each time its limit is set (the start of
# its commands, the start of onFlowComplete): a worker process passes it on to the parent,
# which kills a worker that overruns it (gui/flows/shards.py).
deadline_listeners: list[Callable[[float], None]] = []


def _expand_all(value, expand):
    if isinstance(value, str):
        return expand(value)
    if isinstance(value, dict):
        return {k: _expand_all(v, expand) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand_all(v, expand) for v in value]
    return value
MANIFEST = ".storyboard-files"  # in a --screenshots folder: the pictures the last run wrote


@dataclass
class StepResult:
    command: Command
    depth: int
    status: str = "passed"  # passed | failed | skipped | warned (an optional command failed)
    seconds: float = 0.0
    message: str = ""
    picture: Path | None = None
    shot: Path | None = None  # takeScreenshot's file
    log: list[str] = field(default_factory=list)  # console.log lines of its scripts
    title: str = ""  # its label (${...} evaluated) or a sentence: "Tap Delete account"
    # What the storyboard says of it, in its language ("7-mal ausgeführt"); "": the message
    # (which stays English: JUnit, --debug-output).
    note: str = ""


@dataclass
class FlowResult:
    name: str
    path: Path
    tags: tuple[str, ...] = ()
    passed: bool = True
    seconds: float = 0.0
    steps: list[StepResult] = field(default_factory=list)
    failure: str | None = None       # the whole message: command, file:line, screen, screenshot
    short: str | None = None         # one line for summaries
    screenshot: Path | None = None   # the window when it failed
    details: str | None = None       # a traceback when the app itself broke (JUnit system-err)
    error: bool = False              # the flow could not be read (no step ran)
    emails: list[Path] = field(default_factory=list)  # the storyboard's .eml files, in order


class Artifacts:
    """Where pictures go: the storyboard folder, or a temporary folder for failures only.
    The storyboard's flow folders also get the flow's emails (``NN-flow/emails/*.eml``).

    A folder given by the user is reused run after run, so each run starts clean: ``clean``
    takes away the pictures and emails the previous run listed in the folder's manifest, and
    each flow's own folder (``NN-flow``) loses the pictures named the way this runner names
    them (``step-NNN.png``, ``screenshot-NNN.png``, ``failure.png``) and the emails named the
    way ``export_all`` names them, before the flow runs. Nothing else goes: not another PNG or
    .eml a person put there, nothing through a symbolic link."""

    def __init__(self, folder: Path | None, storyboard: bool, frame: str = "phone") -> None:
        self.storyboard = storyboard
        self.frame = frame   # the storyboard's step pictures: the phone, or the whole window
        self._folder = folder
        self._mine = folder is not None   # a folder the user chose (not a temporary one)
        self._pool: ThreadPoolExecutor | None = None
        self._pending: list[Future] = []
        self._written: list[Path] = []

    def clean(self) -> None:
        """Remove the pictures and emails of the previous run into this folder (from its
        manifest)."""
        if not self._mine:
            return
        root = self._folder
        manifest = root / MANIFEST
        try:
            listed = manifest.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return
        folders = set()
        for line in listed:
            rel = Path(line.strip())
            if (not line.strip() or rel.is_absolute() or ".." in rel.parts
                    or rel.suffix.lower() not in OWN_SUFFIXES or _through_link(root, rel)):
                continue  # only pictures and emails inside the folder: nothing else
            _unlink(root / rel)
            folders.update(rel.parents)   # NN-flow/emails, then NN-flow: each when empty
        for rel in sorted(folders, key=lambda f: len(f.parts), reverse=True):
            if rel.parts:
                with suppress(OSError):
                    (root / rel).rmdir()  # only when empty
        _unlink(manifest)

    def start_flow(self, number: int, flow_path: Path) -> None:
        """The flow's own folder holds only this run's pictures and emails (none left from an
        older run)."""
        if self._mine:
            folder = self._folder / _flow_folder_name(number, flow_path)
            if folder.is_dir() and not folder.is_symlink():
                for old in folder.iterdir():
                    if OWN_PICTURE.fullmatch(old.name) and not old.is_symlink():
                        _unlink(old)
                emails = folder / EMAILS
                if emails.is_dir() and not emails.is_symlink():
                    for old in emails.iterdir():
                        if LISTED_NAME.fullmatch(old.name) and not old.is_symlink():
                            _unlink(old)
                    with suppress(OSError):
                        emails.rmdir()  # only when empty

    @property
    def folder(self) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="b24-flows-"))
        self._folder.mkdir(parents=True, exist_ok=True)
        return self._folder

    def save(self, image: QImage, path: Path) -> Path:
        """Write the PNG on a worker thread (the run goes on meanwhile); ``flush`` waits."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="png")
        self._pending.append(self._pool.submit(image.save, str(path), "PNG", 80))
        self._written.append(path)
        return path

    def flush(self) -> None:
        """Wait for the pictures; list them in the manifest for the next run's ``clean``."""
        for job in self._pending:
            job.result()
        self._pending.clear()
        if self._mine and self._written:
            rel = dict.fromkeys(Path(os.path.relpath(p, self._folder)).as_posix()
                                for p in self._written)
            (self._folder / MANIFEST).write_text("".join(f"{r}\n" for r in rel),
                                                 encoding="utf-8")

    def save_emails(self, store: Store, number: int, flow_path: Path) -> list[Path]:
        """The storyboard's ``NN-flow/emails/``: every email in the flow's store at its end,
        as the console's Export writes it (none outside a storyboard, or when it has none)."""
        if not (self.storyboard and self._mine):
            return []
        folder = self.folder / _flow_folder_name(number, flow_path) / EMAILS
        if _through_link(self.folder, folder.relative_to(self.folder)):
            return []
        files = export_all(store, folder)
        self._written += files
        return files

    def flow_dir(self, number: int, flow_path: Path) -> Path:
        folder = self.folder / _flow_folder_name(number, flow_path)
        folder.mkdir(parents=True, exist_ok=True)
        return folder


def _flow_folder_name(number: int, flow_path: Path) -> str:
    return f"{number:02d}-{flow_path.stem}"


# The pictures this runner names itself (a takeScreenshot's own name is in the manifest).
# ``-admin``: taken inside an onDevice, named after the phone it acted on
OWN_PICTURE = re.compile(r"(step-\d{3,}|(screenshot-\d{3,}|failure)(-[a-z]+)?)\.png")
OWN_SUFFIXES = (".png", ".eml")   # what a manifest may list
EMAILS = "emails"                 # a storyboard flow folder's emails


def _through_link(root: Path, rel: Path) -> bool:
    """Whether ``root / rel`` or a folder on the way to it is a symbolic link."""
    path = root
    for part in rel.parts:
        path = path / part
        if path.is_symlink():
            return True
    return False


def _unlink(path: Path) -> None:
    with suppress(OSError):
        path.unlink(missing_ok=True)


def remove_orphans(folder: Path, prefix: str) -> list[Path]:
    """Remove ``folder``'s PREFIX<pid>-* folders whose process has ended (a killed run's
    databases); a live or unknown process's, another user's and any other folder stay."""
    removed = []
    for path in folder.glob(f"{prefix}*-*"):
        pid = path.name[len(prefix):].split("-", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid() or not path.is_dir() \
                or path.is_symlink():
            continue
        try:
            if path.stat().st_uid != os.getuid():
                continue
            os.kill(int(pid), 0)
            continue  # still running
        except ProcessLookupError:
            pass
        except (OSError, AttributeError):  # no permission (alive), or no such call here
            continue
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed


class StoreMaker:
    """Fresh SQLite files for flows: a template is built from the models once (stamped at
    the head revision, as Alembic's recipe for new databases does), then copied per flow."""

    PREFIX = "b24-flow-db-"

    def __init__(self) -> None:
        # The folder is named after this process: a run that was killed (no cleanup) leaves
        # one behind, and the next run removes it once its process is gone.
        self.dir = Path(tempfile.mkdtemp(prefix=f"{self.PREFIX}{os.getpid()}-"))
        self._template: Path | None = None
        self._count = 0
        remove_orphans(self.dir.parent, self.PREFIX)

    def new(self) -> tuple[Store, Path]:
        if self._template is None:
            self._template = self.dir / "template.db"
            create_fresh_sqlite(self._template)
        self._count += 1
        path = self.dir / f"flow-{self._count}.db"
        shutil.copyfile(self._template, path)
        return open_store(sqlite_url(path)), path

    @staticmethod
    def drop(store: Store, path: Path) -> None:
        store.dispose()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)

    def close(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


class Hooks:
    """What a presenter (the demo) does around each command. The test run does nothing."""

    def before(self, runner: FlowRunner, command: Command) -> None:
        pass

    def target(self, runner: FlowRunner, rect: QRect) -> None:
        """The control the command is about to act on (window coordinates)."""

    def finishing(self, runner: FlowRunner) -> None:
        """The flow is over; the window is still open."""

    def after(self, runner: FlowRunner, step: StepResult) -> None:
        pass

    def window_created(self, runner: FlowRunner, window: QWidget) -> None:
        pass

    def stopped(self) -> bool:
        return False


def step_title(runner: FlowRunner, command: Command, target: str | None = None) -> str:
    from gui.flows.sentences import label_of, sentence

    return label_of(runner, command) if command.label else sentence(command, target)


def target_words(runner: FlowRunner, command: Command) -> str | None:
    """In a run in another language than English, the words on the control an id-only
    selector names (a button's, a row's), so that its title says what the person sees
    ("Auf „Profil löschen“ tippen") rather than the English id; None where there are no
    such words (a text field, nothing found, a label of its own, an English run)."""
    selector = (command.args or {}).get("selector")
    if (command.label or runner.language == i18n.SOURCE or selector is None
            or getattr(selector, "text", None) or not getattr(selector, "id", None)):
        return None
    try:
        found = runner.find(selector, first=True)
    except Exception:  # noqa: BLE001 - a title is never worth failing the step
        return None
    if not found or isinstance(found[0].widget, driver.TEXT_INPUTS):
        return None
    element = found[0]  # what a screen reader says first: a photo's name, not its initials
    name = element.widget.accessibleName() if element.kind == "widget" else ""
    words = " ".join((name or element.text).split())
    return words if 0 < len(words) <= 40 else None


def settled_grab(window: QWidget) -> QImage:
    """The window's picture once the phone has settled: with ``--animations`` the runner
    waits for them to end (gui/phone/motion.py), so pictures are the same as without."""
    from gui.phone import motion

    if motion.enabled():
        motion.wait_idle()
    return grab(window).toImage()


class _TapNote(Hooks):
    """Storyboard: keeps the window just before a step's first tap and the tapped control,
    so the step's picture shows what was tapped (gui/flows/recording.py frames it)."""

    def __init__(self, inner: Hooks) -> None:
        self.inner = inner

    def __getattr__(self, name: str):
        return getattr(self.inner, name)

    def target(self, runner: FlowRunner, rect: QRect) -> None:
        if runner.tapped is None and runner.window is not None:
            runner.tapped = QRect(rect)
            runner.tap_image = settled_grab(runner.window)
        self.inner.target(runner, rect)

    def before(self, runner, command) -> None:
        self.inner.before(runner, command)

    def after(self, runner, step) -> None:
        self.inner.after(runner, step)

    def window_created(self, runner, window) -> None:
        self.inner.window_created(runner, window)

    def finishing(self, runner) -> None:
        self.inner.finishing(runner)

    def stopped(self) -> bool:
        return self.inner.stopped()


class FlowRunner:
    WAIT_MS = WAIT_MS

    def __init__(self, flow: Flow, stores: StoreMaker, artifacts: Artifacts, number: int = 1,
                 show: bool = False, hooks: Hooks | None = None,
                 window_factory: Callable[[object], QWidget] | None = None,
                 env: dict[str, str] | None = None, flow_timeout: float | None = None) -> None:
        self.flow = flow
        options = run_options()
        # -e NAME=VALUE from the command line: above every env: of the flows
        self.cli_env = options["env"] if env is None else dict(env)
        self.flow_timeout = options["flow_timeout"] if flow_timeout is None else flow_timeout
        self.language = run_language()        # --lang: the phones' and the console's
        self.scripts = Scripts(log=self._console)
        self.scripts.deadline = self._time_left
        self._deadline = float("inf")
        self._trial = 0                       # inside a retry's attempt that may fail
        self._trial_failure = ""
        self.window_factory = window_factory
        self.stores = stores
        self.artifacts = artifacts
        self.number = number
        self.show = show
        self.hooks = hooks or Hooks()
        if artifacts.storyboard:
            self.hooks = _TapNote(self.hooks)
        self.tapped: QRect | None = None      # this step's tapped control (storyboard)
        self.tap_image = None                 # the window just before that tap
        self.window = None
        self.controller = None
        self.result = FlowResult(flow.name, flow.path, flow.tags)
        self.field: QWidget | None = None    # the last text field tapped
        self.last_emails: list = []           # what the last assertEmail found
        self.copied_text: str | None = None   # copyTextFrom's, for pasteText
        self.random = None                    # inputRandom*'s numbers (seeded on first use)
        self.random_seed: int | None = None
        self.app_stopped = False              # stopApp / killApp / clearState until launchApp
        self._platform_read: str | None = None  # maestro.platform until the world changes
        self._platform_watched = False
        self._calls: list[Command] = []       # runFlow commands we are inside of
        self.addressing: list[tuple[str, int]] = []  # onDevice's (device, phone index) we are in
        self._pictures = 0

    # ------------------------------------------------------------------ the run
    def run(self) -> FlowResult:
        started = time.perf_counter()
        self.artifacts.start_flow(self.number, self.flow.path)
        # The world's passwords hash in threads (scrypt releases the GIL) while this thread
        # makes the database and loads the window's modules.
        prepare_passwords(self.flow.world)
        if self.window_factory is None:
            from gui.app import preload

            preload()
        store, path = self.stores.new()
        try:
            seed_world(store, self.flow.world)
            from gui.builder import build_controller  # imported by preload() already

            self.controller = build_controller(store)
            self.controller.forced_language = self.language
            with i18n.use(self.language):
                self._run_flow_body()
        except StoreError as exc:
            self._fail_flow(None, f"the database could not be prepared: {exc}")
        finally:
            self.result.seconds = time.perf_counter() - started
            if self.window is not None:
                self.hooks.finishing(self)
            self._close_window()
            self._save_emails(store)
            self.stores.drop(store, path)
        return self.result

    def _save_emails(self, store: Store) -> None:
        """The storyboard's copy of the flow's emails; one that cannot be written fails the
        flow (as a picture that cannot be written would), naming the file."""
        try:
            self.result.emails = self.artifacts.save_emails(store, self.number, self.flow.path)
        except (OSError, DomainError, StoreError) as exc:
            if self.result.passed:
                self._fail_flow(None, f"the flow's emails could not be written: {exc}")

    def _run_flow_body(self) -> None:
        """The header's env, onFlowStart, the commands, then onFlowComplete: it runs even when
        the flow failed (as in Maestro), and a failure in it fails the flow too."""
        flow = self.flow
        self._set_deadline(time.monotonic() + self.flow_timeout)
        for name, value in self.cli_env.items():
            self.scripts.set_var(name, value)
        self.scripts.set_var("MAESTRO_FILENAME", flow.path.stem)
        with self.env_scope(flow.env, {}):
            if self._run_commands(flow.on_start, 0):
                self._run_commands(flow.commands, 0)
            if flow.on_complete:
                self._set_deadline(max(self._deadline, time.monotonic() + HOOK_SECONDS))
                self._run_commands(flow.on_complete, 0)

    def _run_commands(self, commands: list[Command], depth: int) -> bool:
        for command in commands:
            if self.hooks.stopped():
                return False
            step = StepResult(command, depth)
            self.result.steps.append(step)
            number = len(self.result.steps)
            began = time.perf_counter()
            target = None
            try:
                self.check_time(command)
                if command.dynamic:
                    command = self._resolved(command)
                    step.command = command
                if REGISTRY[command.name].opens_window:
                    self._ensure_window()
                self.tapped = self.tap_image = None
                self.hooks.before(self, command)
                target = target_words(self, command)
                ok = self._execute(command, step, depth)
            except (StepFailed, SlowPattern) as exc:  # a slow pattern anywhere (when: visible)
                ok, step.message = False, str(exc)
            except DomainError as exc:
                ok, step.message = False, str(exc)
            except ScriptError as exc:
                ok, step.message = False, exc.message
            except Exception as exc:  # the app itself broke: a failed flow, not a crash
                last = traceback.extract_tb(exc.__traceback__)[-1]
                ok, step.message = False, (f"the app raised {type(exc).__name__}: {exc} "
                                           f"(at {shown_path(last.filename)}:{last.lineno})")
                self.result.details = traceback.format_exc()
            step.seconds = time.perf_counter() - began
            step.title = step_title(self, command, target)
            if not ok and command.optional:
                step.status = "warned"
                ok = True
            elif not ok and step.status != "failed":
                step.status = "failed"
            self._on_phone(step, ok)
            if self.artifacts.storyboard and self.window is not None:
                step.picture = self.step_picture(f"step-{number:03d}")
            self.hooks.after(self, step)
            if not ok:
                if self.result.passed and not self._trial:
                    self._fail_flow(command, step.message)
                elif self._trial:
                    self._trial_failure = f"{command.where}: {step.message.splitlines()[0]}"
                return False
        return True

    # ------------------------------------------------------------------ variables, limits
    def _on_phone(self, step: StepResult, ok: bool) -> None:
        """Inside an onDevice, a step's message names the phone it acted on: a failure
        ("on the second phone (Boris Ivanov): no element with id ..."), or, for the
        storyboard (its note in the run's language), a step that passed with nothing to say."""
        label = self.phone_label()
        if label is None or step.message.startswith("on the "):
            return
        if step.message:
            step.message = f"{label}: {step.message}"
        elif ok:
            step.message = label
            step.note = step.note or phone_note_of(self.window, *self.addressing[-1])

    def phone_label(self) -> str | None:
        """"on the second phone (Boris Ivanov)" inside an onDevice; None elsewhere."""
        if not self.addressing or self.window is None:
            return None
        return phone_label(self.window, *self.addressing[-1])

    def phone_suffix(self) -> str:
        """What a picture's default name gets inside an onDevice: "-admin", "-user"."""
        return f"-{self.addressing[-1][0]}" if self.addressing else ""

    def check_time(self, command: Command) -> None:
        """The flow's own limits: its time (--flow-timeout) and its number of steps."""
        if time.monotonic() > self._deadline:
            raise StepFailed(f"the flow ran longer than its time limit of "
                             f"{self.flow_timeout:g} s (main.py test --flow-timeout SECONDS)")
        if len(self.result.steps) > MAX_STEPS:
            raise StepFailed(f"the flow ran more than {MAX_STEPS} steps (a repeat that never "
                             "ends?)")

    def _set_deadline(self, deadline: float) -> None:
        self._deadline = deadline
        for listener in deadline_listeners:
            listener(deadline - time.monotonic())

    def _time_left(self) -> float:
        return self._deadline - time.monotonic()

    def _console(self, line: str) -> None:
        step = self.result.steps[-1] if self.result.steps else None
        text = f"console.log: {line}"
        if step is not None:
            step.log.append(line)
            step.message = f"{step.message}\n{text}" if step.message else text

    def expand(self, text: str, allow_undefined: bool = False) -> str:
        """``text`` with its ``${...}`` evaluated (JavaScript); ScriptError when one fails
        (or is undefined, unless ``allow_undefined``: evalScript drops the value)."""
        if "${" not in text:
            return text
        self._sync_builtins()
        return self.scripts.interpolate(text, allow_undefined)

    def expand_selector(self, selector: Selector) -> Selector:
        return selector.map_strings(self.expand)

    def _sync_builtins(self) -> None:
        if self.controller is not None:
            self.scripts.set_maestro("platform", self.platform())
        self.scripts.set_maestro("copiedText", getattr(self, "copied_text", None))
        if self.last_emails:  # an extension: the newest email the last assertEmail found
            e = max(self.last_emails, key=lambda x: (x.created_at, x.id))
            self.scripts.set_maestro("email", {
                "to": e.to_addr, "subject": e.subject, "text": e.text_body,
                "status": e.status, "created": e.created_at.strftime("%Y-%m-%dT%H:%M:%SZ")})

    def platform(self) -> str:
        """The device's platform for ``maestro.platform``, read again only after the world
        changed (each ``${...}`` read the whole session view: ~9% of the bundled suite)."""
        if self._platform_read is None:
            if not self._platform_watched:
                self._platform_watched = True
                for signal in (self.controller.changed, self.controller.world_replaced):
                    signal.connect(self._forget_platform)
            self._platform_read = self.controller.read(lambda uow: uow.state().platform)
        return self._platform_read

    def _forget_platform(self) -> None:
        self._platform_read = None

    def _resolved(self, command: Command) -> Command:
        """A command whose argument holds ``${...}``, read again with the values of now."""
        from gui.flows.commands.reading import Ctx

        raw = _expand_all(command.raw, self.expand)
        old = command.reader
        ctx = Ctx(old.file, old.root, old.world, old.stack)
        try:
            args = REGISTRY[command.name].read(ctx, command.line, raw, None)
        except FlowError as exc:
            raise StepFailed(f"with its ${{...}} evaluated: {exc.message}") from None
        return replace(command, args=args, dynamic=False)

    @contextmanager
    def env_scope(self, own: dict[str, str], given: dict[str, str]):
        """Variables for a flow or sub-flow: its own header's ``env``, overridden by the
        ``env`` its caller gives, and -e from the command line above both. Values may hold
        ``${...}`` (evaluated in order); the caller's values come back afterwards."""
        names = [n for n in {**own, **given} if n not in self.cli_env]
        saved = {n: self.scripts.get_var(n) for n in names}
        try:
            for source in (own, given):
                for name, value in source.items():
                    if name in self.cli_env or (source is own and name in given):
                        continue
                    self.scripts.set_var(name, self.expand(value))
            yield
        finally:
            for name, value in saved.items():
                self.scripts.set_var(name, value)

    def run_script(self, source: str, file: Path) -> None:
        try:
            self._sync_builtins()
            self.scripts.run(source)
        except ScriptError as exc:
            where = shown_path(file) + (f":{exc.line}" if exc.line else "")
            raise StepFailed(f"{where}: {exc.message}") from None

    # ------------------------------------------------------------------ window
    def _ensure_window(self) -> None:
        if self.window is None:
            self._open_window()

    def _open_window(self) -> None:
        factory = self.window_factory
        if factory is None:
            from gui.builder import build_window as factory

        self._close_window()
        self.window = factory(self.controller)
        # The window's own preferred size, whatever the screen (offscreen or not): always
        # honoured, as it is at least the window's minimum; the same pictures everywhere.
        self.window.resize(self.window.sizeHint())
        self.window.show()
        if self.show:
            self.window.raise_()
            self.window.activateWindow()
        driver.settle()
        for _ in range(3):  # what arrives once shown (a label filled by a timer) may change
            if self.window.size() == self.window.sizeHint():  # the hint: ask for it again
                break
            self.window.resize(self.window.sizeHint())
            driver.settle()
        if not self.show:   # nobody watches: the window paints only for its pictures,
            stop_painting(self.window)   # and the console reads only when looked at
            console = getattr(self.window, "console", None)
            if console is not None and hasattr(console, "on_demand"):
                console.on_demand = True
        self.hooks.window_created(self, self.window)

    def _close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
            self.field = None
            driver.settle()

    def roots(self) -> list[tuple[str, QWidget]]:
        w = self.window
        return [("phone", getattr(w, "phone", None)), ("console", getattr(w, "console", None))]

    def named_roots(self) -> list[tuple[str, QWidget]]:
        """``roots`` as a failure lists them: with two phones shown, the phone part says
        which ("second phone (Boris Ivanov)")."""
        roots = self.roots()
        w = self.window
        if len(getattr(w, "phones", ())) < 2:
            return roots
        device, index = self.addressing[-1] if self.addressing else (MAIN_DEVICE, 0)
        return [(screen_name(w, device, index), roots[0][1]), *roots[1:]]

    # ------------------------------------------------------------------ finding
    def find(self, selector: Selector, matcher: Matcher | None = None,
             first: bool = False) -> list[Element]:
        """Maestro's matches on screen: the phone first, then the console (``on:`` names
        one); gui/flows/selectors.py has the rules. ``first``: only the first is wanted."""
        return driver.find(self.roots(), selector, matcher, first)

    def wait_for(self, selector: Selector, timeout: int | None) -> Element:
        timeout = WAIT_MS if timeout is None else timeout
        matcher = Matcher(timeout / 1000)  # patterns share the command's time
        try:
            found = driver.poll(lambda: self.find(selector, matcher, first=True), timeout)
        except SlowPattern as exc:
            raise StepFailed(str(exc)) from None
        if not found:
            raise StepFailed(f"no element with {selector.describe()} is on screen"
                             + self._near_miss(selector))
        return found[0]

    def _near_miss(self, selector: Selector) -> str:
        hints = []
        for _, root in self.roots():
            if root is not None and driver.hidden_in_scroll(root, selector):
                hints.append(" (it exists below or above the visible part: scroll first, e.g. "
                             "scrollUntilVisible)")
                break
        if selector.enabled is not None or selector.checked is not None:
            loose = self.find(Selector(selector.text, selector.id))
            if loose:
                hints.append(f" (found {loose[0].describe()}, but not "
                             f"{'enabled' if selector.enabled else 'in that state'})")
        return "".join(hints)

    # ------------------------------------------------------------------ commands
    def _execute(self, c: Command, step: StepResult, depth: int) -> bool:
        """The command's unit runs it (gui/flows/commands/); None counts as done."""
        return REGISTRY[c.name].run(self, c, step, depth) is not False

    def run_nested(self, call: Command, commands: list[Command], depth: int,
                   trial: bool = False) -> bool:
        """Run ``commands`` inside ``call`` (a runFlow, repeat, retry): failures name it.
        ``trial``: a failure does not fail the flow (a retry's attempt before its last)."""
        if depth > MAX_DEPTH:
            raise StepFailed(f"more than {MAX_DEPTH} runFlow/repeat/retry inside each other")
        self._calls.append(call)
        self._trial += trial
        try:
            return self._run_commands(commands, depth)
        finally:
            self._trial -= trial
            self._calls.pop()

    def launch(self, clear_state: bool) -> None:
        """A fresh app start; ``clearState`` also puts the flow's world back as it began."""
        if clear_state:
            seed_world(self.controller.store, self.flow.world)
        if self.window is None:
            self._open_window()
            return
        start = getattr(getattr(getattr(self.window, "phone", None), "navigator", None),
                        "start", None)
        if callable(start):
            if clear_state:
                self.controller.world_replaced.emit()
                self.controller.changed.emit()
            else:
                start()
            self.field = None
            driver.settle()
        else:
            self._open_window()

    def text_field(self) -> QWidget:
        focused = driver.text_input(QApplication.focusWidget())
        if focused is not None and focused.isVisible() and focused.window() is self.window:
            return focused
        if self.field is not None and self.field.isVisible():
            return self.field
        raise StepFailed("no text field has the focus: tap one first (e.g. tapOn: {id: reason})")

    def wait_gone(self, selector: Selector, timeout: int) -> None:
        matcher = Matcher(timeout / 1000)
        try:
            left = driver.poll(lambda: not self.find(selector, matcher), timeout)
            still = [] if left else self.find(selector, matcher)
        except SlowPattern as exc:
            raise StepFailed(str(exc)) from None
        if not left and still:
            raise StepFailed(f"{still[0].describe()} is still on screen"
                             f" (waited {timeout / 1000:g} s for it to go)")

    @staticmethod
    def window_rect(widget: QWidget) -> QRect:
        return _window_rect(widget)

    # ------------------------------------------------------------------ pictures and failure
    def picture(self, name: str) -> Path | None:
        if self.window is None:
            return None
        folder = self.artifacts.flow_dir(self.number, self.flow.path)
        return self.artifacts.save(settled_grab(self.window), folder / f"{name}.png")

    def step_picture(self, name: str) -> Path | None:
        """The storyboard's picture of a step: the phone (or the window, ``--frame
        window``), taken just before the step's tap with the tapped control marked."""
        from gui.flows.recording import framed

        image, self.tap_image = self.tap_image, None
        if image is None:
            image = settled_grab(self.window)
        image = framed(self.window, image, self.artifacts.frame, self.tapped)
        folder = self.artifacts.flow_dir(self.number, self.flow.path)
        return self.artifacts.save(image, folder / f"{name}.png")

    def _fail_flow(self, command: Command | None, message: str) -> None:
        r = self.result
        r.passed = False
        if command is None:
            r.short = message
            r.failure = message
            return
        shot = None
        if self.window is not None:
            shot = self.picture("failure" + self.phone_suffix())
        r.screenshot = shot
        chain = "".join(f"\n  called by: {call.name} at {call.where}"
                        for call in reversed(self._calls))
        label = f"\n  label:     {command.label}" if command.label else ""
        screen = driver.describe_screen(self.named_roots()) if self.window is not None else \
            "  (no window)"
        r.short = f"{command.where}: {command.source}: {message.splitlines()[0]}"
        r.failure = (f"failed at {command.where}\n"
                     f"  command:   {command.source}{label}{chain}\n"
                     f"  problem:   {message}\n"
                     f"  on screen:\n{_indent(screen)}\n"
                     f"  screenshot: {shown_path(shot) if shot else '(none)'}")


def _window_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


OnResult = Callable[[FlowResult], None]
