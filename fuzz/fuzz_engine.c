/*
 * fuzz_engine.c — libFuzzer target for the interpreter (make fuzz).
 *
 * Each input is treated as the bytes of a kata Python file. It goes through
 * parse_module first; when that accepts it, the same bytes run through
 * interp_run under a small budget, so the evaluator sees only programs the
 * parser built. The promise under test is the engine's: whatever the bytes,
 * no crash, no sanitizer report, no leak, and every run ends in one of the
 * RunStatus values with a filled Diag. Output is thrown away.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "interp.h"
#include "parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void discard(void *ctx, const char *s, size_t n)
{
    (void)ctx;
    (void)s;
    (void)n;
}

/* A budget small enough that loops and deep recursion end well within
 * libFuzzer's -timeout, large enough that real programs finish. */
static Budget fuzz_budget(void)
{
    Budget b = budget_default();
    b.max_steps = 200000;
    b.max_bytes = 64u << 20;
    b.max_depth = 200;
    b.max_output = 64u << 10;
    b.max_sql_steps = 1000000;
    b.max_seconds = 2.0;
    return b;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const InterpOutput out = { discard, NULL };
    const Budget budget = fuzz_budget();
    const char *src = (const char *)data;
    ParseError perr;
    Interp *I;
    Node *tree;

    I = interp_new(&budget, &out);
    if (!I)
        return 0;
    memset(&perr, 0, sizeof perr);
    tree = parse_module(I, "fuzz.py", src, size, &perr);
    interp_free(I);
    if (!tree)
        return 0;

    /* It parsed: run it in a fresh interpreter, as `ormkata run` would. */
    I = interp_new(&budget, &out);
    if (!I)
        return 0;
    Diag diag;
    memset(&diag, 0, sizeof diag);
    RunStatus st = interp_run(I, "fuzz.py", "__main__", src, size, &diag);
    if (st != diag.status)
        abort();                /* the two answers must agree */
    if (st == RUN_EXCEPTION || st == RUN_SYNTAX || st == RUN_LIMIT) {
        const char *text = interp_error_text(I);
        if (!text)
            abort();
        (void)strlen(text);     /* must be a readable string */
    }
    interp_free(I);
    return 0;
}
