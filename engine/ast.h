/*
 * ast.h — the syntax tree of kata Python, as parse.c builds it and eval.c
 * runs it. Shapes follow CPython's `ast` module (Python/Python.asdl) so the
 * grammar comments in parse.c and the node names line up with the docs.
 *
 * Every node lives in the run's arena. Positions are CPython's: `line` and
 * `end_line` 1-based, `col` and `end_col` 0-based UTF-8 byte offsets (what
 * tracebacks use for their ^~~~ markers).
 */
#ifndef ORMKATA_AST_H
#define ORMKATA_AST_H

#include "obj.h"

typedef struct Node Node;

typedef struct NodeList {
    int n;
    Node **items;
} NodeList;

typedef enum NodeKind {
    /* expressions */
    E_NAME, E_CONST, E_JOINEDSTR, E_FORMATTED, E_BINOP, E_UNARY, E_BOOLOP, E_COMPARE,
    E_IFEXP, E_LAMBDA, E_CALL, E_ATTR, E_SUBSCRIPT, E_SLICE, E_STARRED, E_LIST,
    E_TUPLE, E_DICT, E_SET, E_LISTCOMP, E_SETCOMP, E_DICTCOMP, E_GENEXP, E_NAMEDEXPR,
    E_YIELD, E_YIELDFROM,
    /* statements */
    S_EXPR, S_ASSIGN, S_AUGASSIGN, S_ANNASSIGN, S_DEL, S_PASS, S_IF, S_FOR, S_WHILE,
    S_BREAK, S_CONTINUE, S_FUNCDEF, S_RETURN, S_CLASSDEF, S_WITH, S_TRY, S_RAISE,
    S_ASSERT, S_IMPORT, S_IMPORTFROM, S_GLOBAL, S_NONLOCAL, S_MATCH,
    /* patterns of a match statement's cases (PEP 634) */
    P_VALUE, P_SINGLETON, P_SEQUENCE, P_MAPPING, P_CLASS, P_STAR, P_AS, P_OR,
    /* the root */
    M_MODULE,
    NODE__COUNT
} NodeKind;

typedef enum ExprCtx { CTX_LOAD, CTX_STORE, CTX_DEL } ExprCtx;

typedef enum UnaryKind { U_NOT, U_NEG, U_POS, U_INVERT } UnaryKind;

typedef enum CmpKind {
    C_EQ, C_NE, C_LT, C_LE, C_GT, C_GE, C_IS, C_ISNOT, C_IN, C_NOTIN
} CmpKind;

/* A function parameter. */
typedef struct Param {
    Str *name;                  /* interned */
    Node *annotation;           /* or NULL */
    Node *default_;             /* or NULL */
    int line, col;
} Param;

typedef struct Arguments {
    int nposonly;               /* the first nposonly of args are positional-only */
    int nargs;
    Param *args;
    Param *vararg;              /* *args, or NULL */
    int nkwonly;
    Param *kwonly;
    Param *kwarg;               /* **kwargs, or NULL */
} Arguments;

typedef struct Keyword {
    Str *arg;                   /* interned; NULL for **mapping */
    Node *value;
    int line, col;
} Keyword;

typedef struct Comprehension {
    Node *target;
    Node *iter;
    NodeList ifs;
} Comprehension;

typedef struct ExceptHandler {
    Node *type;                 /* NULL for a bare except */
    Str *name;                  /* `as name`, or NULL */
    NodeList body;
    int line, col;
} ExceptHandler;

typedef struct WithItem {
    Node *context_expr;
    Node *optional_vars;        /* or NULL */
} WithItem;

/* One `case pattern [if guard]: body` of a match statement. */
typedef struct MatchCase {
    Node *pattern;
    Node *guard;                /* or NULL */
    NodeList body;
    int ncaptures;              /* at most how many names the pattern binds */
} MatchCase;

typedef struct Alias {
    Str *name;                  /* dotted for import: "django.db.models" */
    Str *asname;                /* or NULL */
    int line, col;
} Alias;

