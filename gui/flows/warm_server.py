"""The warm runner's side (gui/flows/warm.py says what it is for and how a client uses it).

One process, one thread: a selector over its socket, its clients' connections, the pipes
its runs send their password hashes back on, and a pipe that signals wake (their handlers
only set a flag; the loop does the work). Each run is a fork, made with those signals
blocked: the copy takes the client's stdin, stdout and stderr, folder, environment, umask,
limits and ignored signals, and runs ``main()`` in a process group of its own; this process
tells the client the copy's pid, then its exit status.
"""

from __future__ import annotations

import array
import builtins
import fcntl
import io
import json
import math
import os
import resource
import selectors
import signal
import socket
import struct
import sys
import time
import traceback
from contextlib import suppress
from pathlib import Path

from gui.flows.warm import (
    FORWARDED,
    IDLE_ENV,
    IDLE_SECONDS,
    KILL_AFTER,
    LIMITS,
    ROOT,
    _paths,
    key,
    send_message,
)

MAX_REQUEST = 1 << 20
HASHES_KEPT = 1024   # distinct passwords a runner keeps hashes of
WAKING = {signal.SIGCHLD, signal.SIGTERM, signal.SIGINT}
Seen = tuple[int, int, int, int] | None   # a file's inode, size, mtime, ctime; None: absent
COARSE_NS = 20_000_000   # a file's times come from the kernel's coarse clock, a tick behind


def _wait_for_exit(pid: int, seconds: float = 120.0) -> None:
    """Let the cold run that started us finish first (both cores are its)."""
    deadline = time.monotonic() + seconds
    while pid > 0 and time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except OSError:
            return
        time.sleep(0.05)


def preload(since: int) -> tuple[dict[str, Seen], bool]:
    """Import what a run imports. Returns the files read meanwhile (each module, this one's
    too, and any file opened, present or not) as they are now, and whether every one was as
    it is now all along: one changed after ``since`` (just before this process was started)
    may have been read before its change."""
    opened: set[str] = set()
    real_open, real_io_open = builtins.open, io.open

    def recording_open(file, mode="r", *args, **kwargs):
        if isinstance(file, (str, bytes, os.PathLike)) and not set(mode) & set("wax+"):
            opened.add(os.path.abspath(os.fsdecode(os.fspath(file))))   # read, not written
        return real_open(file, mode, *args, **kwargs)

    builtins.open = io.open = recording_open
    try:
        import babel.messages.pofile  # noqa: F401 - a run in another language reads it

        import b24_delete_account
        from gui.flows.shards import preload_for_fork

        b24_delete_account.build_parser()   # imports the flow commands' modules
        preload_for_fork()
    finally:
        builtins.open, io.open = real_open, real_io_open
    modules = {m.__file__ for m in list(sys.modules.values())
               if isinstance(getattr(m, "__file__", None), str)}
    files = {f: _stat(f) for f in opened | modules}
    files = {f: s for f, s in files.items() if s is not None or f in opened}
    steady = all(s is None or s[3] < since - COARSE_NS for s in files.values())
    return files, steady


