#!/usr/bin/env python3
"""Start-up and footprint of the app as a family installs it, against a bare Tauri 2 window.

    python3 benches/startup.py [--rounds 8] [--no-build]

Builds both in the same run with the same release profile: the app and its packages through
`./dev package`, the bare window (benches/bare-tauri: one static page, no commands, the same
tauri) into target/bare-tauri. Then launches each in turn, ROUNDS times, under a private X
server (Xvfb) and a private D-Bus session with an unlocked gnome-keyring, each launch in a new
empty home, as at a family's first start.

First screen: the time from starting the binary until a heading with text is in its
accessibility tree (AT-SPI, what a screen reader reads) and its window, mapped on the X server,
shows dark ink on its light page (the words drawn, not only laid out). For the bare
window that heading is in its static page; for Family Voice the first screen's script fills it
with words it asks the core for, so the figure includes the app's own start-up. WebDriver cannot
be used: the app as it ships keeps an incognito window that WebKitWebDriver cannot reach
(src-tauri/src/privacy.rs). The same polling (every 5 ms, a walk of the tree) serves both.

Memory: 5 s after the first screen, the proportional set size (PSS, /proc/PID/smaps_rollup) of
the app's process and every process it started (WebKitWebProcess, WebKitNetworkProcess),
summed: shared pages are counted once across them.

Also the binaries' sizes and the .deb's Installed-Size. Prints medians (and ranges) as the
Markdown rows of BENCHMARKS.md's table.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

try:
    import gi

    gi.require_version("Atspi", "2.0")
    gi.require_version("Gdk", "3.0")
    from gi.repository import Atspi, Gdk, GLib
except ImportError:
    Atspi = None  # the outer run, under any Python; the measuring runs under Debian's

ROOT = Path(__file__).resolve().parent.parent
BARE = ROOT / "benches" / "bare-tauri"
BARE_TARGET = ROOT / "target" / "bare-tauri"
APP = ROOT / "target" / "release" / "family-voice"
BARE_APP = BARE_TARGET / "release" / "bare-tauri"
SETTLE_SECONDS = 5


def build():
    root_profile = tomllib.loads((ROOT / "Cargo.toml").read_text())["profile"]["release"]
    bare_profile = tomllib.loads((BARE / "Cargo.toml").read_text())["profile"]["release"]
    if root_profile != bare_profile:
        sys.exit(f"benches/bare-tauri's release profile {bare_profile} is not the app's {root_profile}")
    subprocess.run([ROOT / "dev", "package"], check=True)
    subprocess.run(["cargo", "build", "--release", "--features", "custom-protocol", "--manifest-path",
                    BARE / "Cargo.toml"], check=True, env={**os.environ, "CARGO_TARGET_DIR": str(BARE_TARGET)})


def children_of(pid):
    """Every process started by pid, at any depth."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    found, i = [pid], 0
    while i < len(found):
        found += [child for child, parent in parents.items() if parent == found[i]]
        i += 1
    return found[1:]


def pss_and_private_kib(pid):
    """PSS, and the pages no other process maps (which other programs on the machine cannot
    change, unlike PSS, whose share of a library falls as more processes map it)."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value = line.split(":", 1)
        fields[name] = int(value.split()[0])
    return fields["Pss"], fields["Private_Clean"] + fields["Private_Dirty"]


def name_of(pid):
    return Path(f"/proc/{pid}/comm").read_text().strip()


def window_drawn(title):
    """Whether a window of that title is mapped and shows more than a blank background: the
    first screen's words are on the X server, not only in the page."""
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True).stdout
    for line in tree.splitlines():
        if f'"{title}' in line:
            info = subprocess.run(["xwininfo", "-id", line.split()[0]], capture_output=True, text=True).stdout
            if "IsViewable" not in info:
                continue
            geometry = {k.strip(): int(v) for k, v in (l.split(":", 1) for l in info.splitlines()
                        if l.strip().startswith(("Absolute upper-left", "Width", "Height")))}
            x, y = geometry["Absolute upper-left X"], geometry["Absolute upper-left Y"]
            picture = Gdk.pixbuf_get_from_window(Gdk.get_default_root_window(), x, y, geometry["Width"],
                                                 geometry["Height"])
            if picture is None:
                continue
            pixels, step = picture.get_pixels(), picture.get_n_channels()
            # Dark ink on a light page: some pixel well below the background's brightness.
            if any(sum(pixels[i:i + 3]) < 300 for i in range(0, len(pixels) - 3, step * 7)):
                return True
    return False


