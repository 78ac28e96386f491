/*
 * cmd_kata_check.c — the kata commands that grade: `check KATA [FILE]` (one
 * answer, in detail), `verify` (the whole workspace) and `lint` (for
 * authors: every kata is well formed, its solution passes, its starter
 * fails).
 *
 * Exit status: 0 all passed / clean, 1 a check failed (lint: a solution
 * fails or a starter passes), 2 bad usage or a malformed kata file
 * (file:line on stderr), 3 internal error.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "grade.h"
#include "kata.h"
#include "report.h"
#include "workspace.h"

#define COMMON_OPTS \
    "  --lessons DIR      the lessons folder (default ./lessons, else the installed one)\n" \
    "  --workspace DIR    the workspace (default $ORMKATA_WORKSPACE, else\n" \
    "                     $XDG_DATA_HOME/ormkata/workspace or ~/.local/share/ormkata/workspace)\n" \
    "  -h, --help         show this help\n"

/* ------------------------------------------------------------------ */
/* check                                                                */
/* ------------------------------------------------------------------ */

static const char check_usage[] =
    "usage: ormkata check [options] KATA [FILE]\n"
    "\n"
    "Grade an answer: your workspace file for KATA (created from the starter when\n"
    "missing), or FILE. Shows each check (✓/✗) with its message, what your code\n"
    "printed, errors, and the SQL it ran, numbered, with your source lines. The\n"
    "checks run on two different fixtures; the kata passes when all pass on both.\n"
    "An attempt on the workspace file is recorded in its progress.\n"
    "\n"
    "options:\n" COMMON_OPTS
    "\n"
    "exit status: 0 passed, 1 a check failed, 2 bad usage, 3 internal error\n";

int cmd_check(int argc, char **argv)
{
    KataCli c = { .cmd = "check", .usage = check_usage };
    const Kata *k = NULL;
    int rc = kcli_parse(&c, argc, argv, NULL, 0, 1, 2);
    if (rc < 0)
        rc = kcli_load(&c, 0);
    if (rc < 0 && !(k = kcli_find(&c, c.pos[0])))
        rc = EXIT_USAGE;
    if (rc < 0 && c.npos < 2)
        rc = kcli_workspace(&c);
    if (rc >= 0) {
        kcli_free(&c);
        return rc;
    }
    char err[512];
    size_t len = 0;
    char *src, *path;
    if (c.npos == 2) {
        path = strdup(c.pos[1]);
        src = cli_read_file(c.pos[1], &len, err, sizeof err);
    } else {
        path = workspace_answer_path(c.ws, k);
        src = workspace_load_answer(c.ws, k, &len, err, sizeof err);
    }
    if (!src || !path) {
        fprintf(stderr, "ormkata check: %s%s%s\n", c.npos == 2 ? c.pos[1] : "", c.npos == 2 ? ": " : "", err);
        free(src);
        free(path);
        kcli_free(&c);
        return EXIT_USAGE;
    }
    Grader *g = grade_new(NULL);
    GradeResult r;
    if (!g || grade_run(g, k, path, src, len, &r) != 0) {
        fprintf(stderr, "ormkata check: internal error: %s\n", g ? (r.summary ? r.summary : "?") : "out of memory");
        if (g)
            grade_result_free(&r);
        grade_free(g);
        free(src);
        free(path);
        kcli_free(&c);
        return EXIT_INTERNAL;
    }
    if (c.ws && workspace_record(c.ws, &r, err, sizeof err) != 0)
        fprintf(stderr, "ormkata check: could not record the attempt: %s\n", err);
    ReportStyle st = { .color = c.color };
    report_check_text(stdout, &st, k, &r, src);
    rc = r.passed ? EXIT_OK : EXIT_FAILED;
    grade_result_free(&r);
    grade_free(g);
    free(src);
    free(path);
    kcli_free(&c);
    return rc;
}

/* ------------------------------------------------------------------ */
/* verify                                                               */
/* ------------------------------------------------------------------ */

