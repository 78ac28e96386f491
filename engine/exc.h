/*
 * exc.h — raising and catching Python exceptions in C.
 *
 * A raise longjmps to the nearest catch point (an ExcFrame). Catching:
 *
 *     ExcFrame ef;
 *     exc_push(I, &ef);
 *     if (setjmp(ef.jb) == 0) {
 *         ... code that may raise ...
 *         exc_pop(I, &ef);           // normal exit: always pop
 *     } else {
 *         // ef is already popped and interpreter state restored;
 *         // the exception is I->exc (an exception instance).
 *         if (!exc_matches(I, I->exc, I->cls.KeyError)) exc_reraise(I);
 *         exc_clear(I);
 *     }
 *
 * Locals changed inside the protected block and read in the handler must be
 * `volatile` (C's setjmp rule).
 *
 * Budget overruns (steps, memory, output, time) are *fatal*: except clauses
 * never see them; they unwind straight to the frame pushed with
 * exc_push_root (the run's catch point). Cleanups registered with
 * exc_cleanup_push run on every unwind past them (finalise sqlite3_stmt
 * handles there).
 */
#ifndef ORMKATA_EXC_H
#define ORMKATA_EXC_H

#include <setjmp.h>
#include <stdbool.h>

#include "obj.h"

typedef struct Cleanup {
    struct Cleanup *prev;
    void (*fn)(void *arg);
    void *arg;
} Cleanup;

typedef struct ExcFrame {
    jmp_buf jb;
    struct ExcFrame *prev;
    bool root;                  /* catches fatal errors too */
    /* interpreter state restored on unwind */
    struct FrameInfo *frame;
    int depth;
    Cleanup *cleanup;
    size_t vsp;                 /* eval's value-stack pointer */
} ExcFrame;

/* Traceback entry: one Python frame an exception passed through. */
typedef struct TbEntry {
    struct TbEntry *next;       /* towards the raise point */
    Str *filename;
    Str *funcname;              /* "<module>" for module level */
    int line;
    struct Obj *obj;            /* its `traceback` object, once one was asked for */
} TbEntry;

/* Layout of BaseException instances (and Python subclasses of it). */
typedef struct ExcObj {
    Obj hdr;
    Dict *dict;
    Tuple *args;
    Value cause;                /* __cause__, V_NONE */
    Value context;              /* __context__, V_NONE */
    bool suppress_context;
    TbEntry *tb;                /* outermost frame first */
    struct FrameInfo *tb_top;   /* the frame of tb's first entry while unwinding */
} ExcObj;

/* Kinds of fatal stop (Interp.fatal). */
typedef enum FatalKind {
    FATAL_NONE = 0, FATAL_STEPS, FATAL_MEMORY, FATAL_OUTPUT, FATAL_TIME, FATAL_SQL, FATAL_INTERNAL
} FatalKind;

void exc_push(Interp *I, ExcFrame *ef);
void exc_push_root(Interp *I, ExcFrame *ef);
void exc_pop(Interp *I, ExcFrame *ef);

/* Raise an exception instance (or a class, which is instantiated with no args). */
_Noreturn void exc_raise(Interp *I, Value exc);
/* Raise cls(message) with a printf-formatted message. */
_Noreturn void exc_raisef(Interp *I, Class *cls, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Raise cls(*args) with an argument value (KeyError(key) keeps the key's repr). */
_Noreturn void exc_raise_arg(Interp *I, Class *cls, Value arg);
/* Re-raise I->exc as it is (traceback kept). */
_Noreturn void exc_reraise(Interp *I);
/* Stop the run: a budget overrun or internal failure no except clause can catch. */
_Noreturn void exc_fatal(Interp *I, FatalKind kind, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Pass on a fatal stop (I->fatal already set, its report made) to the
 * nearest root catch point: how a stop inside a generator's body reaches
 * the run's catch point once the generator's fiber has given up. */
_Noreturn void exc_fatal_again(Interp *I);

bool exc_matches(Interp *I, Value exc, Class *cls);
void exc_clear(Interp *I);

/* Create an exception instance cls(*args). */
Value exc_new(Interp *I, Class *cls, int argc, const Value *argv);
Value exc_new_msg(Interp *I, Class *cls, const char *msg);
/* Set an attribute of the exception instance exc (NameError's and
 * ImportError's .name, AttributeError's .obj, …) in its own dict. */
void exc_set_attr(Interp *I, Value exc, const char *name, Value v);

/* A `traceback` object for entry t (None for NULL), and back. */
Value exc_tb_wrap(Interp *I, TbEntry *t);
TbEntry *exc_tb_entry(Interp *I, Value tb);      /* NULL: not a traceback */

/* A frame of kata Python's own version of what is C in CPython (operator,
 * io, _csv, heapq, bisect, itertools, functools' reduce/partial/lru_cache
 * wrapper): left out of tracebacks, as CPython shows no line for it. */
struct FrameInfo;
bool exc_frame_hidden(const struct FrameInfo *f);

/* "KeyError: 'missing'" — the last line of a traceback (or "KeyError" alone). */
Str *exc_format_line(Interp *I, Value exc);

void exc_cleanup_push(Interp *I, Cleanup *c, void (*fn)(void *), void *arg);
void exc_cleanup_pop(Interp *I, Cleanup *c, bool run);

#endif
