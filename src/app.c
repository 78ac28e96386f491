/*
 * app.c — `ormkata` with no command: the main loop of the ncurses app, and
 * the plain-text summary when stdout is not a terminal.
 *
 * The loop: wait for an event (a key, a resize, a signal, or a tick so the
 * autosave and the file watch get their turn), let app_update change the
 * state, draw the state into a grid with app_view, and hand the grid to the
 * terminal. Side effects the update step asks for (save, quit, run
 * $EDITOR) happen here.
 *
 * Never lose work: the answer is saved 300 ms after typing pauses and at
 * most 800 ms after the first unsaved change while typing goes on (so a
 * SIGKILL loses under a second), and at once on quit, SIGTERM, SIGHUP and
 * Esc. Saves are atomic (workspace_save_answer).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "app_int.h"
#include "watch.h"

#define SAVE_IDLE 0.3       /* seconds after the last edit */
#define SAVE_MAX 0.8        /* seconds after the first unsaved edit */

static const char app_usage[] =
    "usage: ormkata [--workspace DIR] [--lessons DIR] [--no-watch]\n"
    "\n"
    "Opens the app: the course map, lessons, and katas with an editor, the checks\n"
    "and the SQL your code ran. Keys: F1 or ? inside the app.\n"
    "\n"
    "options:\n"
    "  --workspace DIR   your answers and progress (default $ORMKATA_WORKSPACE, else\n"
    "                    $XDG_DATA_HOME/ormkata/workspace or ~/.local/share/ormkata/workspace)\n"
    "  --lessons DIR     the lessons folder (default ./lessons, else the installed one)\n"
    "  --no-watch        do not reload the answer when another program changes it\n"
    "\n"
    "When stdout is not a terminal it prints your progress and exits.\n"
    "Environment: NO_COLOR (no colours), ORMKATA_ASCII=1 (no Unicode glyphs),\n"
    "VISUAL / EDITOR (F4 opens the answer there).\n";

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* ------------------------------------------------------------ not a tty */

/* The plain-text progress summary. */
static int summary(const KataSet *set, Workspace *ws)
{
    int got = 0, total = 0, passed = 0;
    const Kata *next = NULL;
    for (size_t i = 0; i < set->nkatas; i++) {
        KataStatus s = workspace_status(ws, set->katas[i]->id);
        total += set->katas[i]->points;
        if (s == KATA_PASSED) {
            got += set->katas[i]->points;
            passed++;
        } else if (!next) {
            next = set->katas[i];
        }
    }
    printf("ormkata: %d of %zu katas passed, %d/%d points\n", passed, set->nkatas, got, total);
    for (size_t l = 0; l < set->nlessons; l++) {
        const Lesson *ls = set->lessons[l];
        printf("\n%s\n", ls->title);
        for (size_t k = 0; k < ls->nkatas; k++) {
            const Kata *kt = ls->katas[k];
            KataStatus s = workspace_status(ws, kt->id);
            printf("  %-6s  %-28s %s (%d pts)\n", workspace_status_name(s), kt->id, kt->title, kt->points);
        }
    }
    char *last = workspace_get(ws, "", "last_kata");
    printf("\n");
    if (next)
        printf("Next: %s (%s)\n", next->id, next->title);
    else if (set->nkatas)
        printf("Every kata passed. Well done!\n");
    printf("Continue: run `ormkata` in a terminal to open the app%s%s%s,\n"
           "or work in any editor on %s/<kata>.py and run `ormkata check KATA`.\n",
           last ? " (it reopens " : "", last ? last : "", last ? ")" : "", workspace_dir(ws));
    free(last);
    return 0;
}

/* ------------------------------------------------------------ $EDITOR */

/* Run $VISUAL / $EDITOR (else vi) on path with the terminal handed over.
 * Returns the editor's exit status, or -1 when it could not run. */
