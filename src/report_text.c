/*
 * report_text.c — grading results as the learner reads them in a
 * terminal: `ormkata check` (every check, output, errors, the SQL with
 * source lines), one line per kata for `verify` and `grade --format text`.
 *
 * Colour only when the caller says so (a tty without NO_COLOR); the glyph
 * and a word always carry the meaning, so nothing depends on colour alone.
 */
#include "report.h"

#include <string.h>

#define C_RESET "\033[0m"
#define C_GREEN "\033[32m"
#define C_RED "\033[31m"
#define C_DIM "\033[2m"
#define C_BOLD "\033[1m"
#define C_CYAN "\033[36m"

static const char *col(const ReportStyle *st, const char *code)
{
    return st && st->color ? code : "";
}

int report_score(const ReportEntry *e)
{
    return e->res.passed ? e->kata->points : 0;
}

/* Line `line` (1-based) of src without its newline, leading blanks
 * dropped; *n its length. NULL when there is no such line. */
static const char *src_line(const char *src, int line, size_t *n)
{
    if (!src || line < 1)
        return NULL;
    const char *p = src;
    for (int l = 1; l < line; l++) {
        p = strchr(p, '\n');
        if (!p)
            return NULL;
        p++;
    }
    while (*p == ' ' || *p == '\t')
        p++;
    const char *e = strchr(p, '\n');
    *n = e ? (size_t)(e - p) : strlen(p);
    if (*n && p[*n - 1] == '\r')
        (*n)--;
    return p;
}

/* Write text indented by `ind` spaces on every line. */
static void indented(FILE *f, const char *text, int ind)
{
    const char *p = text;
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        fprintf(f, "%*s%.*s\n", ind, "", (int)n, p);
        if (!e)
            break;
        p = e + 1;
    }
}

static void check_line(FILE *f, const ReportStyle *st, const GradeCheck *c, const char *suffix)
{
    if (c->passed)
        fprintf(f, "  %s✓%s %s%s\n", col(st, C_GREEN), col(st, C_RESET), c->message, suffix);
    else
        fprintf(f, "  %s✗%s %s%s\n", col(st, C_RED), col(st, C_RESET), c->message, suffix);
    if (!c->passed && c->detail && *c->detail)
        indented(f, c->detail, 6);
}

