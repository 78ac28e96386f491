/*
 * cmd_kata.c — the learner's kata commands that do not grade: `list`,
 * `show`, `hint`, `reset`, `solution`; and what every kata command shares
 * (options, finding the lessons and the workspace, naming a kata).
 *
 * The lessons folder: --lessons DIR, else ./lessons when it exists, else
 * the installed one (ORMKATA_DATADIR/lessons). The workspace: --workspace
 * DIR, else $ORMKATA_WORKSPACE, else $XDG_DATA_HOME/ormkata/workspace or
 * ~/.local/share/ormkata/workspace (workspace.h). No command prompts.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "kata.h"
#include "workspace.h"

#ifndef ORMKATA_DATADIR
#define ORMKATA_DATADIR "/usr/local/share/ormkata"
#endif

#define COMMON_OPTS \
    "  --lessons DIR      the lessons folder (default ./lessons, else the installed one)\n" \
    "  --workspace DIR    the workspace (default $ORMKATA_WORKSPACE, else\n" \
    "                     $XDG_DATA_HOME/ormkata/workspace or ~/.local/share/ormkata/workspace)\n" \
    "  -h, --help         show this help\n"

/* ------------------------------------------------------------------ */
/* Shared setup                                                         */
/* ------------------------------------------------------------------ */

int kcli_usage_error(KataCli *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "ormkata %s: ", c->cmd);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n\n%s", c->usage);
    return EXIT_USAGE;
}

int kcli_parse(KataCli *c, int argc, char **argv, const KataOpt *opts, int nopts, int min_pos,
               int max_pos)
{
    c->pos = calloc((size_t)argc + 1, sizeof *c->pos);
    if (!c->pos)
        return EXIT_INTERNAL;
    c->color = isatty(1) && !getenv("NO_COLOR");
    int only_pos = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (only_pos || a[0] != '-' || !a[1]) {
            c->pos[c->npos++] = argv[i];
            continue;
        }
        if (!strcmp(a, "--")) {
            only_pos = 1;
            continue;
        }
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(c->usage, stdout);
            return EXIT_OK;
        }
        /* --name=value or --name value */
        const char *eq = strchr(a, '=');
        size_t nlen = eq ? (size_t)(eq - a) : strlen(a);
        const char **slot = NULL;
        int *flag = NULL;
        if (nlen == 9 && !strncmp(a, "--lessons", nlen))
            slot = &c->lessons_flag;
        else if (nlen == 11 && !strncmp(a, "--workspace", nlen))
            slot = &c->workspace_flag;
        for (int k = 0; k < nopts && !slot && !flag; k++)
            if (strlen(opts[k].name) == nlen && !strncmp(a, opts[k].name, nlen)) {
                slot = opts[k].val;
                flag = opts[k].flag;
            }
        if (flag) {
            if (eq)
                return kcli_usage_error(c, "%.*s takes no value", (int)nlen, a);
            *flag = 1;
        } else if (slot) {
            if (eq) {
                *slot = eq + 1;
            } else if (i + 1 < argc) {
                *slot = argv[++i];
            } else {
                return kcli_usage_error(c, "%s needs a value", a);
            }
        } else {
            return kcli_usage_error(c, "unknown option '%s'", a);
        }
    }
    if (c->npos < min_pos)
        return kcli_usage_error(c, "missing argument");
    if (max_pos >= 0 && c->npos > max_pos)
        return kcli_usage_error(c, "unexpected argument '%s'", c->pos[max_pos]);
    return -1;
}

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

int kcli_load(KataCli *c, int warn)
{
    if (c->lessons_flag)
        c->lessons_dir = strdup(c->lessons_flag);
    else if (is_dir("lessons"))
        c->lessons_dir = strdup("lessons");
    else
        c->lessons_dir = strdup(ORMKATA_DATADIR "/lessons");
    if (!c->lessons_dir)
        return EXIT_INTERNAL;
    if (!is_dir(c->lessons_dir)) {
        fprintf(stderr, "ormkata %s: no lessons folder at %s (give one with --lessons DIR)\n", c->cmd,
                c->lessons_dir);
        return EXIT_USAGE;
    }
    c->set = kata_load_dir(c->lessons_dir);
    if (!c->set) {
        fprintf(stderr, "ormkata %s: out of memory\n", c->cmd);
        return EXIT_INTERNAL;
    }
    if (warn && c->set->ndiags) {
        for (size_t i = 0; i < c->set->ndiags; i++) {
            const Diag *d = &c->set->diags[i];
            if (d->line)
                fprintf(stderr, "%s:%d: %s\n", d->file, d->line, d->message);
            else
                fprintf(stderr, "%s: %s\n", d->file, d->message);
        }
        fprintf(stderr, "ormkata %s: %zu problem%s in %s (those katas are left out; see `ormkata lint`)\n",
                c->cmd, c->set->ndiags, c->set->ndiags == 1 ? "" : "s", c->lessons_dir);
    }
    return -1;
}