static int run_editor(const char *path)
{
    const char *ed = getenv("VISUAL");
    if (!ed || !*ed)
        ed = getenv("EDITOR");
    if (!ed || !*ed)
        ed = "vi";
    term_suspend();
    pid_t pid = fork();
    if (pid == 0) {
        /* through the shell, so EDITOR="code --wait" works */
        execl("/bin/sh", "sh", "-c", "exec $0 \"$1\"", ed, path, (char *)NULL);
        _exit(127);
    }
    int status = -1;
    if (pid > 0)
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
            ;
    term_resume();
    if (pid < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* ------------------------------------------------------------ timing */

/* ORMKATA_APP_TIMING=FILE appends "first_frame_ms N" once and
 * "key_ms N" per key (from reading the key to the drawn screen), for
 * bench/app.sh. */
static FILE *timing;
static double t_start;

/* ------------------------------------------------------------ main loop */

static int loop(App *a, Watch *watch)
{
    Grid g = { 0 };
    int w, h;
    term_size(&w, &h);
    a->w = w;
    a->h = h;
    grid_resize(&g, w, h);
    app_view(a, &g);
    term_blit(&g);
    if (timing) {
        fprintf(timing, "first_frame_ms %.3f\n", (now_s() - t_start) * 1000);
        fflush(timing);
    }
    double dirty_since = 0, last_edit = 0;
    const char *watched = NULL;
    for (;;) {
        /* the file to watch follows the open kata */
        if (watch && a->answer_path != watched) {
            watch_file(watch, a->view == VIEW_KATA ? a->answer_path : NULL);
            watched = a->answer_path;
        }
        int timeout = 250;
        if (dirty_since) {
            double due = dirty_since + SAVE_MAX;
            if (last_edit + SAVE_IDLE < due)
                due = last_edit + SAVE_IDLE;
            int ms = (int)((due - now_s()) * 1000) + 1;
            timeout = ms < 0 ? 0 : ms < timeout ? ms : timeout;
        }
        Event ev = term_poll(timeout);
        double tk = now_s();
        if (ev.type == EV_NONE && watch && a->view == VIEW_KATA && watch_changed(watch))
            ev.type = EV_FILE;
        int flags = app_update(a, &ev);
        /* autosave */
        if (a->kata >= 0 && a->ed.version != a->saved_version) {
            if (!dirty_since)
                dirty_since = tk;
            if (ev.type == EV_KEY && (flags & APP_HANDLED))
                last_edit = tk;
            if (!last_edit)
                last_edit = tk;
        }
        double t = now_s();
        bool due = dirty_since && (t - last_edit >= SAVE_IDLE || t - dirty_since >= SAVE_MAX);
        if (due || (flags & (APP_SAVE | APP_QUIT | APP_EXTERNAL))) {
            bool was_dirty = a->ed.version != a->saved_version;
            app_save(a);
            if (watch && was_dirty)
                watch_known(watch);
            if (a->ed.version == a->saved_version)
                dirty_since = last_edit = 0;
            flags |= APP_REDRAW;
        }
        if (flags & APP_QUIT)
            break;
        if ((flags & APP_EXTERNAL) && a->kata >= 0 && a->answer_path) {
            int rc = run_editor(a->answer_path);
            app_reload(a);
            if (watch)
                watch_known(watch);
            if (rc < 0)
                app_notice(a, true, "Could not run the editor ($VISUAL / $EDITOR)");
            else {
                app_grade(a);
            }
            flags |= APP_REDRAW;
        }
        if (ev.type == EV_RESIZE && (ev.w != g.w || ev.h != g.h))
            grid_resize(&g, ev.w, ev.h);
        if (flags & APP_REDRAW) {
            app_view(a, &g);
            term_blit(&g);
            if (timing && ev.type == EV_KEY) {
                fprintf(timing, "key_ms %.3f\n", (now_s() - tk) * 1000);
                fflush(timing);
            }
        }
    }
    grid_free(&g);
    return 0;
}

int app_main(int argc, char **argv)
{
    const char *ws_flag = NULL, *lessons_flag = NULL;
    bool no_watch = false;
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        if ((!strcmp(o, "--workspace") || !strcmp(o, "--lessons")) && i + 1 < argc) {
            if (!strcmp(o, "--workspace"))
                ws_flag = argv[++i];
            else
                lessons_flag = argv[++i];
        } else if (!strncmp(o, "--workspace=", 12)) {
            ws_flag = o + 12;
        } else if (!strncmp(o, "--lessons=", 10)) {
            lessons_flag = o + 10;
        } else if (!strcmp(o, "--no-watch")) {
            no_watch = true;
        } else if (!strcmp(o, "-h") || !strcmp(o, "--help")) {
            fputs(app_usage, stdout);
            return 0;
        } else {
            fprintf(stderr, "ormkata: unknown option '%s'\n\n%s", o, app_usage);
            return 2;
        }
    }
    const char *tf = getenv("ORMKATA_APP_TIMING");
    if (tf && *tf)
        timing = fopen(tf, "a");
    t_start = now_s();

    const char *lessons = lessons_flag ? lessons_flag : is_dir("lessons") ? "lessons" : ORMKATA_DATADIR "/lessons";
    if (!is_dir(lessons)) {
        fprintf(stderr, "ormkata: no lessons folder at %s (give one with --lessons DIR)\n", lessons);
        return 2;
    }
    KataSet *set = kata_load_dir(lessons);
    if (!set) {
        fprintf(stderr, "ormkata: out of memory loading %s\n", lessons);
        return 3;
    }
    char *dir = workspace_default_dir(ws_flag);
    char err[512];
    Workspace *ws = dir ? workspace_open(dir, err, sizeof err) : NULL;
    if (!ws) {
        fprintf(stderr, "ormkata: cannot open the workspace %s: %s\n", dir ? dir : "(no HOME)",
                dir ? err : "give one with --workspace DIR");
        free(dir);
        kata_set_free(set);
        return 2;
    }
    free(dir);

    if (!isatty(STDOUT_FILENO) || !isatty(STDIN_FILENO)) {
        int rc = summary(set, ws);
        workspace_close(ws);
        kata_set_free(set);
        return rc;
    }

    Grader *grader = grade_new(NULL);
    if (term_init(err, sizeof err)) {
        fprintf(stderr, "ormkata: %s\n", err);
        grade_free(grader);
        workspace_close(ws);
        kata_set_free(set);
        return 3;
    }
    int w, h;
    term_size(&w, &h);
    App a;
    int rc = 0;
    if (app_init(&a, set, ws, grader, w, h)) {
        term_restore();
        fprintf(stderr, "ormkata: out of memory\n");
        rc = 3;
    } else {
        if (set->ndiags)
            app_notice(&a, true, "%zu kata file%s could not be loaded: `ormkata lint` says why",
                       set->ndiags, set->ndiags == 1 ? "" : "s");
        Watch *watch = no_watch ? NULL : watch_new(getenv("ORMKATA_WATCH_POLL") != NULL);
        loop(&a, watch);
        app_save(&a);
        watch_free(watch);
        term_restore();
        int sig = term_signal();
        app_free(&a);
        if (sig)
            rc = 128 + sig;
    }
    if (timing)
        fclose(timing);
    grade_free(grader);
    workspace_close(ws);
    kata_set_free(set);
    return rc;
}
