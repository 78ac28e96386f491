/*
 * report_formats.c — `ormkata grade` results for machines: JSON (every
 * check), JUnit XML (one testcase per kata), TAP version 14 and
 * Gradescope's results.json.
 *
 * Every format names a kata by its id ("01-lazy/02-count"), stable across
 * runs, and uses its points as the weight. A failed kata's text is its
 * failed checks' messages (and why), or the error that stopped the answer.
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void jstr(FILE *f, const char *s)
{
    if (!s) {
        fputs("null", f);
        return;
    }
    fputc('"', f);
    json_escape(f, s, strlen(s));
    fputc('"', f);
}

/* The failure text of an entry: summary, then each failed check (both
 * fixtures), then the answer's error. malloc'd via open_memstream. */
static char *failure_text(const ReportEntry *e)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (!m)
        return NULL;
    const GradeResult *r = &e->res;
    /* the summary, unless the failed checks below say it already */
    size_t ran, passed;
    grade_count_checks(r, &ran, &passed);
    if (r->summary && (ran == passed || r->variants[0].tamper || r->variants[1].tamper))
        fprintf(m, "%s\n", r->summary);
    for (int i = 0; i < GRADE_NVARIANTS; i++) {
        const GradeVariant *v = &r->variants[i];
        for (size_t j = 0; j < v->nchecks; j++) {
            const GradeCheck *c = &v->checks[j];
            if (c->passed)
                continue;
            fprintf(m, "✗ %s%s", c->message, i ? " (second fixture)" : "");
            if (c->detail && *c->detail)
                fprintf(m, ": %s", c->detail);
            fputc('\n', m);
        }
        if (v->answer_error) {
            fputs(v->answer_error, m);
            break;
        }
        if (v->check_error)
            fputs(v->check_error, m);
    }
    fclose(m);
    return buf;
}

static void totals(const ReportSuite *s, size_t n, int *score, int *max, int *passed, int *total,
                   double *ms)
{
    *score = *max = *passed = *total = 0;
    *ms = 0;
    for (size_t i = 0; i < n; i++) {
        *ms += s[i].ms;
        for (size_t j = 0; j < s[i].n; j++) {
            *score += report_score(&s[i].entries[j]);
            *max += s[i].entries[j].kata->points;
            *passed += s[i].entries[j].res.passed;
            (*total)++;
        }
    }
}

/* ------------------------------------------------------------------ */
/* JSON                                                                 */
/* ------------------------------------------------------------------ */

/* {"score", "max_score", "passed", "total", "workspaces": [{"dir",
 *  "score", "max_score", "katas": [{"id", "title", "points", "score",
 *  "passed", "summary", "ms", "queries", "error", "checks": [...]}]}]} */
int report_json(FILE *f, const ReportSuite *s, size_t n)
{
    int score, max, passed, total;
    double ms;
    totals(s, n, &score, &max, &passed, &total, &ms);
    fprintf(f, "{\"score\": %d, \"max_score\": %d, \"passed\": %d, \"total\": %d, \"ms\": %.3f, \"workspaces\": [",
            score, max, passed, total, ms);
    for (size_t i = 0; i < n; i++) {
        int ws_score = 0, ws_max = 0;
        for (size_t j = 0; j < s[i].n; j++) {
            ws_score += report_score(&s[i].entries[j]);
            ws_max += s[i].entries[j].kata->points;
        }
        fprintf(f, "%s{\"dir\": ", i ? ", " : "");
        jstr(f, s[i].dir);
        fprintf(f, ", \"score\": %d, \"max_score\": %d, \"katas\": [", ws_score, ws_max);
        for (size_t j = 0; j < s[i].n; j++) {
            const ReportEntry *e = &s[i].entries[j];
            const GradeResult *r = &e->res;
            fputs(j ? ", {\"id\": " : "{\"id\": ", f);
            jstr(f, e->kata->id);
            fputs(", \"title\": ", f);
            jstr(f, e->kata->title);
            fprintf(f, ", \"points\": %d, \"score\": %d, \"passed\": %s, \"missing\": %s, \"summary\": ",
                    e->kata->points, report_score(e), r->passed ? "true" : "false",
                    e->missing ? "true" : "false");
            jstr(f, r->summary);
            fprintf(f, ", \"ms\": %.3f, \"queries\": %zu, \"error\": ", r->ms, grade_answer_queries(r));
            const char *err = r->variants[0].answer_error ? r->variants[0].answer_error
                            : r->variants[0].check_error;
            jstr(f, err);
            char *checks = grade_checks_json(r);
            fprintf(f, ", \"checks\": %s}", checks ? checks : "[]");
            free(checks);
        }
        fputs("]}", f);
    }
    fputs("]}\n", f);
    return ferror(f) ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* JUnit XML                                                            */
/* ------------------------------------------------------------------ */

/* XML text or attribute value: escapes & < > " ', drops the control
 * characters XML 1.0 forbids. */
static void xml(FILE *f, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        switch (*p) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        case '\'': fputs("&apos;", f); break;
        default:
            if (*p < 0x20 && *p != '\n' && *p != '\t' && *p != '\r')
                fputs("?", f);
            else
                fputc(*p, f);
        }
    }
}

