"""``newsdesk worker`` processes forked from one Python that imported the worker and the
stages once, for the tests of what workers do with runs (not of how one starts).

A fresh interpreter spends about 3 s of processor time importing what a worker's tasks
run (the stages, the editor, the store: numpy, SciPy, SQLAlchemy, jieba); the Celery
tests started some 25 of them.  Here a template process pays that once per test process
and forks each worker from itself: every worker is still a process of its own with its
own pid, started as ``python -m newsdesk ... worker`` starts (``newsdesk.__main__`` run
with those arguments, its own working folder, environment and output file), on the real
broker, and it is signalled, killed and waited for as a child process is.  What a cold
start loads and how soon it answers stay the subject of ``test_worker_start.py``,
``test_engine_setup.py`` and the idle stop of ``test_worker_stop.py``, which start
interpreters of their own.

Run as a script, this file is the template; :class:`Template` starts and talks to it.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import IO, Any

SRC = Path(__file__).resolve().parents[2] / "src"
#: How often the template looks for ended workers while some run (seconds).
REAP_SECONDS = 0.05


def _preload() -> None:
    """Everything a worker imports, at its start and for its tasks, and jieba's
    dictionary and tags, which the editor loads on its first Chinese text."""
    import jieba
    import jieba.posseg

    import newsdesk.cli
    import newsdesk.workers._worker  # noqa: F401
    from newsdesk.workers._tasks import import_stages

    import_stages()
    jieba.dt.check_initialized()
    assert jieba.posseg.dt.word_tag_tab


def _exit_code(code: object) -> int:
    """The process's exit code for ``SystemExit(code)``, as Python gives it."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def _run_worker(request: dict[str, Any], streams: list[int]) -> None:
    """In the forked child: ``python -m newsdesk ARGS``, or ``python -c CODE ARGS`` for a
    request with ``code``, with the request's folder, environment and standard streams
    (``streams``: its input, output and errors), then Python's own exit (threads
    joined, exit handlers run, output flushed); never returns."""
    code = 1
    try:
        for target, stream in enumerate(streams):
            os.dup2(stream, target)
        for stream in set(streams):
            os.close(stream)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        import runpy

        try:
            if request.get("code") is None:
                sys.path[0] = request["cwd"]  # as ``python -m`` has it
                sys.argv = ["newsdesk", *request["args"]]
                runpy.run_module("newsdesk", run_name="__main__", alter_sys=True)
            else:
                sys.path[0] = ""  # as ``python -c`` has it
                sys.argv = ["-c", *request["args"]]
                main = sys.modules["__main__"] = ModuleType("__main__")
                exec(compile(request["code"], "<string>", "exec"), main.__dict__)
            code = 0
        except SystemExit as stop:
            code = _exit_code(stop.code)
        threading._shutdown()  # what Python's exit does first: non-daemon threads joined
        import atexit

        atexit._run_exitfuncs()
    except BaseException:  # reported as an uncaught exception would be, exit 1
        import traceback

        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(code)


def _serve(control: socket.socket) -> None:
    """Fork a worker for each request on ``control``; tell each its end on its own socket."""
    selector = selectors.DefaultSelector()
    selector.register(control, selectors.EVENT_READ)
    running: dict[int, socket.socket] = {}
    while True:
        ready = selector.select(REAP_SECONDS if running else None)
        for pid in list(running):
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                told = running.pop(pid)
                told.sendall(f"{os.waitstatus_to_exitcode(status)}\n".encode())
                told.close()
        if not ready:
            continue
        message, fds, _, _ = socket.recv_fds(control, 1 << 20, 3)
        if not message:  # the test process is done: no worker outlives it
            for pid in running:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            return
        mine, theirs = socket.socketpair()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            selector.close()
            control.close()
            for other in (mine, theirs, *running.values()):
                other.close()
            _run_worker(json.loads(message), fds)
        for stream in fds:
            os.close(stream)
        socket.send_fds(control, [str(pid).encode()], [theirs.fileno()])
        theirs.close()
        running[pid] = mine


class Worker:
    """A forked worker, as much of :class:`subprocess.Popen` as the tests and
    :func:`~newsdesk.workers.worker_processes` use."""

    def __init__(self, args: Sequence[str], pid: int, told: socket.socket) -> None:
        self.args = list(args)
        self.pid = pid
        self.returncode: int | None = None
        self._told = told

    def poll(self) -> int | None:
        if self.returncode is None:
            self._told.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                self._read()
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None:
            self._told.settimeout(timeout)
            try:
                self._read()
            except TimeoutError:
                raise subprocess.TimeoutExpired(self.args, timeout or 0) from None
        assert self.returncode is not None
        return self.returncode

    def _read(self) -> None:
        said = self._told.recv(64)
        assert said, "the template process ended before its worker"
        self.returncode = int(said)
        self._told.close()

    def send_signal(self, sig: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, sig)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


