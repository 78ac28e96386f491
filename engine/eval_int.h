/*
 * eval_int.h — private to the evaluator's files (eval_*.c, call.c,
 * func.c, comp.c, traceback.c): frames, the value stack, function
 * objects, and the helpers they share.
 */
#ifndef ORMKATA_EVAL_INT_H
#define ORMKATA_EVAL_INT_H

#include <setjmp.h>

#include "eval.h"
#include "exc.h"
#include "interp_int.h"
#include "scope.h"

/* A function object written in Python (class `function`). */
typedef struct Func {
    Obj hdr;
    Dict *dict;             /* function attributes; Instance-compatible prefix */
    Str *name, *qualname;
    Str *module;
    Value doc;              /* str or None */
    Scope *scope;
    Node *node;             /* S_FUNCDEF or E_LAMBDA */
    Arguments *args;
    Dict *globals;
    Str *filename;
    Value *defaults;        /* values for args[nargs-ndefaults .. nargs) */
    int ndefaults;
    Value *kwdefaults;      /* one per keyword-only parameter, V_UNSET when required */
    Cell **closure;         /* scope->nfree cells */
    Value annotations;      /* dict, or V_UNSET */
} Func;

/* One running Python frame (module, class body, function, comprehension). */
typedef struct Frame {
    FrameInfo fi;           /* linked into I->frame */
    Node *cur;              /* node whose position a traceback shows */
    Value *locals;          /* scope->nslots values */
    Scope *scope;
    Dict *globals;
    Dict *ns;               /* class body namespace, or the module dict */
    Func *func;             /* NULL outside functions */
    Value ret;              /* return value */
    Obj *tb_skip;           /* exception re-raised here: do not add this frame again */
} Frame;

/* Value stack: segments that never move, so frame locals stay put. */
typedef struct StackSeg {
    struct StackSeg *next, *prev;
    Value *base, *end;
} StackSeg;

typedef struct StackMark {
    StackSeg *seg;
    Value *top;
} StackMark;

typedef struct SrcFile {
    struct SrcFile *next;
    Str *filename;
    const char *src;
    size_t len;
    int nlines;
    const char **lines;     /* start of each line; NULL until a traceback needs it */
} SrcFile;

/* Extended traceback entry (what eval adds; knows the node's columns). */
typedef struct TbX {
    TbEntry e;
    Node *pos;              /* or NULL */
} TbX;

/* One slot of the global-name cache (eval_load_global): where a Name node
 * last found its value. A hit in the globals is valid while that entry still
 * holds the same key object (keys are unique among live entries); a hit in
 * the builtins also needs the globals to have gained no key since, which
 * (entries array, nentries) witnesses: insertions append, and a resize or
 * clear() makes a fresh array (the arena never reuses an address). */
typedef struct GlobalCache {
    Node *node;
    Dict *globals;
    DictEntry *gents;       /* builtins hit: globals' entries array then */
    int64_t gn;             /* and its nentries */
    Dict *where;            /* the dict the name was found in */
    int64_t ix;             /* its entry index there */
} GlobalCache;

enum { GCACHE_SIZE = 1024 };

/* One slot of class_lookup's cache (obj.c): where looking `name` up along
 * cls's base chain found it (entry ix of the class dict `where`; NULL: not
 * found), valid while no class namespace has changed its keys since
 * (EvalState.class_epoch: dict.c bumps it on every change to a dict marked
 * DICT_VERSION_CLASS, clear() included; base chains never change). A class
 * attribute that only swaps one None/bool/int/float for another (a counter
 * like Django's Field.creation_counter) keeps the epoch: the cache reads
 * the value from the entry, and no descriptor can appear that way. */
enum { MCACHE_SIZE = 1024 };
typedef struct MethodCache {
    Class *cls;
    Str *name;
    Dict *where;
    int64_t ix;
    uint64_t epoch;
} MethodCache;

/* One slot of the attribute-read cache (eval_expr.c, `o.name` nodes):
 * instances of cls use the generic protocol and have no property `name`
 * (true while class_epoch is unchanged), and the last instance read kept
 * `name` at entry ix of its dict; instances built alike share the index,
 * and a key check makes any other instance take the slow path. */
typedef struct AttrCache {
    Node *node;
    Class *cls;
    uint64_t epoch;
    int64_t ix;
} AttrCache;

enum { ACACHE_SIZE = 1024 };

typedef struct EvalState {
    uint64_t class_epoch;   /* see MethodCache; starts at 1 (0: never valid) */
    AttrCache *acache;      /* ACACHE_SIZE slots, direct-mapped on the node */
    GlobalCache *gcache;
    MethodCache *mcache;    /* MCACHE_SIZE slots, direct-mapped on (class, name) */    /* GCACHE_SIZE slots, direct-mapped on the node address */
    StackSeg *seg;
    Value *top;
    SrcFile *sources;
    /* pointer sets: our own TbEntries; NameError suggestions keyed by exception */
    void **tbset;
    size_t tbset_cap, tbset_n;
    Value *sugg_keys, *sugg_vals;   /* parallel, small */
    int nsugg, capsugg;
    Str *s_dot0, *s_super, *s_annotations, *s_defaults, *s_kwdefaults, *s_closure,
        *s_code, *s_globals, *s_self, *s_func, *s_thisclass;
} EvalState;

enum { X_NORMAL = 0, X_RETURN, X_BREAK, X_CONTINUE };

static inline EvalState *eval_state(Interp *I) { return (EvalState *)I->eval; }