/* <testsuites> with one <testsuite> per workspace and one <testcase> per
 * kata (classname = lesson, name = kata id); the points are testsuite
 * properties "points.<id>". A failed kata has <failure message=summary>
 * whose text lists the failed checks; an internal error is <error>. */
int report_junit(FILE *f, const ReportSuite *s, size_t n)
{
    int score, max, passed, total;
    double ms;
    totals(s, n, &score, &max, &passed, &total, &ms);
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", f);
    fprintf(f, "<testsuites name=\"ormkata\" tests=\"%d\" failures=\"%d\" errors=\"0\" time=\"%.3f\">\n",
            total, total - passed, ms / 1000);
    for (size_t i = 0; i < n; i++) {
        int fails = 0;
        for (size_t j = 0; j < s[i].n; j++)
            fails += !s[i].entries[j].res.passed;
        fputs("  <testsuite name=\"", f);
        xml(f, s[i].dir);
        fprintf(f, "\" tests=\"%zu\" failures=\"%d\" errors=\"0\" skipped=\"0\" time=\"%.3f\">\n", s[i].n,
                fails, s[i].ms / 1000);
        if (s[i].n) {
            fputs("    <properties>\n", f);
            for (size_t j = 0; j < s[i].n; j++) {
                fputs("      <property name=\"points.", f);
                xml(f, s[i].entries[j].kata->id);
                fprintf(f, "\" value=\"%d\"/>\n", s[i].entries[j].kata->points);
            }
            fputs("    </properties>\n", f);
        }
        for (size_t j = 0; j < s[i].n; j++) {
            const ReportEntry *e = &s[i].entries[j];
            fputs("    <testcase classname=\"", f);
            xml(f, e->kata->lesson ? e->kata->lesson->slug : "");
            fputs("\" name=\"", f);
            xml(f, e->kata->id);
            fprintf(f, "\" time=\"%.4f\"", e->res.ms / 1000);
            if (e->res.passed) {
                fputs("/>\n", f);
                continue;
            }
            fputs(">\n      <failure message=\"", f);
            xml(f, e->res.summary ? e->res.summary : "failed");
            fputs("\" type=\"KataFailed\">", f);
            char *text = failure_text(e);
            xml(f, text);
            free(text);
            fputs("</failure>\n", f);
            if (e->res.variants[0].output_len) {
                fputs("      <system-out>", f);
                xml(f, e->res.variants[0].output);
                fputs("</system-out>\n", f);
            }
            fputs("    </testcase>\n", f);
        }
        fputs("  </testsuite>\n", f);
    }
    fputs("</testsuites>\n", f);
    return ferror(f) ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* TAP version 14                                                       */
/* ------------------------------------------------------------------ */

/* A YAML double-quoted scalar. */
static void yaml_str(FILE *f, const char *s)
{
    jstr(f, s ? s : "");
}

/* "TAP version 14", the plan, then "ok N - <id>" / "not ok N - <id>" with a
 * YAML block (message, points, failed checks) under each failure. With
 * several workspaces the id is prefixed "dir: ". */
int report_tap(FILE *f, const ReportSuite *s, size_t n)
{
    int score, max, passed, total;
    double ms;
    totals(s, n, &score, &max, &passed, &total, &ms);
    fprintf(f, "TAP version 14\n1..%d\n", total);
    int num = 0;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < s[i].n; j++) {
            const ReportEntry *e = &s[i].entries[j];
            num++;
            fprintf(f, "%s %d - ", e->res.passed ? "ok" : "not ok", num);
            if (n > 1)
                fprintf(f, "%s: ", s[i].dir);
            /* '#' starts a directive in TAP: keep it out of descriptions */
            for (const char *p = e->kata->id; *p; p++)
                fputc(*p == '#' ? '_' : *p, f);
            fputc('\n', f);
            if (e->res.passed)
                continue;
            fputs("  ---\n  message: ", f);
            yaml_str(f, e->res.summary ? e->res.summary : "failed");
            fprintf(f, "\n  severity: fail\n  points: %d\n", e->kata->points);
            int any = 0;
            for (int v = 0; v < GRADE_NVARIANTS; v++)
                for (size_t c = 0; c < e->res.variants[v].nchecks; c++) {
                    const GradeCheck *gc = &e->res.variants[v].checks[c];
                    if (gc->passed)
                        continue;
                    if (!any)
                        fputs("  failed_checks:\n", f);
                    any = 1;
                    fprintf(f, "    - fixture: %d\n      message: ", v + 1);
                    yaml_str(f, gc->message);
                    fputs("\n      detail: ", f);
                    yaml_str(f, gc->detail);
                    fputc('\n', f);
                }
            if (!any)
                fputs("  failed_checks: []\n", f);
            fputs("  ...\n", f);
        }
    }
    return ferror(f) ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* Gradescope results.json                                              */