static const char verify_usage[] =
    "usage: ormkata verify [options]\n"
    "\n"
    "Grade every kata of your workspace, one line each, then the details of the\n"
    "first failure (all of them with --all). A kata whose answer file does not\n"
    "exist yet fails. Exit status 1 while any kata fails.\n"
    "\n"
    "options:\n"
    "  --all              show the details of every failing kata\n" COMMON_OPTS;

int cmd_verify(int argc, char **argv)
{
    KataCli c = { .cmd = "verify", .usage = verify_usage };
    int all = 0;
    KataOpt opts[] = { { "--all", &all, NULL } };
    int rc = kcli_parse(&c, argc, argv, opts, 1, 0, 0);
    if (rc < 0)
        rc = kcli_load(&c, 1);
    if (rc < 0)
        rc = kcli_workspace(&c);
    if (rc >= 0) {
        kcli_free(&c);
        return rc;
    }
    ReportStyle st = { .color = c.color };
    Grader *g = grade_new(NULL);
    if (!g) {
        kcli_free(&c);
        return EXIT_INTERNAL;
    }
    size_t n = c.set->nkatas;
    ReportEntry *es = calloc(n ? n : 1, sizeof *es);
    char **srcs = calloc(n ? n : 1, sizeof *srcs);
    rc = EXIT_OK;
    int score = 0, npassed = 0;
    for (size_t i = 0; es && srcs && i < n; i++) {
        const Kata *k = c.set->katas[i];
        ReportEntry *e = &es[i];
        e->kata = k;
        char *path = workspace_answer_path(c.ws, k);
        char err[512];
        size_t len = 0;
        /* A kata without an answer file gets its starter, as on first
         * use anywhere else, and is graded like any answer. */
        if (!path || !(srcs[i] = workspace_load_answer(c.ws, k, &len, err, sizeof err))) {
            e->missing = true;
            e->res.kata = k;
            if (asprintf(&e->res.summary, "%s: %s", path, err) < 0)
                e->res.summary = NULL;
        } else {
            e->answer = srcs[i];
            if (grade_run(g, k, path, srcs[i], len, &e->res) != 0)
                rc = EXIT_INTERNAL;
            else if (workspace_record(c.ws, &e->res, err, sizeof err) != 0)
                fprintf(stderr, "ormkata verify: could not record the attempt: %s\n", err);
        }
        free(path);
        report_line_text(stdout, &st, e);
        fflush(stdout);
        if (e->res.passed) {
            npassed++;
            score += k->points;
        } else if (rc == EXIT_OK) {
            rc = EXIT_FAILED;
        }
    }
    int shown = 0;
    for (size_t i = 0; es && i < n; i++) {
        if (es[i].res.passed || es[i].missing || (shown && !all))
            continue;
        fputs("\n", stdout);
        report_check_text(stdout, &st, es[i].kata, &es[i].res, es[i].answer);
        shown++;
    }
    if (!n)
        printf("no katas in %s\n", c.lessons_dir);
    else
        printf("\n%d/%zu katas passed, %d/%d points\n", npassed, n, score, kata_total_points(c.set));
    for (size_t i = 0; es && i < n; i++) {
        grade_result_free(&es[i].res);
        free(srcs[i]);
    }
    if (!es || !srcs)
        rc = EXIT_INTERNAL;
    free(es);
    free(srcs);
    grade_free(g);
    kcli_free(&c);
    return rc;
}

/* ------------------------------------------------------------------ */
/* lint                                                                 */
/* ------------------------------------------------------------------ */

static const char lint_usage[] =
    "usage: ormkata lint [options] [DIR]\n"
    "\n"
    "Check a lessons folder (DIR, else --lessons, else ./lessons): every kata file\n"
    "is well formed, its Python sections parse, it has at least one hint, its\n"
    "reference solution passes every check on both fixtures, and its starter fails\n"
    "at least one. Problems are printed as file:line: message.\n"
    "\n"
    "options:\n"
    "  --lessons DIR      the lessons folder\n"
    "  -q, --quiet        print only problems\n"
    "  -h, --help         show this help\n"
    "\n"
    "exit status: 0 clean, 1 a solution fails or a starter passes (or no hint),\n"
    "2 a malformed kata file or bad usage, 3 internal error\n";

