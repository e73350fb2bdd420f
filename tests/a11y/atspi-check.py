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

ROLE = pyatspi.Role
STATE = pyatspi.StateType


def find_app(name, timeout):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name and app.childCount > 0:
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
        print("no application 'parat' on the accessibility bus")
        return 2
    window = app.getChildAtIndex(0)
    print("window:", window.name)

    tablist = None
    for node, _ in walk(window):
        if node.getRole() == ROLE.PAGE_TAB_LIST and node.childCount >= 7:
            tablist = node
            break
    if tablist is None:
        print("no page tab list")
        return 1

    for index in range(tablist.childCount):
        tab = tablist.getChildAtIndex(index)
        action = tab.queryAction()
        action.doAction(0)
        time.sleep(1.0)
        selected = [tablist.getChildAtIndex(i).name for i in range(tablist.childCount)
                    if tablist.getChildAtIndex(i).getState().contains(STATE.SELECTED)]
        print("page %d '%s': selected tabs %s" % (index + 1, tab.name, selected))
        if selected != [tab.name]:
            problems.append("page tabs: selected %s, expected ['%s']" % (selected, tab.name))

        stops = 0
        for node, _ in walk(window):
            states = node.getState()
            if not (states.contains(STATE.SHOWING) and states.contains(STATE.FOCUSABLE)):
                continue
            role = node.getRole()
            if role in (ROLE.TABLE_CELL, ROLE.LIST_ITEM, ROLE.PAGE_TAB, ROLE.MENU_ITEM, ROLE.TABLE_COLUMN_HEADER,
                        ROLE.TABLE_ROW_HEADER, ROLE.CHECK_MENU_ITEM):
                continue  # items inside a named container
            stops += 1
            if role == ROLE.FILLER and not node.name:
                problems.append("page '%s': unnamed focusable filler" % tab.name)
            elif not node.name and not labelled(node):
                problems.append("page '%s': unnamed %s" % (tab.name, node.getRoleName()))
            if role == ROLE.LIST and node.name in ("Stakeholder map", "Interessentkort"):
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
               if node.getRole() == ROLE.PUSH_BUTTON and node.getState().contains(STATE.SHOWING)]
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
