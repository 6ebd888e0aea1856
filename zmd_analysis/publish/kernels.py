"""Warm kernels: a fresh kernel per report, with the heavy imports already done.

A *kernel forker* process imports ipykernel (with its debugger), pandas, plotly and the
package once, builds one throwaway chart and loads the data into the access layer's
caches (recording no read), and then forks one child per report; each child becomes an
ordinary IPython kernel on the connection file jupyter_client wrote for it. A fork copies
the parent's memory, so every kernel starts with that work done and with nothing any
other report did: no state passes from one report to the next. The forker never runs a
notebook; the data caches are keyed by the files' state (path, size, modification time),
so a kernel whose data changed since loads its own. A forker lives for one build, or
for a Dask worker's life; an edit that keeps a file's size and modification time to the
nanosecond is the one change its kernels would not see.

:class:`KernelPool` keeps a few such kernels started ahead of need; a kernel that died
while waiting is replaced, never handed out. Used kernels are shut down.

Kernels start in ``notebooks/`` (the forker runs there; no process-wide ``os.chdir``),
so builds in threads never race on the working directory (papermill #473).
"""

from __future__ import annotations

import asyncio
import json
import os
import queue
import signal
import subprocess
import sys
import threading
from functools import lru_cache
from typing import Any

from ..access.paths import notebooks_dir
from .notebooks import KERNEL, KERNEL_ARGS

# run in a kernel that was not forked: the imports and the throwaway chart of warm_up
# (not the data preload, nor ipykernel's debugger, which such a kernel imports itself)
WARM_CODE = (
    "from zmd_analysis.publish.kernels import warm_up as _zmd_warm_up\n"
    "_zmd_warm_up()\ndel _zmd_warm_up"
)
START_TIMEOUT = 60


# --- the forker ------------------------------------------------------------------------


def warm_up() -> None:
    """What every report does first, done once before any notebook is assigned: import
    pandas, plotly and the package, and build and serialize one throwaway chart, so that
    plotly's lazily imported figure classes and validators are loaded (about 70 ms a
    kernel otherwise). Reads no data and changes no default: the chart names its template."""
    import pandas as pd
    import plotly.graph_objects as go
    import plotly.io  # noqa: F401

    from ..analysis import base_effect, context  # noqa: F401
    from ..report import charts, sections, sentences, show  # noqa: F401

    fig = go.Figure(layout={"template": charts.TEMPLATE})
    fig.add_bar(
        x=[0],
        y=[1],
        error_y={"array": [0]},
        textfont={"size": 1},
        marker={"color": "#000", "pattern": {"shape": ""}},
    )
    fig.add_bar(y=["a"], x=[1], orientation="h", error_x={"array": [0]})
    fig.add_scatter(
        x=[0],
        y=[1],
        mode="lines+markers",
        line={"width": 1},
        marker={"line": {"width": 1}},
        error_y={"array": [0]},
    )
    fig.add_annotation(text="", font={"size": 1})
    fig.add_shape(type="line", x0=0, x1=1, y0=0, y1=1, line={"width": 1})
    fig.update_xaxes(title_text="x")
    fig.update_yaxes(title_text="y")
    fig.to_json()
    pd.DataFrame({"a": [1]}).to_html()
    sentences.templates()


def _preload_data() -> None:
    """The data loaded and indexed in the forker (each kernel would spend ~0.1 s on it);
    malformed data is left for the build to report, with file, line and column."""
    from ..access.observations import preload

    try:
        preload()
    except Exception:
        pass


