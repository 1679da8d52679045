"""An AT-SPI client (Debian's pyatspi, run by /usr/bin/python3) for one process.

Reads JSON commands on stdin, one a line, and answers one JSON line each:
  {"op": "dump"}                 -> {"nodes": [...]} the showing part of the tree
  {"op": "press", "name": "…"}   -> {"pressed": true} the showing node so named,
                                    by its first action ("Press"), as Orca would
  {"op": "page", "id": "…"}      -> {"nodes": [...]} the whole tree below the
                                    showing node whose accessible id ends so
                                    (a web view): Chromium's tree of its page
Each node: role, name, description, states, id (Qt's accessible id), depth,
web (inside a web document: the page's own tree, not the shell's).
Usage: atspi_client.py PID
"""

import json
import sys
import time

import pyatspi

WEB_ROLES = {"document web", "document frame"}


def find_app(pid, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application going away meanwhile
                pass
        time.sleep(0.1)
    raise SystemExit(f"no application with pid {pid} on the accessibility bus")


def states_of(node):
    return sorted(pyatspi.stateToString(s) for s in node.getState().getStates())


def walk(node, depth=0, web=False, out=None):
    out = [] if out is None else out
    try:
        states = states_of(node)
        role = node.getRoleName()
    except Exception:
        return out  # gone while walking (a screen changed)
    if depth > 0 and "showing" not in states:
        return out
    web = web or role in WEB_ROLES
    try:
        ident = node.accessibleId or ""
    except Exception:
        ident = ""
    out.append(
        {
            "role": role,
            "name": node.name or "",
            "description": node.description or "",
            "states": states,
            "id": ident,
            "depth": depth,
            "web": web,
        }
    )
    if web:
        return out  # Chromium's own tree: the page's words, not the shell's
    for child in node:
        if child is not None:
            walk(child, depth + 1, web, out)
    return out


def press(app, name):
    for node in iter_showing(app):
        if node.name == name:
            action = node.queryAction()
            action.doAction(0)
            return True
    return False


def iter_showing(node, depth=0):
    try:
        if depth > 0 and not node.getState().contains(pyatspi.STATE_SHOWING):
            return
        role = node.getRoleName()
    except Exception:
        return
    yield node
    if role in WEB_ROLES:
        return
    for child in node:
        if child is not None:
            yield from iter_showing(child, depth + 1)


def page(app, ident_end, limit=2000):
    """Everything below the web view: the page's own tree, as Orca reads it."""
    for node in iter_showing(app):
        try:
            ident = node.accessibleId or ""
        except Exception:
            continue
        if ident.endswith(ident_end):
            return walk_all(node, limit)
    return []


def walk_all(node, limit, depth=0, out=None):
    out = [] if out is None else out
    if len(out) >= limit:
        return out
    try:
        out.append(
            {
                "role": node.getRoleName(),
                "name": node.name or "",
                "description": node.description or "",
                "states": states_of(node),
                "id": "",
                "depth": depth,
                "web": depth > 0,  # the view itself is the shell's
            }
        )
        children = list(node)
    except Exception:
        return out  # gone while walking (the page changed)
    for child in children:
        if child is not None:
            walk_all(child, limit, depth + 1, out)
    return out


def main():
    app = find_app(int(sys.argv[1]))
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        if command["op"] == "dump":
            answer = {"nodes": walk(app)}
        elif command["op"] == "page":
            answer = {"nodes": page(app, command["id"])}
        elif command["op"] == "press":
            answer = {"pressed": press(app, command["name"])}
        else:
            answer = {"error": f"unknown op {command['op']}"}
        print(json.dumps(answer, ensure_ascii=False), flush=True)


if __name__ == "__main__":  # tests/deploy/first_session.py imports it
    main()