void report_check_text(FILE *f, const ReportStyle *st, const Kata *k, const GradeResult *r,
                       const char *answer_src)
{
    fprintf(f, "%s%s%s  %s\n", col(st, C_BOLD), k->id, col(st, C_RESET), k->title);
    const GradeVariant *v1 = &r->variants[0], *v2 = &r->variants[1];

    if (v1->answer_status != RUN_OK && v1->answer_error) {
        fprintf(f, "\n%sYour answer stopped:%s\n", col(st, C_RED), col(st, C_RESET));
        indented(f, v1->answer_error, 2);
    }
    if (v1->nchecks)
        fputc('\n', f);
    for (size_t i = 0; i < v1->nchecks; i++)
        check_line(f, st, &v1->checks[i], "");
    /* checks that passed on fixture 1 but not on fixture 2: a hard-coded
     * result shows up here */
    if (v2->ran) {
        for (size_t i = 0; i < v2->nchecks; i++) {
            const GradeCheck *c = &v2->checks[i];
            bool same = i < v1->nchecks && !strcmp(v1->checks[i].message, c->message);
            if (!c->passed && (!same || v1->checks[i].passed))
                check_line(f, st, c, " (on the second fixture)");
        }
    }
    for (int i = 0; i < GRADE_NVARIANTS; i++) {
        const GradeVariant *v = &r->variants[i];
        if (v->ran && v->tamper) {
            fprintf(f, "  %s✗%s %s\n", col(st, C_RED), col(st, C_RESET), v->tamper);
            break;
        }
    }
    if (v1->check_status != RUN_OK && v1->check_error) {
        fprintf(f, "\n%s%s%s\n", col(st, C_RED),
                v1->stop_line ? "Your answer stopped:" : "The checks stopped:", col(st, C_RESET));
        indented(f, v1->check_error, 2);
    }
    if (v1->output_len) {
        fprintf(f, "\n%sOutput:%s\n", col(st, C_BOLD), col(st, C_RESET));
        indented(f, v1->output, 2);
    }
    size_t nans = 0;
    for (size_t i = 0; i < v1->nqueries; i++)
        nans += v1->queries[i].in_answer;
    if (nans) {
        fprintf(f, "\n%sSQL your answer ran%s (%zu statement%s):\n", col(st, C_BOLD), col(st, C_RESET),
                nans, nans == 1 ? "" : "s");
        size_t num = 0;
        for (size_t i = 0; i < v1->nqueries; i++) {
            const GradeQuery *q = &v1->queries[i];
            if (!q->in_answer)
                continue;
            num++;
            size_t n = 0;
            const char *ls = src_line(answer_src, q->line, &n);
            fprintf(f, "  %s%zu.%s line %d", col(st, C_BOLD), num, col(st, C_RESET), q->line);
            if (ls)
                fprintf(f, ": %s%.*s%s", col(st, C_DIM), (int)n, ls, col(st, C_RESET));
            fputc('\n', f);
            fprintf(f, "     %s%s%s\n", col(st, C_CYAN), q->sql, col(st, C_RESET));
            if (!strcmp(q->kind, "SELECT"))
                fprintf(f, "     %s%lld row%s, %.2f ms%s%s\n", col(st, C_DIM), (long long)q->rows,
                        q->rows == 1 ? "" : "s", q->ms, q->failed ? ", failed" : "", col(st, C_RESET));
            else
                fprintf(f, "     %s%s, %lld changed, %.2f ms%s%s\n", col(st, C_DIM), q->kind,
                        (long long)q->rows, q->ms, q->failed ? ", failed" : "", col(st, C_RESET));
        }
    } else if (v1->answer_status == RUN_OK && v1->check_status == RUN_OK) {
        fprintf(f, "\n%sYour answer ran no SQL.%s\n", col(st, C_DIM), col(st, C_RESET));
    }
    fputc('\n', f);
    if (r->passed)
        fprintf(f, "%s✓ PASSED%s  %d point%s\n", col(st, C_GREEN), col(st, C_RESET), k->points,
                k->points == 1 ? "" : "s");
    else
        fprintf(f, "%s✗ FAILED%s  %s\n", col(st, C_RED), col(st, C_RESET), r->summary ? r->summary : "");
}

void report_line_text(FILE *f, const ReportStyle *st, const ReportEntry *e)
{
    const Kata *k = e->kata;
    if (e->res.passed)
        fprintf(f, "%s✓ passed%s  %-32s %3d/%-3d %s\n", col(st, C_GREEN), col(st, C_RESET), k->id,
                k->points, k->points, k->title);
    else
        fprintf(f, "%s✗ failed%s  %-32s %3d/%-3d %s\n           %s\n", col(st, C_RED), col(st, C_RESET),
                k->id, 0, k->points, k->title, e->res.summary ? e->res.summary : "");
}

int report_text(FILE *f, const ReportStyle *st, const ReportSuite *s, size_t n)
{
    int score = 0, max = 0, passed = 0, total = 0;
    for (size_t i = 0; i < n; i++) {
        if (n > 1 || s[i].dir)
            fprintf(f, "%s%s%s\n", col(st, C_BOLD), s[i].dir ? s[i].dir : "", col(st, C_RESET));
        for (size_t j = 0; j < s[i].n; j++) {
            const ReportEntry *e = &s[i].entries[j];
            report_line_text(f, st, e);
            score += report_score(e);
            max += e->kata->points;
            passed += e->res.passed;
            total++;
        }
    }
    fprintf(f, "%d/%d katas passed, %d/%d points\n", passed, total, score, max);
    return ferror(f) ? -1 : 0;
}
