/*
 * mod_kata.h — the `kata` module: the checks API a kata's check.py uses
 * (capture_queries, expect, expect_queries, expect_raises, call_view,
 * source inspection), and what the grader reads back after check.py ran.
 *
 * Contract between the checks module (engine/mod_kata*.c) and the grader
 * (engine/grade*.c). Both sides may ADD to this header; changing an existing
 * declaration needs both owners.
 *
 * How a grading run uses it (one fresh Interp per fixture variant):
 *   1. mod_kata_register(I) makes `import kata` work in that interpreter;
 *   2. mod_kata_set_answer(I, ...) tells the module which file is the
 *      learner's answer (its source, for source inspection; its module name,
 *      "answer", for `from answer import f`);
 *   3. the grader runs check.py; each expect*() call appends one KataCheck;
 *      an exception escaping check.py is the grader's to report;
 *   4. mod_kata_results() returns the checks in order.
 * Everything lives in the run's arena and dies with the interpreter.
 */
#ifndef ORMKATA_MOD_KATA_H
#define ORMKATA_MOD_KATA_H

#include <stdbool.h>
#include <stddef.h>

#include "obj.h"

/* One named check, as check.py recorded it. */
typedef struct KataCheck {
    const char *message;   /* the sentence the learner reads (UTF-8, arena) */
    const char *detail;    /* why it failed: what the SQL/result showed; NULL when passed */
    bool passed;
    int line;              /* check.py line of the expect*() call, 0 if unknown */
} KataCheck;

/* Make `import kata` available in I. Call once, before running check.py. */
void mod_kata_register(Interp *I);

/* The learner's answer: its module name (e.g. "answer"), file name as shown
 * in messages, and source text (copied into the arena). */
void mod_kata_set_answer(Interp *I, const char *modname, const char *filename,
                         const char *src, size_t len);

/* The checks recorded so far, in order; *n is set to their number. The
 * array stays valid until the next expect*() call in I. */
const KataCheck *mod_kata_results(Interp *I, size_t *n);

#endif