def first_heading(pid):
    """The text of the first heading in the app's accessibility tree, or None while there is none."""
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_process_id() == pid:
            return heading_under(app, 0)
    return None


def heading_under(node, depth):
    try:
        if node.get_role_name() == "heading" and (node.get_name() or "").strip():
            return node.get_name()
        for i in range(node.get_child_count() if depth < 80 else 0):
            child = node.get_child_at_index(i)
            found = heading_under(child, depth + 1) if child is not None else None
            if found:
                return found
    except GLib.Error:
        pass
    return None


def launch(binary, title, extra_env):
    """One launch: milliseconds to the first screen, its heading, and PSS in KiB by process name
    after settling."""
    home = Path(tempfile.mkdtemp(prefix="fv-startup-"))
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CACHE_HOME": str(home / ".cache"), **extra_env}
    started = time.monotonic()
    app = subprocess.Popen([binary], env=env, stdout=subprocess.DEVNULL,
                           stderr=None if os.environ.get("STARTUP_DEBUG") else subprocess.DEVNULL)
    try:
        while time.monotonic() - started < 60:
            heading = first_heading(app.pid)
            if heading and window_drawn(title):
                break
            time.sleep(0.005)
        else:
            raise RuntimeError(f"{binary} showed no first screen in 60 s")
        first_screen_ms = (time.monotonic() - started) * 1000
        time.sleep(SETTLE_SECONDS)
        memory, private = {}, 0
        for pid in [app.pid, *children_of(app.pid)]:
            pss, own = pss_and_private_kib(pid)
            memory[name_of(pid)] = memory.get(name_of(pid), 0) + pss
            private += own
        return first_screen_ms, heading, memory, private
    finally:
        app.terminate()
        app.wait(timeout=30)
        shutil.rmtree(home, ignore_errors=True)


def installed_size_kib():
    debs = sorted((ROOT / "target" / "release" / "bundle" / "deb").glob("*.deb"), key=lambda p: p.stat().st_mtime)
    if not debs:
        return None, None
    size = subprocess.run(["dpkg-deb", "-f", debs[-1], "Installed-Size"], capture_output=True, text=True, check=True)
    return int(size.stdout), debs[-1]


def median_range(values, fmt):
    return f"{fmt(statistics.median(values))} ({fmt(min(values))}–{fmt(max(values))})"