/* ------------------------------------------------------------------ */

/* https://gradescope-autograders.readthedocs.io/en/latest/specs/ : score,
 * max_score, execution_time (seconds), output, tests[] with name, number,
 * score, max_score, status ("passed"/"failed"), output, visibility. */
int report_gradescope(FILE *f, const ReportSuite *s, size_t n)
{
    int score, max, passed, total;
    double ms;
    totals(s, n, &score, &max, &passed, &total, &ms);
    char summary[128];
    snprintf(summary, sizeof summary, "%d of %d katas passed (%d/%d points).", passed, total, score, max);
    fprintf(f, "{\"score\": %d, \"max_score\": %d, \"execution_time\": %.3f, \"output\": ", score, max,
            ms / 1000);
    jstr(f, summary);
    fputs(", \"visibility\": \"visible\", \"tests\": [", f);
    int num = 0;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < s[i].n; j++) {
            const ReportEntry *e = &s[i].entries[j];
            num++;
            char name[512];
            snprintf(name, sizeof name, "%s%s%s: %s", n > 1 ? s[i].dir : "", n > 1 ? " " : "",
                     e->kata->id, e->kata->title);
            fputs(num > 1 ? ", {\"name\": " : "{\"name\": ", f);
            jstr(f, name);
            fprintf(f, ", \"number\": \"%d\", \"score\": %d, \"max_score\": %d, \"status\": \"%s\", \"output\": ",
                    num, report_score(e), e->kata->points, e->res.passed ? "passed" : "failed");
            char *text = e->res.passed ? NULL : failure_text(e);
            jstr(f, e->res.passed ? "All checks passed on both fixtures." : text ? text : "failed");
            free(text);
            fputs(", \"visibility\": \"visible\"}", f);
        }
    }
    fputs("]}\n", f);
    return ferror(f) ? -1 : 0;
}
