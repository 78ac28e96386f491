/*
 * interp_int.h — the interpreter's state, shared by the engine's files.
 * Front ends use interp.h; only engine/ includes this.
 */
#ifndef ORMKATA_INTERP_INT_H
#define ORMKATA_INTERP_INT_H

#include <time.h>

#include "arena.h"
#include "exc.h"
#include "interp.h"
#include "obj.h"

/* One Python frame, as tracebacks and the SQL tracer see it. eval.c embeds
 * this in its own frame record and links it into I->frame. */
typedef struct FrameInfo {
    struct FrameInfo *back;
    Str *filename;
    Str *funcname;              /* "<module>", "f", "<lambda>", "<listcomp>" … */
    int line;                   /* line being executed */
    int user;                   /* 1 when the file is the learner's (SQL tracer attribution) */
} FrameInfo;

/* Every builtin class, created by builtins_init. */
typedef struct BuiltinClasses {
    Class *object, *type, *NoneType, *NotImplementedType, *ellipsis;
    Class *bool_, *int_, *float_, *str, *bytes, *list, *tuple, *dict, *set, *frozenset;
    Class *range, *slice, *function, *builtin_function, *method, *module, *cell;
    Class *property, *staticmethod, *classmethod, *code, *traceback;
    /* iterators */
    Class *list_iterator, *tuple_iterator, *str_iterator, *range_iterator, *dict_keyiterator,
          *dict_valueiterator, *dict_itemiterator, *set_iterator, *generator;
    Class *dict_keys, *dict_values, *dict_items;
    Class *enumerate, *zip, *map, *filter, *reversed;
    /* exceptions */
    Class *BaseException, *SystemExit, *KeyboardInterrupt, *GeneratorExit, *Exception;
    Class *StopIteration, *ArithmeticError, *OverflowError, *ZeroDivisionError,
          *FloatingPointError, *AssertionError, *AttributeError, *BufferError, *EOFError,
          *ImportError, *ModuleNotFoundError, *LookupError, *IndexError, *KeyError,
          *MemoryError, *NameError, *UnboundLocalError, *OSError, *TimeoutError,
          *ReferenceError, *RuntimeError, *NotImplementedError, *RecursionError,
          *SyntaxError, *IndentationError, *TabError, *SystemError, *TypeError,
          *ValueError, *UnicodeError, *UnicodeDecodeError, *UnicodeEncodeError,
          *Warning, *DeprecationWarning, *UserWarning, *RuntimeWarning, *FileNotFoundError,
          *PermissionError;
} BuiltinClasses;

typedef struct ModuleEntry {
    struct ModuleEntry *next;
    const char *name;
    ModuleInit init;
    const char *src;            /* embedded Python source (interp_add_source_module), or NULL */
    const char *filename;       /* its file name in tracebacks */
    Module *mod;                /* after the first import */
    int loading;
} ModuleEntry;

/* Interned names used by the engine's hot paths (I->names.__init__ …). */
typedef struct Names {
    Str *__init__, *__new__, *__repr__, *__str__, *__hash__, *__eq__, *__ne__, *__lt__,
        *__le__, *__gt__, *__ge__, *__bool__, *__len__, *__iter__, *__next__,
        *__getitem__, *__setitem__, *__delitem__, *__contains__, *__getattr__,
        *__setattr__, *__delattr__, *__call__, *__enter__, *__exit__, *__format__,
        *__get__, *__name__, *__qualname__, *__module__, *__doc__, *__class__,
        *__dict__, *__main__, *__builtins__, *__init_subclass__, *__prepare__, *metaclass;
    Str *empty, *module_name;   /* "", "<module>" */
} Names;

struct Interp {
    Arena arena;
    Budget budget;
    InterpOutput out;
    InterpOutput err;           /* stderr; err.write NULL: merged into out */

    BuiltinClasses cls;
    Names names;
    Module *builtins;           /* the builtins module */
    struct InternTab *interned; /* str.c's intern table: text → its one Str */
    ModuleEntry *modules;

    /* exceptions */
    int parse_lazy_defs;        /* parse_module: module/class-level def bodies on first call */
    int eager_library;          /* a template (interp_new_template): library code parsed whole */
    ExcFrame *try_top;
    Value exc;                  /* the exception being raised/handled, V_UNSET when none */
    Value handling;             /* sys.exc_info() while in an except block (context chaining) */
    FatalKind fatal;
    char fatal_msg[256];
    TbEntry *fatal_tb;          /* where a fatal stop happened (malloc'd: the arena may be full) */
    Cleanup *cleanup;

    /* execution */
    FrameInfo *frame;           /* innermost Python frame */
    int depth;                  /* Python call depth (RecursionError) */
    int c_depth;                /* C recursion in repr/eq/hash of nested containers */
    uint64_t steps;
    size_t out_bytes;
    struct timespec t_start;
    double slept_s;             /* time.sleep()'s virtual seconds: count as elapsed */
    uint64_t next_clock_check;  /* step count at which to look at the clock again */
    uint64_t id_counter;

    /* eval.c's state (value stack etc.) */
    void *eval;
    size_t vsp;                 /* eval's value-stack pointer: saved by exc_push, restored on unwind */
    /* extensions (ORM, kata module): opaque state owned by their files */
    void *orm;
    void *kata;
    void *db;                   /* db.c's DbState (connection, trace) */
    void *dt;                   /* mod_datetime.c's DtState, once dt_state found it */
    void *gen;                  /* gen.c's GenState (the running generator, live fibers) */
    void *sys;                  /* mod_sys.c's SysState */
    NativeFn *cur_native;       /* the native function being called (its ->data) */
    Value ellipsis;             /* the Ellipsis singleton */
    Class *limit_cls;           /* LimitExceeded: what a fatal stop is reported as */
    char *error_text;           /* interp_error_text() */
    char *global_repr;          /* interp_global_repr() */
    Module *main;               /* the module last run */
    Class *seqiter_cls;         /* iterator for __getitem__-only sequences */
    bool frozen_now;            /* interp_freeze_now() was called */
    int64_t frozen_now_us;      /* its instant, µs since the epoch */
};

/* Charge `n` steps to the budget; checks the clock every so often.
 * Fatal (no return) when a limit is passed. */
void interp_tick_slow(Interp *I);
static inline void interp_tick(Interp *I)
{
    if (++I->steps >= I->next_clock_check)
        interp_tick_slow(I);
}

/* Seconds since the run started, with time.sleep()'s virtual seconds:
 * what the time budget counts. */
double interp_elapsed(const Interp *I);

/* Write program output (print); counts the output budget. */
void interp_write(Interp *I, const char *s, size_t n);
/* Write to the program's stderr (sys.stderr); the same budget. */
void interp_write_err(Interp *I, const char *s, size_t n);

/* Allocate in the run's arena (fatal MemoryError over budget). */
/* v with thousands separators ("50,000,000") into buf[n]. */
void interp_commas(char *buf, size_t n, uint64_t v);

static inline void *interp_alloc(Interp *I, size_t n) { return arena_alloc(&I->arena, n); }

#endif
