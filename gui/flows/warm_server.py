"""The warm runner's side (gui/flows/warm.py says what it is for and how a client uses it).

One process, one thread: a selector over its socket, its clients' connections and a pipe
that SIGCHLD and SIGTERM wake. Each run is a fork: the copy takes the client's stdin,
stdout and stderr, folder, environment and umask, and runs ``main()`` in a process group
of its own; this process tells the client the copy's pid, then its exit status.
"""

from __future__ import annotations

import array
import builtins
import fcntl
import io
import json
import os
import selectors
import signal
import socket
import struct
import sys
import time
import traceback
from contextlib import suppress
from pathlib import Path

from gui.flows.warm import IDLE_ENV, IDLE_SECONDS, KILL_AFTER, ROOT, _paths, key, send_message

MAX_REQUEST = 1 << 20
HASHES_KEPT = 1024   # distinct passwords a runner keeps hashes of


def _wait_for_exit(pid: int, seconds: float = 120.0) -> None:
    """Let the cold run that started us finish first (both cores are its)."""
    deadline = time.monotonic() + seconds
    while pid > 0 and time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except OSError:
            return
        time.sleep(0.05)


def preload() -> dict[str, tuple[int, int]]:
    """Import what a run imports; the files read meanwhile, each with its mtime and size."""
    opened: set[str] = set()
    real_open, real_io_open = builtins.open, io.open

    def recording_open(file, *args, **kwargs):
        if isinstance(file, (str, bytes, os.PathLike)):
            opened.add(os.fsdecode(os.fspath(file)))
        return real_open(file, *args, **kwargs)

    builtins.open = io.open = recording_open
    try:
        import babel.messages.pofile  # noqa: F401 - a run in another language reads it

        import b24_delete_account
        from gui.flows.shards import preload_for_fork

        b24_delete_account.build_parser()   # imports the flow commands' modules
        preload_for_fork()
    finally:
        builtins.open, io.open = real_open, real_io_open
    files = opened | {m.__file__ for m in list(sys.modules.values())
                      if isinstance(getattr(m, "__file__", None), str)}
    return {f: s for f in files if (s := _stat(f)) is not None}


def _stat(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size) if os.path.isfile(path) else None


def changed(files: dict[str, tuple[int, int]]) -> str | None:
    """The first loaded file that is not as it was read, if any."""
    for path, seen in files.items():
        if _stat(path) != seen:
            return path
    return None


