# Domain queries the desktop app's edit area added (Qt-free).
