#pragma once
// The threads the views' workers run on. Every worker opens its own
// connection to the session's file, so a file is only truly closed once
// they are all done: Session::close() waits for them (a connection that
// outlived its file could, on closing, remove the WAL of the file that
// replaced it — a restored backup, say).
class QThreadPool;

namespace crm::ui {

// The dashboard's own threads: its work does not queue behind other views'
// jobs in the global pool (a million-row look-up of theirs can take seconds).
QThreadPool* analyticsPool();

// Blocks until no worker of any view is running (the UI shows a busy cursor).
void waitForWorkers();

} // namespace crm::ui