class Runner:
    def __init__(self, where: Path, files: dict[str, tuple[int, int]], lock_fd: int) -> None:
        self.where, self.files, self.lock_fd = where, files, lock_fd
        self.sock_path = _paths(where, key())[0]
        self.idle = float(os.environ.get(IDLE_ENV) or IDLE_SECONDS)
        self.started = self.last = time.time()
        self.runs = 0
        self.running: dict[int, socket.socket] = {}   # a run's pid: its client
        self.doomed: dict[int, float] = {}            # a run whose client went: when to kill
        self.selector = selectors.DefaultSelector()
        self.listener: socket.socket | None = None
        self.wake_r, self.wake_w = os.pipe()

    # ------------------------------------------------------------ setting up

    def listen(self) -> None:
        with suppress(FileNotFoundError):
            self.sock_path.unlink()   # a dead runner's (we hold the lock: no live one's)
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(str(self.sock_path))
        os.chmod(self.sock_path, 0o600)
        self.sock_ino = os.stat(self.sock_path).st_ino   # ours, not a later runner's
        self.listener.listen(64)
        self.selector.register(self.listener, selectors.EVENT_READ, "accept")
        for fd in (self.wake_r, self.wake_w):
            os.set_blocking(fd, False)
        self.selector.register(self.wake_r, selectors.EVENT_READ, "wake")
        signal.set_wakeup_fd(self.wake_w)
        signal.signal(signal.SIGCHLD, lambda *_: None)
        signal.signal(signal.SIGTERM, lambda *_: self.stop_listening())
        signal.signal(signal.SIGINT, lambda *_: self.stop_listening())

    def stop_listening(self) -> None:
        """No new runs: the socket goes (a new runner may start), the lock with it."""
        if self.listener is None:
            return
        self.selector.unregister(self.listener)
        with suppress(OSError):
            if os.stat(self.sock_path).st_ino == self.sock_ino:
                self.sock_path.unlink()
        self.listener.close()
        self.listener = None
        os.close(self.lock_fd)
        self.lock_fd = -1

    # ------------------------------------------------------------ the loop

    def serve(self) -> None:
        while self.listener is not None or self.running:
            events = self.selector.select(self._timeout())
            for item, _mask in events:
                if item.data == "accept":
                    self._accept()
                elif item.data == "wake":
                    self._reap()
                elif isinstance(item.data, tuple):
                    self._learn(item.fd, item.data[1])
                else:
                    self._client_readable(item.fileobj, item.data)
            self._kill_doomed()
            if self.listener is not None and not self.running and \
                    time.time() - self.last >= self.idle:
                self.stop_listening()

    def _timeout(self) -> float | None:
        if self.doomed:
            return max(0.0, min(self.doomed.values()) - time.monotonic())
        if self.running or self.listener is None:
            return None
        return max(0.0, self.last + self.idle - time.time())

    def _accept(self) -> None:
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        conn.settimeout(5.0)
        try:
            self._answer(conn, *receive(conn))
        except (OSError, ValueError) as exc:
            print(f"a request was refused: {exc}", file=sys.stderr, flush=True)
            conn.close()

    def _answer(self, conn: socket.socket, request: dict, fds: list[int]) -> None:
        kind = request.get("kind")
        if _peer_uid(conn) != os.getuid():
            raise ValueError("from another user")
        if kind == "status":
            send_message(conn, self.status())
            conn.close()
        elif kind == "stop":
            self.stop_listening()
            send_message(conn, {"stopped": True})
            conn.close()
        elif kind == "run" and len(fds) == 3:
            self._run(conn, request, fds)
        else:
            raise ValueError(f"not a request this runner knows ({kind!r})")
        for fd in fds:
            os.close(fd)

    def _run(self, conn: socket.socket, request: dict, fds: list[int]) -> None:
        stale = changed(self.files)
        if stale is not None or self.listener is None:
            print(f"stale: {stale} changed" if stale else "stopping: a run refused",
                  file=sys.stderr, flush=True)
            send_message(conn, {"stale": True})
            conn.close()
            self.stop_listening()
            return
        learn_r, learn_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            conn.close()
            os.close(learn_r)
            self._child(request, fds, learn_w)   # never returns
        os.close(learn_w)
        with suppress(OSError):
            os.setpgid(pid, pid)   # as the copy does: a signal sent at once finds its group
        self.selector.register(learn_r, selectors.EVENT_READ, ("learn", bytearray()))
        self.runs += 1
        self.last = time.time()
        self.running[pid] = conn
        conn.settimeout(None)
        send_message(conn, {"pid": pid})
        self.selector.register(conn, selectors.EVENT_READ, pid)

    def _client_readable(self, conn: socket.socket, pid: int) -> None:
        try:
            data = conn.recv(4096)
        except OSError:
            data = b""
        if not data:   # the client went away (killed): so does its run
            self.selector.unregister(conn)
            with suppress(OSError):
                os.killpg(pid, signal.SIGTERM)
            self.doomed[pid] = time.monotonic() + KILL_AFTER

    def _learn(self, fd: int, got: bytearray) -> None:
        """A run's password hashes, for the runs after it (each made once, not per run)."""
        try:
            data = os.read(fd, 65536)
        except OSError:
            data = b""
        if data:
            got += data
            return
        self.selector.unregister(fd)
        os.close(fd)
        with suppress(ValueError, TypeError, AttributeError):
            learned = json.loads(got or b"{}")
            from core import passwords, world

            if len(world._HASHES) < HASHES_KEPT:
                world.learn_hashes(dict(learned.get("hashes") or {}))
                passwords.learn_made(dict(learned.get("made") or {}))

    def _kill_doomed(self) -> None:
        now = time.monotonic()
        for pid, when in list(self.doomed.items()):
            if when <= now:
                with suppress(OSError):
                    os.killpg(pid, signal.SIGKILL)
                del self.doomed[pid]

    def _reap(self) -> None:
        with suppress(OSError):
            while os.read(self.wake_r, 512):
                pass
        while self.running:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            conn = self.running.pop(pid, None)
            self.doomed.pop(pid, None)
            self.last = time.time()
            if conn is not None:
                with suppress(OSError, KeyError, ValueError):
                    self.selector.unregister(conn)
                with suppress(OSError):
                    send_message(conn, {"code": os.waitstatus_to_exitcode(status)})
                conn.close()

    def status(self) -> dict:
        from core import world

        return {"pid": os.getpid(), "root": str(ROOT), "started": self.started,
                "runs": self.runs, "running": len(self.running), "pids": sorted(self.running),
                "idle": self.idle, "rss_mb": _rss_mb(), "hashes": len(world.known_hashes())}

    # ------------------------------------------------------------ a run's copy

    def _child(self, request: dict, fds: list[int], learn_fd: int) -> None:
        code = 1
        try:
            os.setpgid(0, 0)
            self._leave_the_runner()
            _teach_the_runner(learn_fd)
            _take_over(request, fds)
            code = _run_main(request["argv"])
        except SystemExit as exc:   # said already
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:  # noqa: BLE001 - said on the client's stderr
            with suppress(Exception):
                traceback.print_exc()
        finally:
            from gui.flows.shards import quit_now

            quit_now(code)

    def _leave_the_runner(self) -> None:
        signal.set_wakeup_fd(-1)
        for signum in (signal.SIGCHLD, signal.SIGTERM):
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        for conn in self.running.values():
            conn.close()
        for item in list(self.selector.get_map().values()):
            if isinstance(item.data, tuple):
                os.close(item.fd)   # another run's pipe
        self.selector.close()
        if self.listener is not None:
            self.listener.close()
        for fd in (self.wake_r, self.wake_w, self.lock_fd):
            if fd >= 0:
                os.close(fd)


