"""What the two readers of the AT-SPI bus share (tree.py, which prints what a screen reader is
told, and tests/install/window.py, which works the installed app's window): finding one app by
its process id, and a node's children, read so that a node vanishing mid-walk is skipped."""

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402


def find_app(pid):
    """The application with process id `pid` among those the bus knows, or None."""
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def children(accessible):
    """The node's children; one that goes away while it is read is left out. Raises GLib.Error
    when the node itself has gone."""
    for i in range(accessible.get_child_count()):
        try:
            yield accessible.get_child_at_index(i)
        except GLib.Error:
            continue
