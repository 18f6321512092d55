# Domain queries the desktop app's detail area added (Qt-free).