/* Parse one Python section; print a problem (mapped to the .kata line). */
static int lint_syntax(const Kata *k, const char *section, const char *src, int first_line)
{
    Diag d;
    if (grade_syntax_check(section, src, strlen(src), &d) == 0)
        return 0;
    if (d.status == RUN_INTERNAL) {
        fprintf(stderr, "%s: %s\n", k->path, d.message);
        return 1;
    }
    printf("%s:%d: %s does not parse: %s: %s\n", k->path, first_line + (d.line > 0 ? d.line - 1 : 0), section,
           d.kind, d.message);
    return 1;
}

int cmd_lint(int argc, char **argv)
{
    KataCli c = { .cmd = "lint", .usage = lint_usage };
    int quiet = 0;
    KataOpt opts[] = { { "--quiet", &quiet, NULL }, { "-q", &quiet, NULL } };
    int rc = kcli_parse(&c, argc, argv, opts, 2, 0, 1);
    if (rc >= 0) {
        kcli_free(&c);
        return rc;
    }
    if (c.npos == 1)
        c.lessons_flag = c.pos[0];
    rc = kcli_load(&c, 0);
    if (rc >= 0) {
        kcli_free(&c);
        return rc;
    }
    size_t format_problems = c.set->ndiags, problems = 0;
    for (size_t i = 0; i < c.set->ndiags; i++) {
        const Diag *d = &c.set->diags[i];
        if (d->line)
            printf("%s:%d: %s\n", d->file, d->line, d->message);
        else
            printf("%s: %s\n", d->file, d->message);
    }
    Grader *g = grade_new(NULL);
    if (!g) {
        kcli_free(&c);
        return EXIT_INTERNAL;
    }
    int internal = 0;
    for (size_t i = 0; i < c.set->nkatas; i++) {
        const Kata *k = c.set->katas[i];
        size_t before = problems + format_problems;
        size_t syn = 0;
        syn += (size_t)lint_syntax(k, "starter.py", k->starter, k->starter_line);
        syn += (size_t)lint_syntax(k, "solution.py", k->solution, k->solution_line);
        syn += (size_t)lint_syntax(k, "check.py", k->check, k->check_line);
        format_problems += syn;
        if (!k->nhints) {
            printf("%s: no '=== hint' section (every kata needs at least one hint)\n", k->path);
            problems++;
        }
        if (!syn) {
            GradeResult r;
            if (grade_run(g, k, "solution.py", k->solution, strlen(k->solution), &r) != 0)
                internal = 1;
            if (!r.passed) {
                printf("%s:%d: the reference solution fails: %s\n", k->path, k->solution_line,
                       r.summary ? r.summary : "?");
                problems++;
            }
            grade_result_free(&r);
            if (grade_run(g, k, "starter.py", k->starter, strlen(k->starter), &r) != 0)
                internal = 1;
            if (r.passed) {
                printf("%s:%d: the starter passes every check (it should fail at least one)\n", k->path,
                       k->starter_line);
                problems++;
            }
            grade_result_free(&r);
        }
        if (!quiet && problems + format_problems == before)
            printf("ok  %s\n", k->id);
    }
    grade_free(g);
    size_t total = problems + format_problems;
    if (!quiet || total)
        printf("%zu kata%s in %s, %zu problem%s\n", c.set->nkatas, c.set->nkatas == 1 ? "" : "s",
               c.lessons_dir, total, total == 1 ? "" : "s");
    kcli_free(&c);
    if (internal)
        return EXIT_INTERNAL;
    return format_problems ? EXIT_USAGE : problems ? EXIT_FAILED : EXIT_OK;
}
