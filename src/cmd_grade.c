/*
 * cmd_grade.c — `ormkata grade --format F [--out FILE] DIR...`: grade
 * workspaces for autograders (CI, Gradescope, GitHub Classroom).
 *
 * Each DIR is a workspace: DIR/<lesson>/<kata>.py per kata; a missing file
 * fails its kata. Nothing is written into the workspaces or the lessons;
 * the report goes to stdout or, with --out, to FILE (written atomically).
 * Exit status: 0 every kata passed, 1 some failed, 2 bad usage (unknown
 * format, missing DIR), 3 internal error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"
#include "grade.h"
#include "kata.h"
#include "report.h"
#include "workspace.h"

static const char grade_usage[] =
    "usage: ormkata grade [options] DIR...\n"
    "\n"
    "Grade workspaces (each DIR holds LESSON/KATA.py answers) against every kata,\n"
    "on both fixtures, and report for an autograder. Test ids are the kata ids\n"
    "(01-lazy/02-count); points are the weights.\n"
    "\n"
    "options:\n"
    "  --format F         text (default), json, junit, tap or gradescope\n"
    "  --out FILE         write the report to FILE instead of stdout\n"
    "  --lessons DIR      the lessons folder (default ./lessons, else the installed one)\n"
    "  -h, --help         show this help\n"
    "\n"
    "exit status: 0 all passed, 1 a kata failed, 2 bad usage, 3 internal error\n";

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Grade every kata of set against workspace dir into *s. Returns 0 or -1
 * (internal error). The answers' sources are kept in srcs (freed by caller). */
static int grade_dir(Grader *g, const KataSet *set, const char *dir, ReportSuite *s, char **srcs)
{
    double t0 = now_ms();
    int rc = 0;
    s->dir = dir;
    s->n = set->nkatas;
    s->entries = calloc(s->n ? s->n : 1, sizeof *s->entries);
    if (!s->entries)
        return -1;
    for (size_t i = 0; i < s->n; i++) {
        const Kata *k = set->katas[i];
        ReportEntry *e = &s->entries[i];
        e->kata = k;
        e->res.kata = k;
        char *path = NULL;
        if (asprintf(&path, "%s/%s.py", dir, k->id) < 0)
            return -1;
        char err[512];
        size_t len = 0;
        srcs[i] = cli_read_file(path, &len, err, sizeof err);
        if (!srcs[i]) {
            e->missing = true;
            if (asprintf(&e->res.summary, "no answer: %s: %s", path, err) < 0)
                e->res.summary = NULL;
        } else {
            e->answer = srcs[i];
            /* name the answer as the learner knows it: LESSON/KATA.py */
            char *shown = NULL;
            if (asprintf(&shown, "%s.py", k->id) < 0)
                shown = NULL;
            if (grade_run(g, k, shown ? shown : path, srcs[i], len, &e->res) != 0)
                rc = -1;
            free(shown);
        }
        free(path);
    }
    s->ms = now_ms() - t0;
    return rc;
}

int cmd_grade(int argc, char **argv)
{
    KataCli c = { .cmd = "grade", .usage = grade_usage };
    const char *format = "text", *out = NULL;
    KataOpt opts[] = { { "--format", NULL, &format }, { "--out", NULL, &out } };
    int rc = kcli_parse(&c, argc, argv, opts, 2, 1, -1);
    if (rc >= 0) {
        kcli_free(&c);
        return rc;
    }
    int (*machine)(FILE *, const ReportSuite *, size_t) = NULL;
    if (!strcmp(format, "json"))
        machine = report_json;
    else if (!strcmp(format, "junit"))
        machine = report_junit;
    else if (!strcmp(format, "tap"))
        machine = report_tap;
    else if (!strcmp(format, "gradescope"))
        machine = report_gradescope;
    else if (strcmp(format, "text") != 0) {
        rc = kcli_usage_error(&c, "unknown format '%s' (text, json, junit, tap or gradescope)", format);
        kcli_free(&c);
        return rc;
    }
    for (int i = 0; i < c.npos; i++) {
        struct stat st;
        if (stat(c.pos[i], &st) != 0 || !S_ISDIR(st.st_mode)) {
            fprintf(stderr, "ormkata grade: %s is not a workspace folder\n", c.pos[i]);
            kcli_free(&c);
            return EXIT_USAGE;
        }
    }
    rc = kcli_load(&c, 1);
    if (rc >= 0) {
        kcli_free(&c);
        return rc;
    }
    Grader *g = grade_new(NULL);
    ReportSuite *suites = calloc((size_t)c.npos, sizeof *suites);
    char **srcs = calloc((size_t)c.npos * (c.set->nkatas + 1), sizeof *srcs);
    if (!g || !suites || !srcs) {
        grade_free(g);
        free(suites);
        free(srcs);
        kcli_free(&c);
        return EXIT_INTERNAL;
    }
    int internal = 0;
    for (int i = 0; i < c.npos; i++)
        if (grade_dir(g, c.set, c.pos[i], &suites[i], srcs + (size_t)i * (c.set->nkatas + 1)) != 0)
            internal = 1;

    char *buf = NULL;
    size_t len = 0;
    FILE *f = out ? open_memstream(&buf, &len) : stdout;
    int wrc = -1;
    if (f) {
        ReportStyle st = { .color = !out && c.color };
        wrc = machine ? machine(f, suites, (size_t)c.npos) : report_text(f, &st, suites, (size_t)c.npos);
        if (out)
            fclose(f);
        else
            fflush(stdout);
    }
    if (out && wrc == 0) {
        char err[512];
        if (workspace_write_atomic(out, buf, len, err, sizeof err) != 0) {
            fprintf(stderr, "ormkata grade: %s\n", err);
            wrc = -1;
        }
    }
    free(buf);
    int all = 1;
    for (int i = 0; i < c.npos; i++) {
        for (size_t j = 0; j < suites[i].n; j++) {
            all = all && suites[i].entries[j].res.passed;
            grade_result_free(&suites[i].entries[j].res);
        }
        free(suites[i].entries);
    }
    for (size_t i = 0; i < (size_t)c.npos * (c.set->nkatas + 1); i++)
        free(srcs[i]);
    free(srcs);
    free(suites);
    grade_free(g);
    kcli_free(&c);
    if (internal || wrc != 0)
        return EXIT_INTERNAL;
    return all ? EXIT_OK : EXIT_FAILED;
}
