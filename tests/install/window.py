"""Works the installed app's window as a person with a screen reader or a switch would: through
the accessibility tree that WebKit and GTK put on the AT-SPI bus. The app as it ships keeps an
incognito window, which WebDriver cannot reach (src-tauri/src/privacy.rs), so the installed-package
test (tests/e2e/tests/installed.rs) drives it this way instead.

Usage: /usr/bin/python3 window.py PID COMMAND [ARGUMENTS]
  find ROLE NAME      waits (up to 20 s) for a node of that role named NAME (or, when NAME ends
                      in "*", whose name starts with the rest); prints its text, exits 1 if it
                      never comes
  press ROLE NAME     finds it, then does its first action (a button's press)
  focus ROLE NAME     finds it, then gives it the keyboard focus
  text                prints every node's role, name and text, one a line
  headings            prints the names of the headings now in the tree, one a line
  shot FILE           saves a picture of the whole screen as PNG (PID is ignored)
The app is found by its process id; WebKit's page is a child of its window, so the walk follows
it there, as tests/e2e/atspi/tree.py does.
"""

import sys
import time
from pathlib import Path

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e" / "atspi"))
from bus import children, find_app  # noqa: E402


def text_of(accessible):
    try:
        if "Text" in accessible.get_interfaces():
            return Atspi.Text.get_text(accessible, 0, -1) or ""
    except GLib.Error:
        pass
    return ""


def nodes(accessible, depth=0):
    """Every node under `accessible`, depth first, skipping ones that vanish while read."""
    if accessible is None or depth > 80:
        return
    yield accessible
    try:
        for child in children(accessible):
            yield from nodes(child, depth + 1)
    except GLib.Error:
        return


def named(actual, wanted):
    """Whether a node's name is `wanted`, or, when that ends in "*", starts with the rest."""
    if wanted.endswith("*"):
        return actual.startswith(wanted[:-1])
    return actual == wanted


def find(app, role, name):
    for node in nodes(app):
        try:
            if node.get_role_name() == role and named(node.get_name() or "", name):
                return node
        except GLib.Error:
            continue
    return None


def wait_for(pid, role, name):
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        app = find_app(pid)
        node = find(app, role, name) if app is not None else None
        if node is not None:
            return node
        time.sleep(0.2)
    print(f"no {role} named {name!r} appeared", file=sys.stderr)
    sys.exit(1)


def shot(path):
    gi.require_version("Gdk", "3.0")
    from gi.repository import Gdk

    root = Gdk.get_default_root_window()
    picture = Gdk.pixbuf_get_from_window(root, 0, 0, root.get_width(), root.get_height())
    picture.savev(path, "png", [], [])


def main():
    pid, command, args = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    if command == "shot":
        shot(args[0])
        return
    Atspi.init()
    if command == "find":
        print(text_of(wait_for(pid, *args)))
    elif command == "press":
        node = wait_for(pid, *args)
        Atspi.Action.do_action(node, 0)
    elif command == "focus":
        node = wait_for(pid, *args)
        Atspi.Component.grab_focus(node)
    elif command == "headings":
        app = find_app(pid)
        for node in nodes(app) if app is not None else []:
            try:
                if node.get_role_name() == "heading":
                    print(node.get_name() or "")
            except GLib.Error:
                continue
    elif command == "text":
        app = find_app(pid)
        for node in nodes(app) if app is not None else []:
            try:
                print(f"{node.get_role_name()}\t{node.get_name() or ''}\t{text_of(node)}")
            except GLib.Error:
                continue
    else:
        print(f"unknown command {command}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