def _stat(path: str) -> Seen:
    try:
        info = os.stat(path)
    except OSError:
        return None
    # ctime too: cp -p, rsync -t or touch -d can put an old mtime back, never an old ctime
    return (info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def changed(files: dict[str, Seen]) -> str | None:
    """The first file read while importing that is not as it was (or has appeared)."""
    for path, seen in files.items():
        if _stat(path) != seen:
            return path
    return None


def idle_seconds() -> float:
    try:
        value = float(os.environ.get(IDLE_ENV) or IDLE_SECONDS)
    except ValueError:
        return IDLE_SECONDS
    return value if math.isfinite(value) and value >= 0 else IDLE_SECONDS


class Runner:
    def __init__(self, where: Path, files: dict[str, Seen], lock_fd: int) -> None:
        self.where, self.files, self.lock_fd = where, files, lock_fd
        self.sock_path = _paths(where, key())[0]
        self.sock_ino = -1
        self.idle = idle_seconds()
        self.started = self.last = time.time()
        self.runs = 0
        self.running: dict[int, socket.socket] = {}   # a run's pid: its client
        self.doomed: dict[int, float] = {}            # a run whose client went: when to kill
        self.selector = selectors.DefaultSelector()
        self.listener: socket.socket | None = None
        self.wake_r, self.wake_w = os.pipe()
        self.stop_asked = False

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
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: setattr(self, "stop_asked", True))

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
                try:
                    self._event(item)
                except Exception:  # noqa: BLE001 - one bad event must not end the runs
                    print("an event went wrong:", file=sys.stderr)
                    traceback.print_exc()
            self._kill_doomed()
            if self.stop_asked or (self.listener is not None and not self.running
                                   and time.time() - self.last >= self.idle):
                self.stop_listening()

    def _event(self, item) -> None:
        if item.data == "accept":
            if self.listener is not None:
                self._accept()
        elif item.data == "wake":
            self._reap()
        elif isinstance(item.data, tuple):
            self._learn(item.fd, item.data[1])
        else:
            self._client_readable(item.fileobj, item.data)

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
        fds: list[int] = []
        try:
            request, fds = receive(conn)
            if _peer_uid(conn) != os.getuid():
                raise ValueError("from another user")
            self._answer(conn, request, fds)
        except (OSError, ValueError) as exc:
            print(f"a request was refused: {exc}", file=sys.stderr, flush=True)
            conn.close()
        finally:
            for fd in fds:   # the copy has its own (dup2); ours would keep the client's open
                with suppress(OSError):
                    os.close(fd)

    def _answer(self, conn: socket.socket, request: dict, fds: list[int]) -> None:
        kind = request.get("kind")
        if kind == "status":
            send_message(conn, self.status())
            conn.close()
        elif kind == "stop":
            self.stop_listening()
            send_message(conn, {"stopped": True})
            conn.close()
        elif kind == "run" and len(fds) == 3 and _run_request(request):
            self._run(conn, request, fds)
        else:
            raise ValueError(f"not a request this runner knows ({kind!r})")

    def _run(self, conn: socket.socket, request: dict, fds: list[int]) -> None:
        stale = changed(self.files)
        if stale is not None or self.listener is None:
            print(f"stale: {stale} changed" if stale else "stopping: a run refused",
                  file=sys.stderr, flush=True)
            self.stop_listening()   # first: the runner the client starts now gets the lock
            send_message(conn, {"stale": True})
            conn.close()
            return
        if _gone(conn):
            raise ValueError("its client went away before it began")
        pid = self._fork(conn, request, fds)
        self.runs += 1
        self.last = time.time()
        self.running[pid] = conn
        conn.settimeout(None)
        self.selector.register(conn, selectors.EVENT_READ, pid)
        try:
            send_message(conn, {"pid": pid})
        except OSError:   # gone meanwhile: its run goes too
            self._client_gone(conn, pid)

    def _fork(self, conn: socket.socket, request: dict, fds: list[int]) -> int:
        learn_r, learn_w = os.pipe()
        signal.pthread_sigmask(signal.SIG_BLOCK, WAKING)   # none runs our handlers in the copy
        try:
            pid = os.fork()
            if pid == 0:
                os.close(learn_r)
                self._child(conn, request, fds, learn_w)   # never returns
        except BaseException:   # no fork: no pipe either
            os.close(learn_r)
            os.close(learn_w)
            raise
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, WAKING)
        os.close(learn_w)
        with suppress(OSError):
            os.setpgid(pid, pid)   # as the copy does: a signal sent at once finds its group
        self.selector.register(learn_r, selectors.EVENT_READ, ("learn", bytearray()))
        return pid

    def _client_readable(self, conn: socket.socket, pid: int) -> None:
        try:
            data = conn.recv(4096)
        except OSError:
            data = b""
        if not data:   # the client went away (killed): so does its run
            self._client_gone(conn, pid)

    def _client_gone(self, conn: socket.socket, pid: int) -> None:
        if pid not in self.running:   # reaped in this same batch of events: nothing to end
            return
        with suppress(KeyError, ValueError):
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
        if data and len(got) < MAX_REQUEST:
            got += data
            return
        self.selector.unregister(fd)
        os.close(fd)
        with suppress(ValueError, TypeError, AttributeError):
            learned = json.loads(got or b"{}")
            from core import passwords, world

            if len(world.known_hashes()) < HASHES_KEPT:
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
                with suppress(KeyError, ValueError):
                    self.selector.unregister(conn)
                with suppress(OSError):
                    send_message(conn, {"code": os.waitstatus_to_exitcode(status)})
                conn.close()

    def status(self) -> dict:
        from core import world

        return {"pid": os.getpid(), "root": str(ROOT), "key": key(), "started": self.started,
                "runs": self.runs, "running": len(self.running), "pids": sorted(self.running),
                "idle": self.idle, "rss_mb": _rss_mb(), "hashes": len(world.known_hashes())}

    # ------------------------------------------------------------ a run's copy

    def _child(self, conn: socket.socket, request: dict, fds: list[int], learn_fd: int,
               ) -> None:
        code = 1
        try:
            os.setpgid(0, 0)
            self._leave_the_runner(conn, fds, learn_fd)
            _teach_the_runner(learn_fd)
            _take_over(request, fds)
            code = _run_main()
        except SystemExit as exc:   # said already
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except KeyboardInterrupt:
            code = 130
        except BaseException:  # noqa: BLE001 - said on the client's stderr
            with suppress(Exception):
                traceback.print_exc()
        finally:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})   # ending: no way back
            from gui.flows.shards import quit_now

            quit_now(code)

    def _leave_the_runner(self, conn: socket.socket, fds: list[int], learn_fd: int) -> None:
        """Drop everything of the runner's: its handlers (then the signals it blocked for
        the fork come in as the client's would), its sockets and every other descriptor."""
        signal.set_wakeup_fd(-1)
        for signum in (signal.SIGCHLD, signal.SIGTERM):
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        for other in [*self.running.values(), conn]:
            other.close()
        self.selector.close()
        if self.listener is not None:
            self.listener.close()
        keep = sorted({learn_fd, *fds})
        low = 3
        for fd in keep:
            os.closerange(low, fd)
            low = fd + 1
        os.closerange(low, os.sysconf("SC_OPEN_MAX"))
        signal.pthread_sigmask(signal.SIG_UNBLOCK, WAKING)


