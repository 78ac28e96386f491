/*
 * report.h — showing grading results: the learner's text (check, verify)
 * and the autograder formats of `ormkata grade` (json, junit, tap,
 * gradescope).
 *
 * A report is a list of suites, one per graded workspace, each a list of
 * katas with their GradeResult. Test ids are the kata ids ("lesson/kata"),
 * stable across runs; points are the weights.
 */
#ifndef ORMKATA_REPORT_H
#define ORMKATA_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "grade.h"
#include "kata.h"

typedef struct ReportEntry {
    const Kata *kata;
    GradeResult res;        /* res.summary says why when it failed */
    const char *answer;     /* the answer's source (for SQL source lines), may be NULL */
    bool missing;           /* no answer file: not graded */
} ReportEntry;

typedef struct ReportSuite {
    const char *dir;        /* the workspace */
    ReportEntry *entries;
    size_t n;
    double ms;
} ReportSuite;

/* Output styling for the text reports. */
typedef struct ReportStyle {
    bool color;             /* ANSI colours (a tty and no NO_COLOR) */
} ReportStyle;

/* Everything `ormkata check` shows for one graded answer: each check ✓/✗
 * with its message and why it failed, what the answer printed, errors with
 * their traceback, and the SQL that ran, numbered, with the answer's
 * source line for each statement. */
void report_check_text(FILE *f, const ReportStyle *st, const Kata *k, const GradeResult *r,
                       const char *answer_src);

/* One line per kata: "✓ 01-lazy/02-count  Count without loading rows  10/10". */
void report_line_text(FILE *f, const ReportStyle *st, const ReportEntry *e);

/* Machine formats (see each function in report_formats.c). Return 0, or -1
 * when writing failed. */
int report_json(FILE *f, const ReportSuite *s, size_t n);
int report_junit(FILE *f, const ReportSuite *s, size_t n);
int report_tap(FILE *f, const ReportSuite *s, size_t n);
int report_gradescope(FILE *f, const ReportSuite *s, size_t n);
/* The text format of `ormkata grade`: a line per kata and a total. */
int report_text(FILE *f, const ReportStyle *st, const ReportSuite *s, size_t n);

/* Points the entry earned: all of them when it passed, else 0. */
int report_score(const ReportEntry *e);

#endif
