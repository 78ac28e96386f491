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
#include <stdint.h>

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

/* ---- added by the checks module (engine/mod_kata*.c) ---- */

/* The module's initialiser, for builtins.c so that `ormkata run` programs
 * can `import kata` too:  interp_add_module(I, "kata", mod_kata_init);
 * (mod_kata_register does the same and also installs the trace hook). */
Module *mod_kata_init(Interp *I);

/* mod_kata_register installs the module's own db trace hook (it keeps a
 * private copy of every statement, so django.db.reset_queries() in the
 * answer cannot hide queries from capture_queries()). A front end that
 * wants per-statement callbacks too sets them here, after
 * mod_kata_register; they are called after the module's own. */
typedef struct DbQuery DbQuery;
void mod_kata_set_trace_hook(Interp *I, void (*fn)(void *ctx, const DbQuery *q, size_t index),
                             void *ctx);

/* True once the answer tried to record or forge checks itself (called
 * expect*() from its own code, or reset the query log inside
 * capture_queries()); a failed check saying so is then in the results. */
bool mod_kata_tampered(Interp *I);

/* ---- internal: shared by engine/mod_kata*.c only ---- */

typedef struct Node Node;
/* The answer's syntax tree (parsed once, lazily), or NULL when no answer
 * was set; raises ValueError when it does not parse. */
Node *mod_kata_answer_tree(Interp *I);
/* Source text of the answer (NULL when unset) and its length. */
const char *mod_kata_answer_src(Interp *I, size_t *len);
/* The source-inspection functions (mod_kata_src.c) into module m. */
void mod_kata_src_add(Interp *I, Module *m);
/* What k captured statements show, for a failed expect_queries()
 * (mod_kata_sql.c): "2 queries ran; this needs 1 — the first loaded every
 * row of blog_entry (60 rows): SELECT …". want[0..nwant) are the accepted
 * counts; nwant 0 describes the statements alone. lines[i] is statement
 * i's answer line (0 when none). */
Str *mod_kata_describe_queries(Interp *I, const DbQuery *const *qs, const int *lines, size_t k,
                               const int64_t *want, int nwant);

#endif