int kcli_workspace(KataCli *c)
{
    char *dir = workspace_default_dir(c->workspace_flag);
    if (!dir) {
        fprintf(stderr, "ormkata %s: no workspace: set HOME, ORMKATA_WORKSPACE or --workspace DIR\n", c->cmd);
        return EXIT_USAGE;
    }
    char err[512];
    c->ws = workspace_open(dir, err, sizeof err);
    free(dir);
    if (!c->ws) {
        fprintf(stderr, "ormkata %s: %s\n", c->cmd, err);
        return EXIT_USAGE;
    }
    return -1;
}

const Kata *kcli_find(KataCli *c, const char *query)
{
    bool amb = false;
    const Kata *k = kata_find(c->set, query, &amb);
    if (k)
        return k;
    if (amb) {
        fprintf(stderr, "ormkata %s: '%s' names several katas:", c->cmd, query);
        for (size_t i = 0; i < c->set->nkatas; i++) {
            const char *id = c->set->katas[i]->id;
            if (strstr(id, query))
                fprintf(stderr, " %s", id);
        }
        fputs("\n", stderr);
    } else {
        fprintf(stderr, "ormkata %s: no kata '%s' in %s (see `ormkata list`)\n", c->cmd, query,
                c->lessons_dir ? c->lessons_dir : "the lessons");
    }
    return NULL;
}

void kcli_free(KataCli *c)
{
    free(c->pos);
    free(c->lessons_dir);
    kata_set_free(c->set);
    workspace_close(c->ws);
}

/* Parse, load the lessons, open the workspace and find the kata named by
 * the first positional argument. Returns -1 to go on, else an exit status. */
static int setup_kata(KataCli *c, int argc, char **argv, const KataOpt *opts, int nopts, int max_pos,
                      const Kata **k)
{
    int rc = kcli_parse(c, argc, argv, opts, nopts, 1, max_pos);
    if (rc < 0)
        rc = kcli_load(c, 0);
    if (rc < 0 && !(*k = kcli_find(c, c->pos[0])))
        rc = EXIT_USAGE;
    if (rc < 0)
        rc = kcli_workspace(c);
    return rc;
}

/* ------------------------------------------------------------------ */
/* list                                                                 */
/* ------------------------------------------------------------------ */

static const char list_usage[] =
    "usage: ormkata list [options]\n"
    "\n"
    "List the lessons and their katas with your status (passed, tried, new) and points.\n"
    "\n"
    "options:\n" COMMON_OPTS;

