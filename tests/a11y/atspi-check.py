#!/usr/bin/python3
"""Walks Parat's running window through the Linux screen-reader bus (AT-SPI), as Orca sees it.

Run through tests/a11y/run-atspi-check.sh, which starts a virtual display, a session bus with the
accessibility bus, a demo database and the window. Checks on every page (switched through the page
tabs' AT-SPI action, as a screen reader would):
  - every showing, focusable object has a name (or is labelled by a label), and no focusable
    "filler" (an unnamed scroll area) is left;
  - the page tabs: exactly one is "selected", the one shown;
  - the stakeholder map is a list whose children are the markers, with names and descriptions;
  - the task filter buttons' names say what they show; the search field's clear button is named.
Prints what it found; exit status 1 when something is missing, 2 when the window never appeared.
"""
import sys
import time

import pyatspi



def find_app(name, timeout):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name.lower() == name and app.childCount > 0:
                return app
        time.sleep(0.5)
    return None


def walk(node, depth=0):
    yield node, depth
    if depth > 60:
        return
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


def labelled(node):
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY and relation.getNTargets() > 0:
            return True
    return False


def describe(node):
    return "%s '%s'" % (node.getRoleName(), node.name)


def main():
    problems = []
    app = find_app("parat", 30)
    if app is None:
        names = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
        print("no application 'parat' on the accessibility bus; found %s" % names)
        return 2
    window = app.getChildAtIndex(0)
    print("window:", window.name)

    tablist = None
    for node, _ in walk(window):
        if node.getRole() == pyatspi.ROLE_PAGE_TAB_LIST and node.childCount >= 7:
            tablist = node
            break
    if tablist is None:
        print("no page tab list")
        return 1

    for index in range(tablist.childCount):
        tab = tablist.getChildAtIndex(index)
        try:
            tab.queryAction().doAction(0)
        except Exception:  # a page that builds a while (the report) answers after the call's timeout
            pass
        time.sleep(3.0)
        selected = [tablist.getChildAtIndex(i).name for i in range(tablist.childCount)
                    if tablist.getChildAtIndex(i).getState().contains(pyatspi.STATE_SELECTED)]
        print("page %d '%s': selected tabs %s" % (index + 1, tab.name, selected))
        if selected != [tab.name]:
            problems.append("page tabs: selected %s, expected ['%s']" % (selected, tab.name))

        stops = 0
        for node, _ in walk(window):
            states = node.getState()
            if not (states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_FOCUSABLE)):
                continue
            role = node.getRole()
            if role in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_TABLE_COLUMN_HEADER,
                        pyatspi.ROLE_TABLE_ROW_HEADER, pyatspi.ROLE_CHECK_MENU_ITEM):
                continue  # items inside a named container
            stops += 1
            if role == pyatspi.ROLE_FILLER and not node.name:
                parent = node.parent
                problems.append("page '%s': unnamed focusable filler in %s (%d children, at %s)"
                                % (tab.name, describe(parent) if parent else "?", node.childCount,
                                   node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)))
            elif not node.name and not labelled(node):
                problems.append("page '%s': unnamed %s" % (tab.name, node.getRoleName()))
            if role == pyatspi.ROLE_LIST and node.name in ("Stakeholder map", "Interessentkort"):
                markers = [node.getChildAtIndex(i) for i in range(node.childCount)]
                if markers:
                    print("  map '%s': %d markers, e.g. '%s': %s" % (node.name, len(markers), markers[0].name,
                                                                   markers[0].description))
                if not markers or not all(m.name and m.description for m in markers):
                    problems.append("map markers without name or description")
        print("  %d focusable objects" % stops)

    # The task page's filter buttons and the search field's clear button (page 2).
    tablist.getChildAtIndex(1).queryAction().doAction(0)
    time.sleep(1.0)
    buttons = [node for node, _ in walk(window)
               if node.getRole() == pyatspi.ROLE_PUSH_BUTTON and node.getState().contains(pyatspi.STATE_SHOWING)]
    names = [b.name for b in buttons]
    filters = [n for n in names if ":" in n]
    print("  filter buttons:", filters)
    if len(filters) < 3:
        problems.append("filter buttons do not say what they show: %s" % names)

    for problem in problems:
        print("PROBLEM:", problem)
    print("%d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