def measure(rounds):
    runs = {"bare": [], "app": [], "bare-glibc": []}
    privates = {"bare": [], "app": [], "bare-glibc": []}
    # The third: the bare window with WebKit on glibc's allocator (Malloc=1), as Family Voice runs
    # its window so that freed memory can be wiped (src-tauri/src/privacy.rs): how much of the
    # difference that choice makes.
    subjects = (("bare", BARE_APP, "Bare Tauri", {}), ("app", APP, "Family Voice", {}),
                ("bare-glibc", BARE_APP, "Bare Tauri", {"Malloc": "1"}))
    for i in range(rounds):
        # Taking turns, so a drift in the machine's speed touches all alike.
        for key, binary, title, extra_env in subjects:
            ms, heading, memory, private = launch(binary, title, extra_env)
            runs[key].append((ms, memory))
            privates[key].append(private)
            print(f"round {i + 1} {key}: {ms:.0f} ms to {heading!r}, {sum(memory.values()) / 1024:.1f} MiB PSS {memory}",
                  flush=True)
    mib = lambda kib: f"{kib / 1024:.1f} MiB"
    millis = lambda ms: f"{ms:.0f} ms"
    rows = []
    first = {k: [ms for ms, _ in v] for k, v in runs.items()}
    total = {k: [sum(m.values()) for _, m in v] for k, v in runs.items()}
    ratio = statistics.median(first["app"]) / statistics.median(first["bare"])
    above = statistics.median(total["app"]) - statistics.median(total["bare"])
    rows.append(("first screen (median, range)", median_range(first["app"], millis), median_range(first["bare"], millis),
                 f"{ratio:.2f}×"))
    # The machine's load and free memory drift between rounds (WebKit keeps less when memory is
    # short), so each round's app is also set against the bare window of the same round.
    paired_ratio = statistics.median(a / b for a, b in zip(first["app"], first["bare"]))
    paired_above = statistics.median(a - b for a, b in zip(total["app"], total["bare"]))
    rows.append(("first screen, each round against its own bare window (median of the ratios)", "", "",
                 f"{paired_ratio:.2f}×"))
    rows.append(("memory, all processes (PSS)", median_range(total["app"], mib), median_range(total["bare"], mib),
                 f"+{mib(above)}"))
    rows.append(("memory (PSS), each round against its own bare window (median of the differences)", "", "",
                 f"+{mib(paired_above)}"))
    above_private = statistics.median(privates["app"]) - statistics.median(privates["bare"])
    rows.append(("memory, all processes, pages of their own (USS)", median_range(privates["app"], mib),
                 median_range(privates["bare"], mib), f"+{mib(above_private)}"))
    for part in ("main", "WebKitWebProces", "WebKitNetworkPr"):
        def of(memory, part=part):
            return sum(v for k, v in memory.items() if (k.startswith(part) if part != "main" else not k.startswith("WebKit")))
        app_part = statistics.median([of(m) for _, m in runs["app"]])
        bare_part = statistics.median([of(m) for _, m in runs["bare"]])
        label = {"main": "the app's own process", "WebKitWebProces": "WebKitWebProcess",
                 "WebKitNetworkPr": "WebKitNetworkProcess"}[part]
        rows.append((f"— of which {label}", mib(app_part), mib(bare_part), f"+{mib(app_part - bare_part)}"))
    app_size, bare_size = APP.stat().st_size, BARE_APP.stat().st_size
    rows.append(("binary (stripped)", mib(app_size / 1024), mib(bare_size / 1024), f"+{mib((app_size - bare_size) / 1024)}"))
    installed, deb = installed_size_kib()
    if installed is not None:
        rows.append((f"installed size (`{deb.name}`)", mib(installed), "", ""))
        rows.append(("the .deb file", mib(deb.stat().st_size / 1024), "", ""))
    glibc_first = statistics.median([ms for ms, _ in runs["bare-glibc"]])
    glibc_total = statistics.median([sum(m.values()) for _, m in runs["bare-glibc"]])
    rows.append(("bare window with WebKit on glibc's allocator (Malloc=1)",
                 "", f"{millis(glibc_first)}, {mib(glibc_total)} PSS, {mib(statistics.median(privates['bare-glibc']))} USS",
                 f"{glibc_first / statistics.median(first['bare']):.2f}×, "
                 f"+{mib(glibc_total - statistics.median(total['bare']))}"))
    print("\n| | Family Voice | bare Tauri 2 window | difference |\n| --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--no-build", action="store_true", help="measure the binaries already built")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        # Inside the private D-Bus session and X server: a keyring for the app's drafts key, and
        # the accessibility bus, where the first screen's heading is looked for.
        Atspi.init()
        subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"], input=b"startup-bench",
                       stdout=subprocess.DEVNULL, check=True)
        measure(args.rounds)
        return
    if not args.no_build:
        build()
    # A throwaway home and runtime folder for the keyring, so the user's own is never touched.
    home = Path(tempfile.mkdtemp(prefix="fv-startup-home-"))
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    subprocess.run(["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1280x900x24 -nolisten tcp -noreset",
                    "/usr/bin/python3", __file__, "--inner", "--rounds", str(args.rounds)],
                   env={**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}, check=True)
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
