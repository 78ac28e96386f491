/*
 * interp.h — the engine's public face for running kata Python.
 *
 * A front end creates an Interp, runs one or more files in it (each file is
 * a module; later files can import earlier ones by name), reads the outcome,
 * and frees it. Nothing here prints or exits; output goes to the callback.
 * Interps share nothing: several may live side by side in one process.
 */
#ifndef ORMKATA_INTERP_H
#define ORMKATA_INTERP_H

#include <stddef.h>
#include <stdint.h>

typedef struct Interp Interp;

/* Every limit of a run, in one place. 0 means "no limit" for each. */
typedef struct Budget {
    uint64_t max_steps;         /* statements, loop iterations and calls */
    size_t max_bytes;           /* arena bytes */
    int max_depth;              /* Python call depth (RecursionError past it) */
    size_t max_output;          /* bytes printed */
    uint64_t max_sql_steps;     /* SQLite virtual machine steps (ORM) */
    double max_seconds;         /* wall time */
} Budget;

/* Defaults suited to katas: 10M steps, 256 MiB, depth 1000, 1 MiB output,
 * 50M SQL steps, 5 s. */
Budget budget_default(void);

typedef struct InterpOutput {
    void (*write)(void *ctx, const char *s, size_t n);   /* stdout of the program */
    void *ctx;
} InterpOutput;

typedef enum RunStatus {
    RUN_OK = 0,         /* finished normally */
    RUN_EXCEPTION,      /* an uncaught Python exception (traceback available) */
    RUN_SYNTAX,         /* SyntaxError/IndentationError while compiling (traceback available) */
    RUN_LIMIT,          /* a budget was exceeded (message available) */
    RUN_INTERNAL,       /* a bug in ormkata (message available) */
    RUN_EXIT            /* SystemExit (sys.exit(), exit()) ended it: no traceback;
                         * diag->exit_status is CPython's exit status (0 for
                         * None/0, the int, 1 for any other code, whose str()
                         * already went to the stderr channel); diag->kind is
                         * "SystemExit" and diag->message str() of the exception */
} RunStatus;

/* What went wrong, for a front end to show. */
typedef struct Diag {
    RunStatus status;
    char file[256];
    int line;                   /* 1-based, 0 when unknown */
    int col;                    /* 1-based, 0 when unknown */
    char kind[64];              /* "KeyError", "SyntaxError", "StepLimit" … */
    char message[1024];         /* "'missing'" / "stopped after 10,000,000 steps — …" */
    int exit_status;            /* RUN_EXIT: the status CPython would exit with (0..255) */
} Diag;

Interp *interp_new(const Budget *budget, const InterpOutput *out);

/* An interpreter that runs will fork() from: it has imported the ORM, the
 * models and the common standard modules (interp.c's template_preload),
 * and its memory budget counts from there (the preloaded modules are not
 * a program's). Library modules are parsed eagerly so the children share
 * the parsed bodies, and the preload's memory is taken as 2 MiB huge
 * pages where the system gives them (arena_use_huge_pages), so each fork
 * copies one page-table entry per 2 MiB instead of 512. No output set.
 * NULL when it cannot be made. */
Interp *interp_new_template(const Budget *budget);
void interp_free(Interp *I);

/* Run `src` (UTF-8, `len` bytes) as module `modname` ("__main__" for the
 * program) from file `path`. Fills *diag. Returns diag->status. */
RunStatus interp_run(Interp *I, const char *path, const char *modname,
                     const char *src, size_t len, Diag *diag);

/* The CPython-style traceback text of the last RUN_EXCEPTION / RUN_SYNTAX
 * ("Traceback (most recent call last):\n  File ...\nKeyError: 'missing'\n"),
 * or the limit message for RUN_LIMIT; "" for RUN_EXIT (CPython prints no
 * traceback). Owned by the interpreter. */
const char *interp_error_text(Interp *I);

/* repr() of a global of the module last run, or NULL when it is unset.
 * Owned by the interpreter. May itself fail (then NULL and *diag filled). */
const char *interp_global_repr(Interp *I, const char *name, Diag *diag);

/* Freeze the clock of every later run: date.today(), datetime.now() and
 * timezone.now() return this instant (microseconds since 1970, naive wall
 * clock), as the Django conformance harness does. */
void interp_freeze_now(Interp *I, int64_t unix_us);

/* Peak arena bytes used so far. */
size_t interp_memory_used(const Interp *I);


/* Where the program's stdout goes from now on. */
void interp_set_output(Interp *I, const InterpOutput *out);

/* Where the program's stderr goes (sys.stderr, the message of a SystemExit
 * whose code is not an int). Until this is called, or after it is called
 * with NULL, stderr goes to the stdout callback, interleaved, as a terminal
 * shows both. Both streams share the output budget. */
void interp_set_error_output(Interp *I, const InterpOutput *err);

#endif