def _teach_the_runner(fd: int) -> None:
    """Once this run's hashes are made (before its workers fork), send the runner the new
    ones: the next run's copy starts with them, as this run's workers do."""
    from core import passwords, world

    before_hashes, before_made = world.known_hashes(), passwords.made_hashes()

    def send() -> None:
        hashes = {k: v for k, v in world.known_hashes().items() if k not in before_hashes}
        made = {k: v for k, v in passwords.made_hashes().items() if k not in before_made}
        with suppress(OSError), os.fdopen(fd, "wb") as pipe:
            pipe.write(json.dumps({"hashes": hashes, "made": made}).encode())
        world.settled_listeners.remove(send)

    world.settled_listeners.append(send)


def _take_over(request: dict, fds: list[int]) -> None:
    """Become the client: its stdin, stdout and stderr (as it had them), folder, settings."""
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    streams = request["streams"]
    sys.stdin = _stream(0, "r", streams[0])
    sys.stdout = _stream(1, "w", streams[1])
    sys.stderr = _stream(2, "w", streams[2], line_buffering=True)
    try:
        os.chdir(request["cwd"])
    except OSError as exc:
        print(f"error: cannot run in {request['cwd']}: {exc.strerror}", file=sys.stderr)
        raise SystemExit(1) from None
    os.environ.clear()
    os.environ.update(request["env"])
    time.tzset()   # the client's TZ, if it has one
    os.umask(int(request["umask"]))
    sys.argv = list(request["argv"])


def _stream(fd: int, mode: str, how: dict, line_buffering: bool = False):
    lines = line_buffering or (mode == "w" and how["tty"])   # as Python makes them
    return open(fd, mode, buffering=1 if lines else -1, encoding=how["encoding"],  # noqa: SIM115
                errors=how["errors"], closefd=False)


def _run_main(argv: list[str]) -> int:
    import b24_delete_account
    from gui.flows import warm

    warm.INSIDE = True

    try:
        return b24_delete_account.main()   # `test` ends the process itself (quit_now)
    except SystemExit as exc:   # argparse's errors and --help
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
            return 1
        return int(exc.code or 0)


def receive(conn: socket.socket) -> tuple[dict, list[int]]:
    """One request: a JSON line, with up to three file descriptors on its first bytes."""
    fds = array.array("i")
    data, ancillary, _flags, _addr = conn.recvmsg(65536, socket.CMSG_SPACE(3 * fds.itemsize))
    for level, kind, payload in ancillary:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            fds.frombytes(payload[:len(payload) - len(payload) % fds.itemsize])
    received = list(fds)
    try:
        while not data.endswith(b"\n"):
            more = conn.recv(65536)
            if not more or len(data) > MAX_REQUEST:
                raise ValueError("the request ended before its line did")
            data += more
        return json.loads(data), received
    except (OSError, ValueError):
        for fd in received:
            os.close(fd)
        raise


def _peer_uid(conn: socket.socket) -> int:
    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return struct.unpack("3i", creds)[1]


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            pages = int(f.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def serve(where: Path, parent: int) -> int:
    """The runner's life: lock its name, wait for its cold run, import, serve, end."""
    sock_path, lock_path, _log = _paths(where, key())
    lock_fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return 0   # another runner has this name
    _wait_for_exit(parent)
    os.chdir(ROOT)
    files = preload()
    runner = Runner(where, files, lock_fd)
    runner.listen()
    print(f"serving {ROOT} on {sock_path} (pid {os.getpid()}, {len(files)} files watched)",
          file=sys.stderr, flush=True)
    runner.serve()
    return 0