struct Node {
    NodeKind kind;
    int line, col, end_line, end_col;
    /* Filled by the scope pass (scope.c) for names: how to find the variable. */
    union {
        /* E_NAME */
        struct { Str *id; ExprCtx ctx; int scope; int slot; } name;
        /* E_CONST: None, True, False, Ellipsis (V_OBJ of ellipsis), int, float, str, bytes */
        struct { Value value; } constant;
        /* E_JOINEDSTR: f-string; values are E_CONST str and E_FORMATTED */
        struct { NodeList values; } joinedstr;
        /* E_FORMATTED: {value!conv:spec}; conversion -1, 's', 'r' or 'a'; spec a JOINEDSTR or NULL */
        struct { Node *value; int conversion; Node *format_spec; } formatted;
        /* E_BINOP: op is a BinOp (obj.h) */
        struct { Node *left; int op; Node *right; } binop;
        struct { UnaryKind op; Node *operand; } unary;
        /* E_BOOLOP: is_and 1 for `and`, 0 for `or` */
        struct { int is_and; NodeList values; } boolop;
        /* E_COMPARE: left ops[0] comparators[0] ops[1] comparators[1] … */
        struct { Node *left; int n; CmpKind *ops; Node **comparators; } compare;
        struct { Node *test; Node *body; Node *orelse; } ifexp;
        /* E_LAMBDA: body is an expression; `scope` set by scope.c */
        struct { Arguments *args; Node *body; void *scope; } lambda;
        /* E_CALL: args may contain E_STARRED (*x) */
        struct { Node *func; NodeList args; int nkeywords; Keyword *keywords; } call;
        struct { Node *value; Str *attr; ExprCtx ctx; } attr;
        struct { Node *value; Node *slice; ExprCtx ctx; } subscript;
        /* E_SLICE: each part may be NULL */
        struct { Node *lower; Node *upper; Node *step; } slice;
        struct { Node *value; ExprCtx ctx; } starred;
        /* E_LIST, E_TUPLE, E_SET */
        struct { NodeList elts; ExprCtx ctx; } seq;
        /* E_DICT: keys[i] NULL means **values[i] */
        struct { int n; Node **keys; Node **values; } dict;
        /* E_LISTCOMP, E_SETCOMP, E_GENEXP (elt), E_DICTCOMP (key, value) */
        struct { Node *elt; Node *value; int ngens; Comprehension *gens; void *scope; } comp;
        /* E_NAMEDEXPR: target := value; target is an E_NAME in CTX_STORE, resolved by
         * scope.c in the enclosing function/module when inside a comprehension */
        struct { Node *target; Node *value; } namedexpr;
        /* E_YIELD (value may be NULL), E_YIELDFROM */
        struct { Node *value; } yield;

        /* S_EXPR */
        struct { Node *value; } expr;
        /* S_ASSIGN: targets = value (chained: a = b = value) */
        struct { NodeList targets; Node *value; } assign;
        struct { Node *target; int op; Node *value; } augassign;
        /* S_ANNASSIGN: x: T [= value]; simple 1 when the target is a plain name */
        struct { Node *target; Node *annotation; Node *value; int simple; } annassign;
        struct { NodeList targets; } del;
        /* S_IF, S_WHILE */
        struct { Node *test; NodeList body; NodeList orelse; } if_;
        struct { Node *target; Node *iter; NodeList body; NodeList orelse; } for_;
        /* S_FUNCDEF */
        struct { Str *name; Arguments *args; NodeList body; NodeList decorators; Node *returns; void *scope;
                 /* library code: the body is parsed on the first call (parse_lazy_body);
                  * lazy is the Parser, lazy_pos the token after ':', lazy_super whether
                  * the body names super or __class__ */
                 void *lazy; int lazy_pos; int lazy_super; } funcdef;
        struct { Node *value; } return_;          /* value may be NULL */
        /* S_CLASSDEF */
        struct { Str *name; NodeList bases; int nkeywords; Keyword *keywords; NodeList body; NodeList decorators; void *scope; } classdef;
        struct { int nitems; WithItem *items; NodeList body; } with;
        struct { NodeList body; int nhandlers; ExceptHandler *handlers; NodeList orelse; NodeList finalbody; } try_;
        struct { Node *exc; Node *cause; } raise;  /* both may be NULL */
        struct { Node *test; Node *msg; } assert_;
        struct { int n; Alias *names; } import;
        /* S_IMPORTFROM: module NULL for `from . import x`; names[0].name "*" for import * */
        struct { Str *module; int n; Alias *names; int level; } importfrom;
        struct { int n; Str **names; } global;     /* S_GLOBAL, S_NONLOCAL */

        /* S_MATCH */
        struct { Node *subject; int ncases; MatchCase *cases; } match;
        /* Patterns (CPython's pattern nodes). Captures are E_NAME nodes in
         * CTX_STORE so the scope pass resolves them like assignment targets.
         *   P_VALUE      value: an E_CONST, a negative number or a dotted name (==)
         *   P_SINGLETON  value: an E_CONST None/True/False (is)
         *   P_SEQUENCE   patterns (at most one P_STAR among them)
         *   P_MAPPING    n keys[] (E_CONST or dotted names) with patterns[]; name: **rest or NULL
         *   P_CLASS      value: the class expression; patterns: positional;
         *                n attrs[] with kwd[] keyword patterns
         *   P_STAR       name: the capture, or NULL for *_
         *   P_AS         sub (or NULL: a bare capture or `_`) and name (or NULL for `_`)
         *   P_OR         patterns: the alternatives */
        struct { Node *value; NodeList patterns; int n; Node **keys; Node **kwd; Str **attrs;
                 Node *sub; Node *name; } pat;

        /* M_MODULE */
        struct { NodeList body; void *scope; } module;
    } u;
};

#endif
