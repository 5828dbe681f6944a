"""Prints what a screen reader is told about one app's window: every node of its accessibility
tree on the AT-SPI bus, as JSON, one object per node with its depth, role, name, states and
(where it has them) its heading level, its ARIA role (a landmark's kind) and its description.

Usage: /usr/bin/python3 tree.py PID
The app is found by its process id among the applications the bus knows. WebKit's web process
shows the page as a child of the app's window (a socket), so the walk follows it there.
"""

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

from bus import children, find_app  # noqa: E402


def node_of(accessible, depth):
    states = accessible.get_state_set().get_states()
    node = {
        "depth": depth,
        "role": accessible.get_role_name(),
        "name": accessible.get_name() or "",
        "states": sorted(Atspi.StateType(s).value_nick for s in states),
    }
    description = accessible.get_description()
    if description:
        node["description"] = description
    try:
        attributes = accessible.get_attributes() or {}
    except GLib.Error:
        attributes = {}
    if "level" in attributes:
        node["level"] = attributes["level"]
    # What kind of landmark (banner, main, navigation) or other ARIA role the page gave it.
    if "xml-roles" in attributes:
        node["xml-roles"] = attributes["xml-roles"]
    return node


def walk(accessible, depth, out):
    # A bound, in case a broken tree loops back on itself.
    if accessible is None or depth > 80 or len(out) > 5000:
        return
    try:
        out.append(node_of(accessible, depth))
        for child in children(accessible):
            walk(child, depth + 1, out)
    except GLib.Error as e:
        out.append({"depth": depth, "error": str(e)})


def main():
    pid = int(sys.argv[1])
    Atspi.init()
    app = None
    # The app joins the bus a moment after its window shows.
    for _ in range(100):
        app = find_app(pid)
        if app is not None:
            break
        time.sleep(0.1)
    if app is None:
        sys.exit(f"no application with pid {pid} on the accessibility bus")
    out = []
    walk(app, 0, out)
    json.dump(out, sys.stdout, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