/* ---- value stack (eval_stmt.c) ---- */
Value *eval_stack_slow(Interp *I, int n);
static inline Value *eval_stack_alloc(Interp *I, int n)
{
    EvalState *es = eval_state(I);
    if (es->top + n <= es->seg->end) {
        Value *p = es->top;
        es->top += n;
        return p;
    }
    return eval_stack_slow(I, n);
}
static inline StackMark eval_stack_mark(Interp *I)
{
    EvalState *es = eval_state(I);
    StackMark m = { es->seg, es->top };
    return m;
}
static inline void eval_stack_reset(Interp *I, StackMark m)
{
    EvalState *es = eval_state(I);
    es->seg = m.seg;
    es->top = m.top;
}

/* Set the position a traceback would show for frame fr. */
#define EVAL_POS(fr, n) do { (fr)->cur = (n); (fr)->fi.line = (n)->line; } while (0)

/* ---- eval_expr.c ---- */
Value eval_expr(Interp *I, Frame *fr, Node *n);
/* The items of a display or call argument list, *starred ones unpacked. */
List *eval_seq_items(Interp *I, Frame *fr, NodeList *elts);
/* eval_expr with the two commonest leaves (a constant, a bound fast local)
 * inlined: saves a full eval_expr frame for operands and arguments. */
static inline Value eval_fast(Interp *I, Frame *fr, Node *n)
{
    if (n->kind == E_CONST)
        return n->u.constant.value;
    if (n->kind == E_NAME && n->u.name.scope == NS_FAST) {
        Value v = fr->locals[n->u.name.slot];
        if (v_is_plain(v))
            return v;
    }
    return eval_expr(I, fr, n);
}
void eval_assign(Interp *I, Frame *fr, Node *target, Value v);
Value eval_load_global(Interp *I, Frame *fr, Node *n);
Value *eval_global_slot(Interp *I, Frame *fr, Node *n);
Value eval_peek(Interp *I, Frame *fr, Node *n, bool *owned);
/* n may read an owned str: a global name, or a local holding V_OWNED
 * (callers take the eval_peek path only then, the plain one otherwise). */
static inline bool eval_maybe_owned(Frame *fr, Node *n)
{
    return n->kind == E_NAME && (n->u.name.scope == NS_GLOBAL ||
                                 (n->u.name.scope == NS_FAST && fr->locals[n->u.name.slot].tag == V_OWNED));
}
/* eval_peek with eval_fast's inlined leaves. */
static inline Value eval_peek_fast(Interp *I, Frame *fr, Node *n, bool *owned)
{
    *owned = false;
    if (n->kind == E_NAME) {
        if (n->u.name.scope != NS_FAST)
            return eval_peek(I, fr, n, owned);
        Value v = fr->locals[n->u.name.slot];
        if (v_is_plain(v))
            return v;
        if (v.tag == V_OWNED) {
            *owned = true;
            v.tag = V_OBJ;
            return v;
        }
    } else if (n->kind == E_CONST) {
        return n->u.constant.value;
    }
    return eval_expr(I, fr, n);
}
_Noreturn void eval_name_error(Interp *I, Frame *fr, Str *name);
void eval_store_name(Interp *I, Frame *fr, Str *name, Value v);
Value eval_binop_slow(Interp *I, Frame *fr, Node *n, int op, Value a, Value b);
/* a op b with the int and float fast paths (op may carry OP_INPLACE). */
Value eval_binop(Interp *I, Frame *fr, Node *n, int op, Value a, Value b);
bool eval_compare(Interp *I, Frame *fr, CmpKind op, Value a, Value b, Value *out);

/* ---- eval_stmt.c ---- */
int eval_body(Interp *I, Frame *fr, NodeList *body);
/* eval_match.c: run a match statement (S_MATCH); X_NORMAL or what the chosen body returned. */
int eval_match(Interp *I, Frame *fr, Node *s);
void eval_frame_push(Interp *I, Frame *fr, Str *filename, Str *funcname, Node *first);
/* Context chaining + traceback entry when an exception lands in fr. */
void eval_exc_landed(Interp *I, Frame *fr);

/* ---- call.c ---- */
/* Call a Python function; self is prepended when not V_UNSET. */
Value call_func(Interp *I, Func *f, Value self, int argc, const Value *argv, const KwArgs *kw);
Value eval_call(Interp *I, Frame *fr, Node *n);
/* Call any value with a receiver (method call without a bound method). */
Value call_value(Interp *I, Value fn, Value self, int argc, const Value *argv, const KwArgs *kw);

/* ---- func.c ---- */
Value func_new(Interp *I, Frame *fr, Node *def, Scope *sc, Arguments *args, Str *name);
/* Parse the body of a library function left for its first call (and finish
 * its scope); raises SyntaxError when it does not parse. */
void func_materialize(Interp *I, Func *f);
Cell *cell_new(Interp *I, Value v);
Cell **func_closure(Interp *I, Frame *fr, Scope *sc);
Value eval_make_class(Interp *I, Frame *fr, Node *n);
/* The docstring of a def, class or module body: its first statement when
 * that is a constant object (callers of a class or module keep a str only),
 * else None. */
Value docstring_of(NodeList *body);

/* ---- comp.c ---- */
Value comp_eval(Interp *I, Frame *fr, Node *n);
/* A generator expression object's next value (V_UNSET when exhausted);
 * whether it has not started yet; close() on it. */
Value comp_genexp_next(Interp *I, Value self);
bool comp_genexp_fresh(Value self);
void comp_genexp_close(Value self);

/* ---- traceback.c ---- */
void tb_add(Interp *I, Value exc, Frame *fr);
void tb_set_suggestion(Interp *I, Value exc, Str *sugg);
Str *tb_suggest(Interp *I, Str *name, Str **cands, int ncands);
SrcFile *tb_source(Interp *I, Str *filename);
Str *tb_line_text(Interp *I, Str *filename, int line);
Node *tb_entry_pos(Interp *I, TbEntry *t);

#endif