int cmd_list(int argc, char **argv)
{
    KataCli c = { .cmd = "list", .usage = list_usage };
    int rc = kcli_parse(&c, argc, argv, NULL, 0, 0, 0);
    if (rc < 0)
        rc = kcli_load(&c, 1);
    if (rc < 0)
        rc = kcli_workspace(&c);
    if (rc >= 0) {
        kcli_free(&c);
        return rc;
    }
    int npassed = 0, score = 0;
    const char *g = c.color ? "\033[32m" : "", *y = c.color ? "\033[33m" : "", *z = c.color ? "\033[0m" : "",
               *b = c.color ? "\033[1m" : "";
    for (size_t i = 0; i < c.set->nlessons; i++) {
        const Lesson *l = c.set->lessons[i];
        printf("%s%s%s  %s\n", b, l->slug, z, l->title);
        for (size_t j = 0; j < l->nkatas; j++) {
            const Kata *k = l->katas[j];
            KataStatus s = workspace_status(c.ws, k->id);
            const char *glyph = s == KATA_PASSED ? "✓" : s == KATA_TRIED ? "✗" : "·";
            const char *colr = s == KATA_PASSED ? g : s == KATA_TRIED ? y : "";
            printf("  %s%s %-6s%s  %-36s %3d pts  %s\n", colr, glyph, workspace_status_name(s), z, k->id,
                   k->points, k->title);
            if (s == KATA_PASSED) {
                npassed++;
                score += k->points;
            }
        }
    }
    if (!c.set->nkatas)
        printf("no katas in %s\n", c.lessons_dir);
    else
        printf("\n%d/%zu katas passed, %d/%d points  (workspace: %s)\n", npassed, c.set->nkatas, score,
               kata_total_points(c.set), workspace_dir(c.ws));
    kcli_free(&c);
    return EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* show                                                                 */
/* ------------------------------------------------------------------ */

static const char show_usage[] =
    "usage: ormkata show [options] KATA\n"
    "\n"
    "Show a kata: title, points, tags, instructions, and where your answer is\n"
    "(created from the starter when it does not exist yet). KATA is its id\n"
    "(01-lazy/02-count) or a unique part of it (02-count, count).\n"
    "\n"
    "options:\n" COMMON_OPTS;

int cmd_show(int argc, char **argv)
{
    KataCli c = { .cmd = "show", .usage = show_usage };
    const Kata *k = NULL;
    int rc = setup_kata(&c, argc, argv, NULL, 0, 1, &k);
    if (rc >= 0) {
        kcli_free(&c);
        return rc;
    }
    char err[512];
    size_t len;
    char *src = workspace_load_answer(c.ws, k, &len, err, sizeof err);
    char *path = workspace_answer_path(c.ws, k);
    const char *b = c.color ? "\033[1m" : "", *z = c.color ? "\033[0m" : "";
    printf("%s%s%s  %s\n", b, k->title, z, k->id);
    printf("points: %d", k->points);
    if (k->ntags) {
        printf("   tags: ");
        for (size_t i = 0; i < k->ntags; i++)
            printf("%s%s", i ? ", " : "", k->tags[i]);
    }
    printf("   status: %s   hints: %d/%zu\n\n", workspace_status_name(workspace_status(c.ws, k->id)),
           workspace_hints_seen(c.ws, k->id), k->nhints);
    fputs(k->instructions, stdout);
    printf("\nyour answer: %s\n", path ? path : "?");
    if (!src)
        fprintf(stderr, "ormkata show: %s\n", err);
    printf("check it:    ormkata check %s\n", k->id);
    free(src);
    free(path);
    kcli_free(&c);
    return src ? EXIT_OK : EXIT_USAGE;
}

/* ------------------------------------------------------------------ */
/* hint                                                                 */
/* ------------------------------------------------------------------ */

static const char hint_usage[] =
    "usage: ormkata hint [options] KATA\n"
    "\n"
    "Show the kata's next hint (each call shows one more, and counts it), and the\n"
    "ones seen before.\n"
    "\n"
    "options:\n" COMMON_OPTS;

int cmd_hint(int argc, char **argv)
{
    KataCli c = { .cmd = "hint", .usage = hint_usage };
    const Kata *k = NULL;
    int rc = setup_kata(&c, argc, argv, NULL, 0, 1, &k);
    if (rc >= 0) {
        kcli_free(&c);
        return rc;
    }
    if (!k->nhints) {
        printf("%s has no hints.\n", k->id);
        kcli_free(&c);
        return EXIT_OK;
    }
    char err[512];
    int seen = workspace_hints_seen(c.ws, k->id);
    int n = workspace_hint_next(c.ws, k->id, (int)k->nhints, err, sizeof err);
    if (n < 0) {
        fprintf(stderr, "ormkata hint: %s\n", err);
        kcli_free(&c);
        return EXIT_INTERNAL;
    }
    for (int i = 0; i < n; i++) {
        printf("Hint %d of %zu%s:\n", i + 1, k->nhints, i + 1 == n && n > seen ? " (new)" : "");
        fputs(k->hints[i], stdout);
        if (i + 1 < n)
            fputc('\n', stdout);
    }
    if (n == seen)
        printf("\n(no more hints: that was the last one)\n");
    kcli_free(&c);
    return EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* reset                                                                */
/* ------------------------------------------------------------------ */

static const char reset_usage[] =
    "usage: ormkata reset [options] KATA\n"
    "\n"
    "Put the kata's starter back in your answer file. The old answer is kept\n"
    "beside it as NAME.py.bak.\n"
    "\n"
    "options:\n" COMMON_OPTS;

int cmd_reset(int argc, char **argv)
{
    KataCli c = { .cmd = "reset", .usage = reset_usage };
    const Kata *k = NULL;
    int rc = setup_kata(&c, argc, argv, NULL, 0, 1, &k);
    if (rc >= 0) {
        kcli_free(&c);
        return rc;
    }
    char err[512];
    if (workspace_reset_answer(c.ws, k, err, sizeof err) != 0) {
        fprintf(stderr, "ormkata reset: %s\n", err);
        kcli_free(&c);
        return EXIT_INTERNAL;
    }
    char *path = workspace_answer_path(c.ws, k);
    printf("%s is the starter again (the old answer is in %s.bak)\n", path ? path : k->id,
           path ? path : k->id);
    free(path);
    kcli_free(&c);
    return EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* solution                                                             */
/* ------------------------------------------------------------------ */

static const char solution_usage[] =
    "usage: ormkata solution [options] KATA\n"
    "\n"
    "Print the kata's reference solution: once you passed the kata, or with --force.\n"
    "\n"
    "options:\n"
    "  --force            show it even though the kata has not passed yet\n" COMMON_OPTS;

int cmd_solution(int argc, char **argv)
{
    KataCli c = { .cmd = "solution", .usage = solution_usage };
    int force = 0;
    KataOpt opts[] = { { "--force", &force, NULL } };
    const Kata *k = NULL;
    int rc = setup_kata(&c, argc, argv, opts, 1, 1, &k);
    if (rc >= 0) {
        kcli_free(&c);
        return rc;
    }
    if (!force && workspace_status(c.ws, k->id) != KATA_PASSED) {
        fprintf(stderr, "ormkata solution: pass %s first (`ormkata check %s`), or use --force\n", k->id, k->id);
        kcli_free(&c);
        return EXIT_FAILED;
    }
    fputs(k->solution, stdout);
    kcli_free(&c);
    return EXIT_OK;
}