class Process(Worker):
    """A forked command with its streams as pipes of text, as much of
    :class:`subprocess.Popen` (``text=True``, every stream a pipe) as the tests use."""

    def __init__(
        self, args: Sequence[str], pid: int, told: socket.socket, streams: Sequence[IO[str]]
    ) -> None:
        super().__init__(args, pid, told)
        self.stdin, self.stdout, self.stderr = streams

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        """Its input closed, what it writes until it ends, and its end waited for."""
        self.stdin.close()
        said: dict[int, str] = {}
        readers = [
            threading.Thread(target=lambda n=n, s=s: said.__setitem__(n, s.read()), daemon=True)
            for n, s in enumerate((self.stdout, self.stderr))
        ]
        for reader in readers:
            reader.start()
        for reader in readers:
            reader.join(timeout)
            if reader.is_alive():
                raise subprocess.TimeoutExpired(self.args, timeout or 0)
        self.stdout.close()
        self.stderr.close()
        self.wait(timeout)
        return said[0], said[1]


class Template:
    """The template process: started with this checkout's source, stopped (and waited
    for, so that its processor time is the test process's) by :meth:`close`.

    ``env`` is what it starts with (default: this process's); ``terminal`` starts it
    with Ctrl+C at its default, as a terminal starts a command (a test runner's child
    may inherit it ignored), for the commands that :meth:`start` forks."""

    def __init__(self, env: dict[str, str] | None = None, *, terminal: bool = False) -> None:
        ours, its = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._control = ours
        self._lock = threading.Lock()
        self._process = subprocess.Popen(
            [sys.executable, __file__, str(its.fileno())],
            env=(os.environ if env is None else env) | {"PYTHONPATH": str(SRC)},
            pass_fds=[its.fileno()],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_DFL)) if terminal else None,
        )
        its.close()
        assert self._process.stdout is not None
        ready = self._process.stdout.readline()
        assert ready == b"ready\n", f"the template process did not start: {ready!r}"
        #: How many workers were forked: a test that asked for preloaded workers and forked
        #: none started them some other way (``_processes`` no longer calls ``Popen``).
        self.forked = 0
        #: The ``subprocess`` that :func:`~newsdesk.workers.worker_processes` is given.
        self.subprocess = SimpleNamespace(
            Popen=self.popen, STDOUT=subprocess.STDOUT, TimeoutExpired=subprocess.TimeoutExpired
        )

    def _fork(self, request: dict[str, Any], streams: Sequence[int]) -> tuple[int, socket.socket]:
        """The child's pid, and the socket on which its end is told."""
        with self._lock:
            socket.send_fds(self._control, [json.dumps(request).encode()], list(streams))
            pid, fds, _, _ = socket.recv_fds(self._control, 64, 1)
        self.forked += 1
        return int(pid), socket.socket(fileno=fds[0])

    def popen(
        self,
        command: Sequence[str],
        *,
        stdout: IO[bytes],
        stderr: int | None = None,
        env: dict[str, str] | None = None,
    ) -> Worker:
        """``command`` (``python -m newsdesk ARGS``) forked, its output and errors both to
        ``stdout``, as worker_processes starts it."""
        assert list(command[:3]) == [sys.executable, "-m", "newsdesk"], command
        assert stderr == subprocess.STDOUT
        request = {
            "args": list(command[3:]),
            "cwd": os.getcwd(),
            "env": dict(os.environ if env is None else env),
        }
        with open(os.devnull, "rb") as nothing:
            pid, told = self._fork(request, [nothing.fileno(), stdout.fileno(), stdout.fileno()])
        return Worker(command, pid, told)

    def start(
        self, args: Sequence[str], *, cwd: Path, env: dict[str, str], code: str | None = None
    ) -> Process:
        """``python -m newsdesk ARGS`` (``python -c CODE ARGS`` with ``code``) forked in
        ``cwd`` with ``env``, its input, output and errors pipes of text."""
        request = {"args": list(args), "cwd": str(cwd), "env": env, "code": code}
        pipes = [os.pipe() for _ in range(3)]
        theirs = [pipes[0][0], pipes[1][1], pipes[2][1]]
        try:
            pid, told = self._fork(request, theirs)
        finally:
            for end in theirs:
                os.close(end)
        ours = [(pipes[0][1], "w"), (pipes[1][0], "r"), (pipes[2][0], "r")]
        streams = [os.fdopen(end, mode, encoding="utf-8") for end, mode in ours]
        shown = [sys.executable, "-m", "newsdesk"] if code is None else [sys.executable, "-c"]
        return Process([*shown, *args], pid, told, streams)

    def close(self) -> None:
        self._control.close()
        self._process.wait(60)
        assert self._process.stdout is not None
        self._process.stdout.close()


def _main(fd: int) -> None:
    control = socket.socket(fileno=fd)
    _preload()
    assert threading.active_count() == 1, "a thread would not be forked with the template"
    print("ready", flush=True)
    _serve(control)


if __name__ == "__main__":
    _main(int(sys.argv[1]))