def _serve() -> None:
    """The forker's main loop (``python -m zmd_analysis.publish.kernels``): one JSON line
    ``{"connection_file": ...}`` in, the forked kernel's pid out."""
    # imported once, inherited by every fork; ipykernel.debugger (debugpy, pydevd) is
    # otherwise imported by each kernel as it starts: two thirds of a kernel's start-up
    import ipykernel.debugger
    import ipykernel.ipkernel
    import ipykernel.kernelapp  # noqa: F401

    warm_up()
    _preload_data()
    signal.signal(signal.SIGCHLD, _reap)
    print(json.dumps({"ready": os.getpid()}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:  # the kernel
            _become_kernel(request["connection_file"])
        print(json.dumps({"pid": pid}), flush=True)
    os._exit(0)  # stdin closed: the build is over (no interpreter teardown to wait for)


def _reap(*_args) -> None:
    """Collect exited kernels at once, so a dead kernel is seen as dead (not a zombie)."""
    try:
        while os.waitpid(-1, os.WNOHANG)[0] > 0:
            pass
    except ChildProcessError:
        pass


def _become_kernel(connection_file: str) -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    os.setsid()
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    sys.stdin = open(os.devnull)  # noqa: SIM115 - the kernel's stdin for its lifetime
    code = 0
    try:
        from ipykernel.kernelapp import IPKernelApp

        app = IPKernelApp.instance()
        app.initialize(
            ["-f", connection_file, *KERNEL_ARGS, f"--IPKernelApp.parent_handle={os.getppid()}"]
        )
        app.start()
    except BaseException:
        code = 1
    os._exit(code)


class Forker:
    """The forker process, and a thread-safe way to ask it for a kernel."""

    def __init__(self):
        # PYDEVD_DISABLE_FILE_VALIDATION: pydevd's frozen-modules notice (ipykernel's own
        # kernelspec sets it too) would otherwise be printed by the forker on every build
        env = {
            **os.environ,
            "OPENBLAS_NUM_THREADS": "1",
            "OMP_NUM_THREADS": "1",
            "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-m", __name__],
            cwd=notebooks_dir(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._error: str | None = None
        threading.Thread(target=self._wait_ready, daemon=True).start()

    def _wait_ready(self) -> None:
        line = self.proc.stdout.readline()
        if not line:
            self._error = f"the kernel forker exited with code {self.proc.wait()}"
        self._ready.set()

    def fork(self, connection_file: str) -> int:
        if not self._ready.wait(START_TIMEOUT) or self._error:
            raise RuntimeError(self._error or "the kernel forker did not start in time")
        with self._lock:
            self.proc.stdin.write(json.dumps({"connection_file": connection_file}) + "\n")
            self.proc.stdin.flush()
            line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the kernel forker died")
        return json.loads(line)["pid"]

    def kill(self) -> None:
        """Stop at once (a build that failed before using its kernels)."""
        self.proc.kill()
        self.proc.wait()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


class ForkedProcess:
    """The part of ``subprocess.Popen`` jupyter_client's provisioner uses, for a kernel
    that is the forker's child, not ours."""

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: int | None = None
        self.stdin = self.stdout = self.stderr = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                with open(f"/proc/{self.pid}/stat") as fh:
                    state = fh.read().rsplit(")", 1)[1].split()[0]
                if state in ("Z", "X"):
                    self.returncode = 0
            except (FileNotFoundError, ProcessLookupError):  # gone, even while being read
                self.returncode = 0
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        import time

        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(str(self.pid), timeout or 0.0)
            time.sleep(0.02)
        return self.returncode or 0

    def send_signal(self, signum: int) -> None:
        try:
            os.kill(self.pid, signum)
        except ProcessLookupError:
            pass

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


@lru_cache(maxsize=1)
def _forked_manager_class():
    from jupyter_client.manager import AsyncKernelManager

    class ForkedKernelManager(AsyncKernelManager):
        """jupyter_client's kernel manager, launching by fork from :class:`Forker`
        (``_launch_kernel`` is the documented override point)."""

        forker: Forker | None = None

        async def _async_launch_kernel(self, kernel_cmd, **kw) -> None:
            prov: Any = self.provisioner  # jupyter_client's LocalProvisioner
            if self.forker is None:
                raise RuntimeError("ForkedKernelManager needs its forker set before start")
            pid = self.forker.fork(os.path.realpath(self.connection_file))
            prov.process, prov.pid, prov.pgid = ForkedProcess(pid), pid, None
            prov.cwd = str(notebooks_dir())
            self._reconcile_connection_info(prov.connection_info)

        _launch_kernel = _async_launch_kernel

    return ForkedKernelManager


# --- kernels ------------------------------------------------------------------------------


async def _start(forker: Forker | None = None, warm: bool = True) -> object:
    from jupyter_client.manager import AsyncKernelManager

    if forker is not None:
        km = _forked_manager_class()(kernel_name=KERNEL)
        km.forker = forker
    else:
        km = AsyncKernelManager(kernel_name=KERNEL)
    await km.start_kernel(cwd=str(notebooks_dir()), extra_arguments=KERNEL_ARGS)
    kc = km.client()
    kc.start_channels()
    try:
        await kc.wait_for_ready(timeout=START_TIMEOUT)
        if forker is None and warm:  # a forked kernel has the imports already
            reply = await kc.execute_interactive(
                WARM_CODE, timeout=START_TIMEOUT, store_history=False
            )
            if reply["content"]["status"] != "ok":
                raise RuntimeError(
                    f"warm-up failed in the kernel: {reply['content'].get('evalue')}"
                )
    except BaseException:
        kc.stop_channels()
        await km.shutdown_kernel(now=True)
        raise
    kc.stop_channels()
    return km


def start_warm_kernel(forker: Forker | None = None):
    """One kernel, warm: forked from ``forker``, or started and then warmed up
    (blocking; runs its own event loop)."""
    return asyncio.run(_start(forker))


def shutdown(km) -> None:
    try:
        asyncio.run(km.shutdown_kernel(now=True))
    except Exception:
        pass


class KernelPool:
    """``size`` warm kernels kept ready by background threads; :meth:`take` hands one out
    (and starts its replacement), :meth:`discard` shuts a used one down."""

    def __init__(self, size: int, needed: int | None = None, fork: bool = True):
        self._forker = Forker() if fork and hasattr(os, "fork") else None
        self._ready: queue.Queue = queue.Queue()
        self._lock = threading.Lock()
        self._close_lock = threading.Lock()
        self._closed = False
        self._to_start = needed if needed is not None else 1 << 30  # kernels still wanted
        self._threads: list[threading.Thread] = []
        for _ in range(min(size, self._to_start)):
            self._spawn()

    def _spawn(self) -> None:
        with self._lock:
            if self._closed or self._to_start <= 0:
                return
            self._to_start -= 1
        t = threading.Thread(target=self._fill, daemon=True)
        t.start()
        self._threads.append(t)

    def _fill(self) -> None:
        try:
            km = start_warm_kernel(self._forker)
        except Exception as err:
            self._ready.put(err)
            return
        if self._closed:
            shutdown(km)
        else:
            self._ready.put(km)

    def take(self, timeout: float = 2 * START_TIMEOUT, retry: bool = False):
        """A warm, live kernel manager (raises the start-up error if a kernel failed).
        ``retry``: a report asks again after a failed start, one kernel beyond the plan."""
        if retry:
            with self._lock:
                self._to_start += 1
            self._spawn()
        while True:
            try:
                item = self._ready.get(timeout=timeout)
            except queue.Empty:
                raise RuntimeError(f"no kernel started within {timeout:.0f} s") from None
            self._spawn()
            if isinstance(item, Exception):
                with self._lock:  # the failed start is replaced for whoever asks next
                    self._to_start += 1
                raise item
            if asyncio.run(item.is_alive()):
                return item
            shutdown(item)  # died while waiting: replace it
            with self._lock:
                self._to_start += 1
            self._spawn()

    def discard(self, km) -> None:
        """Shut a used kernel down (one notebook per kernel), in the background."""
        t = threading.Thread(target=shutdown, args=(km,), daemon=True)
        t.start()
        self._threads.append(t)

    def close(self, abort: bool = False) -> None:
        """Shut every kernel down and stop the forker (``abort``: kill it first, so kernels
        still starting fail at once instead of being started and shut down). Safe to call
        again, from any thread."""
        self._closed = True
        if abort and self._forker is not None:
            self._forker.kill()
        with self._close_lock:
            for t in list(self._threads):
                t.join(timeout=START_TIMEOUT)
            while True:
                try:
                    item = self._ready.get_nowait()
                except queue.Empty:
                    break
                if not isinstance(item, Exception):
                    shutdown(item)
            if self._forker is not None:
                self._forker.close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *exc):
        self.close(abort=exc_type is not None)


class FreshKernels:
    """No pool, no fork, no warm-up: a plain new kernel for each notebook, as papermill
    would start (used to check that warm kernels change nothing)."""

    def take(self, retry: bool = False):
        return asyncio.run(_start(None, warm=False))

    def discard(self, km) -> None:
        shutdown(km)


if __name__ == "__main__":
    _serve()
