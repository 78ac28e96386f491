/*
 * scope.h — the scope pass: which variable every name in a module means.
 *
 * scope_resolve() walks an M_MODULE tree once, builds one Scope per module,
 * function, lambda, comprehension and class body, applies Python's rules
 * (assignment makes a name local, global/nonlocal declarations, closures
 * over enclosing functions, class bodies that do not close over their names,
 * the implicit __class__ cell for zero-argument super()), and writes the
 * answer into the tree: every E_NAME gets name.scope (an NS_* kind) and
 * name.slot; funcdef/lambda/comp/classdef/module nodes get their Scope.
 *
 * A frame of a function scope is an array of `nslots` Values: parameters
 * first (positional, keyword-only, *args, **kwargs), then the other locals,
 * then free variables. A slot of a cell or free variable holds a Cell.
 */
#ifndef ORMKATA_SCOPE_H
#define ORMKATA_SCOPE_H

#include "ast.h"

/* Node.u.name.scope: how a name finds its variable. */
enum {
    NS_GLOBAL = 1,   /* module dict, then builtins (stores: module dict) */
    NS_FAST,         /* plain local slot */
    NS_CELL,         /* slot holding a Cell (cell or free variable) */
    NS_NAME,         /* class body: namespace dict, then globals, builtins */
    NS_CLASSDEREF    /* class body: namespace dict, then the cell in `slot` */
};

typedef enum ScopeKind { SK_MODULE, SK_FUNCTION, SK_LAMBDA, SK_COMP, SK_CLASS } ScopeKind;

/* Symbol.flags while collecting */
enum {
    SYM_BOUND = 1 << 0,     /* assigned, imported, def/class, for target, except as … */
    SYM_PARAM = 1 << 1,
    SYM_USED = 1 << 2,
    SYM_GLOBAL = 1 << 3,    /* `global` declaration */
    SYM_NONLOCAL = 1 << 4,  /* `nonlocal` declaration */
    SYM_FREE_CHILD = 1 << 5, /* a nested scope reads it from here (or through here) */
    SYM_COMP_ITER = 1 << 6  /* a comprehension's iteration variable */
};

typedef struct Symbol {
    Str *name;              /* interned */
    unsigned flags;
    int kind;               /* NS_* once resolved */
    int slot;               /* frame slot for NS_FAST / NS_CELL / NS_CLASSDEREF; -1 */
    int decl_line, decl_col, decl_end_col;   /* where a global/nonlocal declared it */
} Symbol;

typedef struct Scope {
    ScopeKind kind;
    struct Scope *parent;
    Node *node;             /* the defining node (NULL for the module) */
    Str *name;              /* "f", "<lambda>", "<listcomp>", "A", "<module>" */
    Str *qualname;          /* "A.m", "f.<locals>.g" */
    Symbol *syms;
    int nsyms, capsyms;
    struct Scope **children;
    int nchildren, capchildren;
    Node **names;           /* E_NAME nodes of this scope, patched by resolution */
    int nnames, capnames;

    int nslots;             /* frame size */
    int nparams;            /* slots [0, nparams) are parameters */
    int *cell_slots;        /* non-parameter slots that start as a fresh empty Cell */
    int ncell_slots;
    int *param_cells;       /* parameter slots whose value is wrapped in a Cell on entry */
    int nparam_cells;
    Str **freenames;        /* free variables, in closure order */
    int nfree, capfree;     /* slots [free_base, free_base+nfree) come from the closure */
    int free_base;
    int *free_parent_slot;  /* for each free var: the slot holding its Cell in the parent frame */
    int class_cell_slot;    /* SK_CLASS: slot of the __class__ cell, or -1 */
    int uses_super;         /* function reads `super` or `__class__` */
    int generator;          /* function or lambda whose body holds yield / yield from */
    Str **varnames;         /* names of slots [0, nslots) (suggestions, tracebacks) */
} Scope;

/* Resolve every scope of `module` (an M_MODULE node). Raises SyntaxError
 * (filename/line attributes set like CPython's) for misplaced or
 * conflicting global/nonlocal declarations. Everything lives in the arena. */
void scope_resolve(Interp *I, Node *module, Str *filename);

/* Finish the scope of a def whose body was parsed late (parse_lazy_body). */
void scope_resolve_lazy(Interp *I, Node *def, Str *filename);

/* The symbol `name` (interned) of scope s, or NULL. */
Symbol *scope_find(Scope *s, Str *name);

/* Build a SyntaxError instance with CPython's attributes (msg, filename,
 * lineno, offset, text, end_lineno, end_offset); col/end_col are 0-based. */
Value scope_syntax_error(Interp *I, Str *filename, const char *msg, int line, int col, int end_col);

#endif
