# Domain queries the desktop app's today area added (Qt-free).
