/*
 * watch.h — noticing that a file was changed by another program (an editor
 * in another window), so the app can reload and re-grade it.
 *
 * inotify on the file's folder where it works (editors and our own atomic
 * saves replace the file by renaming, which a watch on the file itself
 * would lose), polling stat() otherwise. Our own writes are not changes:
 * after saving, call watch_known() and the file's present state becomes
 * the reference.
 *
 * Memory: a Watch is malloc'd; watch_free releases it and its descriptor.
 */
#ifndef ORMKATA_WATCH_H
#define ORMKATA_WATCH_H

#include <stdbool.h>

typedef struct Watch Watch;

/* A watcher; `force_poll` skips inotify. NULL when out of memory. */
Watch *watch_new(bool force_poll);
void watch_free(Watch *w);

/* Watch `path` from now on (its present state is the reference); NULL
 * stops watching. Returns 0, or -1 when out of memory. */
int watch_file(Watch *w, const char *path);
/* The file as it is now is ours (call after saving it). */
void watch_known(Watch *w);
/* Without blocking: has the file changed since the reference? When it
 * has, the new state becomes the reference (so each change reports once). */
bool watch_changed(Watch *w);
/* True when inotify is in use (for tests and the help text). */
bool watch_uses_inotify(const Watch *w);

#endif