def _run_request(request: dict) -> bool:
    """Whether a run's request has the parts a copy uses, of the right kinds."""
    try:
        return (all(isinstance(a, str) for a in request["argv"])
                and isinstance(request["cwd"], str) and isinstance(request["umask"], int)
                and all(isinstance(k, str) and isinstance(v, str)
                        for k, v in request["env"].items())
                and len(request["streams"]) == 3
                and all(isinstance(s["encoding"], str) and isinstance(s["errors"], str)
                        for s in request["streams"]))
    except (KeyError, TypeError, AttributeError):
        return False


def _gone(conn: socket.socket) -> bool:
    """Whether the client has hung up already (it waits for our answer, sending nothing)."""
    import select

    poller = select.poll()
    poller.register(conn, select.POLLIN | getattr(select, "POLLRDHUP", 0))
    return bool(poller.poll(0))


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
    """Become the client: its stdin, stdout and stderr (as it had them), folder, settings,
    limits and the signals it ignores."""
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    streams = request["streams"]
    sys.stdin = _stream(0, "r", streams[0])
    sys.stdout = _stream(1, "w", streams[1])
    sys.stderr = _stream(2, "w", streams[2], line_buffering=True)
    ignored = set(request.get("ignored") or [])
    for signum in FORWARDED:   # as the client has them, not as the runner was started
        default = signal.default_int_handler if signum == signal.SIGINT else signal.SIG_DFL
        signal.signal(signum, signal.SIG_IGN if signum in ignored else default)
    _limits(request)
    try:
        os.chdir(request["cwd"])
    except OSError as exc:
        print(f"error: cannot run in {request['cwd']}: {exc.strerror}", file=sys.stderr)
        raise SystemExit(1) from None
    os.environ.clear()
    os.environ.update(request["env"])
    time.tzset()   # the client's TZ, if it has one
    os.umask(request["umask"])
    sys.argv = list(request["argv"])


def _limits(request: dict) -> None:
    """The client's resource limits and nice value, where we may take them (a limit
    cannot rise above the runner's hard one, nor the priority above the runner's)."""
    for name, (soft, hard) in (request.get("limits") or {}).items():
        if name in LIMITS:
            with suppress(OSError, ValueError):
                resource.setrlimit(getattr(resource, name), (soft, hard))
    if isinstance(request.get("nice"), int):
        with suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, 0, request["nice"])


def _stream(fd: int, mode: str, how: dict, line_buffering: bool = False):
    """A stream built as Python builds its own: line buffered on a terminal (stderr always),
    written through under -u / PYTHONUNBUFFERED."""
    raw = io.FileIO(fd, mode, closefd=False)
    buffered = io.BufferedReader(raw) if mode == "r" else io.BufferedWriter(raw)
    return io.TextIOWrapper(buffered, encoding=how["encoding"], errors=how["errors"],
                            line_buffering=line_buffering or (mode == "w" and how.get("tty")),
                            write_through=bool(how.get("write_through")))


def _run_main() -> int:
    import b24_delete_account
    from gui.flows import warm

    warm.INSIDE = True
    return b24_delete_account.main()   # `test` ends the process itself (quit_now)


def receive(conn: socket.socket) -> tuple[dict, list[int]]:
    """One request: a JSON object on one line, with up to three file descriptors."""
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
        request = json.loads(data)
        if not isinstance(request, dict):
            raise ValueError("a request is one JSON object")
        return request, received
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


def _locked(fd: int, seconds: float = 2.0) -> bool:
    """The name's lock, waited for a little (a stale runner may be letting it go)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            if time.monotonic() >= deadline:
                os.close(fd)
                return False
            time.sleep(0.05)


def serve(where: Path, parent: int, since: int) -> int:
    """The runner's life: lock its name, wait for its cold run, import, serve, end."""
    sock_path, lock_path, _log = _paths(where, key())
    lock_fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    if not _locked(lock_fd):
        print(f"not serving: another runner has this name (pid {os.getpid()})",
              file=sys.stderr, flush=True)
        return 0
    print(f"starting (pid {os.getpid()}): waiting for pid {parent}", file=sys.stderr, flush=True)
    _wait_for_exit(parent)
    os.chdir(ROOT)
    files, steady = preload(since)
    if not steady:   # a file changed while we imported: the next run starts a fresh runner
        print("not serving: a file changed while it was imported", file=sys.stderr)
        return 1
    runner = Runner(where, files, lock_fd)
    runner.listen()
    print(f"serving {ROOT} on {sock_path} (pid {os.getpid()}, {len(files)} files watched)",
          file=sys.stderr, flush=True)
    runner.serve()
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print("usage: python -m gui.flows.warm_server FOLDER PID SINCE_NS (main.py test "
              "starts it)", file=sys.stderr)
        sys.exit(2)
    sys.exit(serve(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])))
