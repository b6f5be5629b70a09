"""Starting, watching and stopping the servers under test: by PID and process group only."""
import os
import signal
import subprocess
import threading
import time
import urllib.request


def _children_map():
    kids = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: the ppid is the 2nd field after the last ')'.
        ppid = int(stat[stat.rfind(")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def tree_rss_kb(pid):
    """Resident set size summed over a process and all its descendants (gunicorn master + workers)."""
    kids = _children_map()
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(kids.get(p, []))
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            pass
    return total


class Server:
    """One framework process group, its start-up time and a background RSS sampler."""

    def __init__(self, name, cmd, env, cwd, log_path):
        self.name, self.cmd, self.env, self.cwd, self.log_path = name, cmd, env, cwd, log_path
        self.proc = None
        self.peak_rss_kb = 0
        self._stop_sampling = threading.Event()
        self._sampler = None

    def start(self, ready_url, timeout_s):
        """Starts the server and returns seconds from spawn to the first 200 response of `ready_url`."""
        log = open(self.log_path, "ab")
        t0 = time.monotonic()
        self.proc = subprocess.Popen(self.cmd, env=self.env, cwd=self.cwd, stdout=log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True)
        log.close()
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()
        while time.monotonic() - t0 < timeout_s:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode} during start-up; see {self.log_path}")
            try:
                with urllib.request.urlopen(ready_url, timeout=2) as r:
                    if r.status == 200:
                        return time.monotonic() - t0
            except OSError:
                pass
            time.sleep(0.02)
        raise TimeoutError(f"{self.name} gave no response at {ready_url} within {timeout_s} s; see {self.log_path}")

    def _sample(self):
        while not self._stop_sampling.is_set() and self.proc.poll() is None:
            self.peak_rss_kb = max(self.peak_rss_kb, tree_rss_kb(self.proc.pid))
            self._stop_sampling.wait(0.25)

    def rss_kb(self):
        return tree_rss_kb(self.proc.pid) if self.proc and self.proc.poll() is None else 0

    def stop(self):
        """SIGTERM to the group this server leads (its own session), SIGKILL after 15 s."""
        self._stop_sampling.set()
        if self.proc is None or self.proc.poll() is not None:
            return
        pgid = self.proc.pid  # start_new_session made the server the leader of its own group
        try:
            os.killpg(pgid, signal.SIGTERM)
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(pgid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        except ProcessLookupError:
            pass
