/*
 * watch.c — change detection for the answer file (see watch.h).
 *
 * Both ways end in the same test: stat() the file and compare size, mtime
 * (nanoseconds) and inode with the reference. inotify only says when to
 * look, so a burst of events (write, close, rename) costs one stat().
 * Polling looks at most every 300 ms.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "watch.h"

struct Watch {
    int fd;                 /* inotify descriptor, -1 when polling */
    int wd;                 /* watch on the folder, -1 none */
    char *path;
    bool exists;
    struct stat ref;
    struct timespec last_poll;
};

Watch *watch_new(bool force_poll)
{
    Watch *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->fd = force_poll ? -1 : inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    w->wd = -1;
    return w;
}

void watch_free(Watch *w)
{
    if (!w)
        return;
    if (w->fd >= 0)
        close(w->fd);
    free(w->path);
    free(w);
}

bool watch_uses_inotify(const Watch *w)
{
    return w->fd >= 0 && w->wd >= 0;
}

void watch_known(Watch *w)
{
    if (!w->path)
        return;
    w->exists = stat(w->path, &w->ref) == 0;
}

int watch_file(Watch *w, const char *path)
{
    if (w->fd >= 0 && w->wd >= 0) {
        inotify_rm_watch(w->fd, w->wd);
        w->wd = -1;
    }
    free(w->path);
    w->path = NULL;
    if (!path)
        return 0;
    w->path = strdup(path);
    if (!w->path)
        return -1;
    if (w->fd >= 0) {
        char dir[PATH_MAX];
        const char *slash = strrchr(path, '/');
        if (slash) {
            size_t n = (size_t)(slash - path);
            if (n >= sizeof dir)
                n = sizeof dir - 1;
            memcpy(dir, path, n);
            dir[n ? n : 1] = 0;
            if (!n)
                dir[0] = '/';
        } else {
            strcpy(dir, ".");
        }
        w->wd = inotify_add_watch(w->fd, dir, IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MODIFY);
    }
    watch_known(w);
    return 0;
}

static bool differs(const Watch *w)
{
    struct stat st;
    bool exists = stat(w->path, &st) == 0;
    if (exists != w->exists)
        return exists;      /* a deletion is not a change to load */
    if (!exists)
        return false;
    return st.st_size != w->ref.st_size || st.st_ino != w->ref.st_ino ||
           st.st_mtim.tv_sec != w->ref.st_mtim.tv_sec || st.st_mtim.tv_nsec != w->ref.st_mtim.tv_nsec;
}

bool watch_changed(Watch *w)
{
    if (!w->path)
        return false;
    if (w->fd >= 0 && w->wd >= 0) {
        char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
        bool any = false;
        for (;;) {
            ssize_t n = read(w->fd, buf, sizeof buf);
            if (n <= 0)
                break;
            any = true;
        }
        if (!any)
            return false;
    } else {
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        double dt = (double)(now.tv_sec - w->last_poll.tv_sec) + (now.tv_nsec - w->last_poll.tv_nsec) / 1e9;
        if (dt < 0.3)
            return false;
        w->last_poll = now;
    }
    if (!differs(w))
        return false;
    watch_known(w);
    return true;
}
