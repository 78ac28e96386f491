/*
 * parse_dump.h — prints a syntax tree (ast.h) in a canonical text form that
 * tests/unit/parse_dump.py produces from CPython's own `ast` module, so the
 * two can be compared line for line: every node with its positions,
 * constants in an exact form (strings as hex UTF-8, floats as %.17g).
 * Header-only, for test_parse.c and ad-hoc drivers.
 */
#ifndef ORMKATA_PARSE_DUMP_H
#define ORMKATA_PARSE_DUMP_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

typedef struct DumpBuf {
    char *p;
    size_t len, cap;
} DumpBuf;

static void db_add(DumpBuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 1024;
        while (ncap < b->len + n + 1)
            ncap *= 2;
        b->p = realloc(b->p, ncap);
        b->cap = ncap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

static void db_s(DumpBuf *b, const char *s) { db_add(b, s, strlen(s)); }

static void db_f(DumpBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void db_f(DumpBuf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    db_add(b, tmp, (size_t)(n < (int)sizeof tmp ? n : (int)sizeof tmp - 1));
}

static void dump_node(DumpBuf *b, const Node *n, int piece);

static void dump_hex(DumpBuf *b, const char *prefix, const unsigned char *s, size_t n)
{
    db_s(b, prefix);
    for (size_t i = 0; i < n; i++)
        db_f(b, "%02x", s[i]);
}

static void dump_list(DumpBuf *b, const NodeList *l, int piece)
{
    db_s(b, "[");
    for (int i = 0; i < l->n; i++) {
        if (i)
            db_s(b, ", ");
        dump_node(b, l->items[i], piece);
    }
    db_s(b, "]");
}

static void dump_opt(DumpBuf *b, const Node *n)
{
    if (n)
        dump_node(b, n, 0);
    else
        db_s(b, "None");
}

static void dump_str(DumpBuf *b, const Str *s)
{
    if (s)
        db_f(b, "'%s'", s->s);
    else
        db_s(b, "None");
}

static const char *dump_ctx(ExprCtx c) { return c == CTX_LOAD ? "Load" : c == CTX_STORE ? "Store" : "Del"; }

static const char *dump_binop(int op)
{
    static const char *names[] = {"Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow", "LShift",
                                  "RShift", "BitAnd", "BitOr", "BitXor", "MatMult"};
    return op >= 0 && op < 13 ? names[op] : "?";
}

static void dump_param(DumpBuf *b, const Param *p)
{
    db_f(b, "arg@%d:%d('%s', ", p->line, p->col, p->name->s);
    dump_opt(b, p->annotation);
    db_s(b, ", ");
    dump_opt(b, p->default_);
    db_s(b, ")");
}

static void dump_args(DumpBuf *b, const Arguments *a)
{
    db_s(b, "arguments(posonly=[");
    for (int i = 0; i < a->nposonly; i++) {
        if (i)
            db_s(b, ", ");
        dump_param(b, &a->args[i]);
    }
    db_s(b, "], args=[");
    for (int i = a->nposonly; i < a->nargs; i++) {
        if (i > a->nposonly)
            db_s(b, ", ");
        dump_param(b, &a->args[i]);
    }
    db_s(b, "], vararg=");
    if (a->vararg)
        dump_param(b, a->vararg);
    else
        db_s(b, "None");
    db_s(b, ", kwonly=[");
    for (int i = 0; i < a->nkwonly; i++) {
        if (i)
            db_s(b, ", ");
        dump_param(b, &a->kwonly[i]);
    }
    db_s(b, "], kwarg=");
    if (a->kwarg)
        dump_param(b, a->kwarg);
    else
        db_s(b, "None");
    db_s(b, ")");
}

static void dump_keywords(DumpBuf *b, int n, const Keyword *k)
{
    db_s(b, "[");
    for (int i = 0; i < n; i++) {
        if (i)
            db_s(b, ", ");
        db_f(b, "keyword@%d:%d(", k[i].line, k[i].col);
        dump_str(b, k[i].arg);
        db_s(b, ", ");
        dump_node(b, k[i].value, 0);
        db_s(b, ")");
    }
    db_s(b, "]");
}

static void dump_gens(DumpBuf *b, int n, const Comprehension *g)
{
    db_s(b, "[");
    for (int i = 0; i < n; i++) {
        if (i)
            db_s(b, ", ");
        db_s(b, "comprehension(");
        dump_node(b, g[i].target, 0);
        db_s(b, ", ");
        dump_node(b, g[i].iter, 0);
        db_s(b, ", ");
        dump_list(b, &g[i].ifs, 0);
        db_s(b, ")");
    }
    db_s(b, "]");
}

static const char *kind_name(NodeKind k)
{
    switch (k) {
    case E_NAME: return "Name";
    case E_CONST: return "Constant";
    case E_JOINEDSTR: return "JoinedStr";
    case E_FORMATTED: return "FormattedValue";
    case E_BINOP: return "BinOp";
    case E_UNARY: return "UnaryOp";
    case E_BOOLOP: return "BoolOp";
    case E_COMPARE: return "Compare";
    case E_IFEXP: return "IfExp";
    case E_LAMBDA: return "Lambda";
    case E_CALL: return "Call";
    case E_ATTR: return "Attribute";
    case E_SUBSCRIPT: return "Subscript";
    case E_SLICE: return "Slice";
    case E_STARRED: return "Starred";
    case E_LIST: return "List";
    case E_TUPLE: return "Tuple";
    case E_DICT: return "Dict";
    case E_SET: return "Set";
    case E_LISTCOMP: return "ListComp";
    case E_SETCOMP: return "SetComp";
    case E_DICTCOMP: return "DictComp";
    case E_GENEXP: return "GeneratorExp";
    case E_NAMEDEXPR: return "NamedExpr";
    case E_YIELD: return "Yield";
    case E_YIELDFROM: return "YieldFrom";
    case S_EXPR: return "Expr";
    case S_ASSIGN: return "Assign";
    case S_AUGASSIGN: return "AugAssign";
    case S_ANNASSIGN: return "AnnAssign";
    case S_DEL: return "Delete";
    case S_PASS: return "Pass";
    case S_IF: return "If";
    case S_FOR: return "For";
    case S_WHILE: return "While";
    case S_BREAK: return "Break";
    case S_CONTINUE: return "Continue";
    case S_FUNCDEF: return "FunctionDef";
    case S_RETURN: return "Return";
    case S_CLASSDEF: return "ClassDef";
    case S_WITH: return "With";
    case S_TRY: return "Try";
    case S_RAISE: return "Raise";
    case S_ASSERT: return "Assert";
    case S_IMPORT: return "Import";
    case S_IMPORTFROM: return "ImportFrom";
    case S_GLOBAL: return "Global";
    case S_NONLOCAL: return "Nonlocal";
    case M_MODULE: return "Module";
    default: return "?";
    }
}

static void dump_const(DumpBuf *b, Value v)
{
    switch (v.tag) {
    case V_NONE: db_s(b, "None"); break;
    case V_BOOL: db_s(b, v.u.i ? "True" : "False"); break;
    case V_INT: db_f(b, "%lld", (long long)v.u.i); break;
    case V_FLOAT: db_f(b, "%.17g", v.u.f); break;
    case V_OBJ: {
        const char *cn = v.u.o->cls && v.u.o->cls->name ? v.u.o->cls->name->s : "?";
        if (strcmp(cn, "str") == 0) {
            const Str *s = (const Str *)v.u.o;
            if (s->len == 3 && memcmp(s->s, "BIG", 3) == 0 && 0)
                db_s(b, "BIG");
            else
                dump_hex(b, "s:", (const unsigned char *)s->s, (size_t)s->len);
        } else if (strcmp(cn, "bytes") == 0) {
            const Bytes *s = (const Bytes *)v.u.o;
            dump_hex(b, "b:", s->s, (size_t)s->len);
        } else if (strcmp(cn, "ellipsis") == 0) {
            db_s(b, "Ellipsis");
        } else {
            db_s(b, "BIG");
        }
        break;
    }
    default: db_s(b, "?"); break;
    }
}

/* piece: a part of an f-string (positions omitted: CPython 3.11's are quirky) */
static void dump_node(DumpBuf *b, const Node *n, int piece)
{
    db_s(b, kind_name(n->kind));
    if (n->kind != M_MODULE && !piece)
        db_f(b, "@%d:%d-%d:%d", n->line, n->col, n->end_line, n->end_col);
    db_s(b, "(");
    switch (n->kind) {
    case E_NAME: db_f(b, "'%s', %s", n->u.name.id->s, dump_ctx(n->u.name.ctx)); break;
    case E_CONST: dump_const(b, n->u.constant.value); break;
    case E_JOINEDSTR: dump_list(b, &n->u.joinedstr.values, 1); break;
    case E_FORMATTED:
        dump_node(b, n->u.formatted.value, 0);
        db_f(b, ", %d, ", n->u.formatted.conversion);
        if (n->u.formatted.format_spec)
            dump_node(b, n->u.formatted.format_spec, 1);
        else
            db_s(b, "None");
        break;
    case E_BINOP:
        dump_node(b, n->u.binop.left, 0);
        db_f(b, ", %s, ", dump_binop(n->u.binop.op));
        dump_node(b, n->u.binop.right, 0);
        break;
    case E_UNARY: {
        static const char *u[] = {"Not", "USub", "UAdd", "Invert"};
        db_f(b, "%s, ", u[n->u.unary.op]);
        dump_node(b, n->u.unary.operand, 0);
        break;
    }
    case E_BOOLOP:
        db_s(b, n->u.boolop.is_and ? "And, " : "Or, ");
        dump_list(b, &n->u.boolop.values, 0);
        break;
    case E_COMPARE: {
        static const char *c[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
        dump_node(b, n->u.compare.left, 0);
        db_s(b, ", [");
        for (int i = 0; i < n->u.compare.n; i++)
            db_f(b, "%s%s", i ? ", " : "", c[n->u.compare.ops[i]]);
        db_s(b, "], [");
        for (int i = 0; i < n->u.compare.n; i++) {
            if (i)
                db_s(b, ", ");
            dump_node(b, n->u.compare.comparators[i], 0);
        }
        db_s(b, "]");
        break;
    }
    case E_IFEXP:
        dump_node(b, n->u.ifexp.test, 0);
        db_s(b, ", ");
        dump_node(b, n->u.ifexp.body, 0);
        db_s(b, ", ");
        dump_node(b, n->u.ifexp.orelse, 0);
        break;
    case E_LAMBDA:
        dump_args(b, n->u.lambda.args);
        db_s(b, ", ");
        dump_node(b, n->u.lambda.body, 0);
        break;
    case E_CALL: {
        dump_node(b, n->u.call.func, 0);
        db_s(b, ", ");
        dump_list(b, &n->u.call.args, 0);
        db_s(b, ", ");
        dump_keywords(b, n->u.call.nkeywords, n->u.call.keywords);
        break;
    }
    case E_ATTR:
        dump_node(b, n->u.attr.value, 0);
        db_f(b, ", '%s', %s", n->u.attr.attr->s, dump_ctx(n->u.attr.ctx));
        break;
    case E_SUBSCRIPT:
        dump_node(b, n->u.subscript.value, 0);
        db_s(b, ", ");
        dump_node(b, n->u.subscript.slice, 0);
        db_f(b, ", %s", dump_ctx(n->u.subscript.ctx));
        break;
    case E_SLICE:
        dump_opt(b, n->u.slice.lower);
        db_s(b, ", ");
        dump_opt(b, n->u.slice.upper);
        db_s(b, ", ");
        dump_opt(b, n->u.slice.step);
        break;
    case E_STARRED:
        dump_node(b, n->u.starred.value, 0);
        db_f(b, ", %s", dump_ctx(n->u.starred.ctx));
        break;
    case E_LIST: case E_TUPLE:
        dump_list(b, &n->u.seq.elts, 0);
        db_f(b, ", %s", dump_ctx(n->u.seq.ctx));
        break;
    case E_SET: dump_list(b, &n->u.seq.elts, 0); break;
    case E_DICT:
        db_s(b, "[");
        for (int i = 0; i < n->u.dict.n; i++) {
            if (i)
                db_s(b, ", ");
            dump_opt(b, n->u.dict.keys[i]);
        }
        db_s(b, "], [");
        for (int i = 0; i < n->u.dict.n; i++) {
            if (i)
                db_s(b, ", ");
            dump_node(b, n->u.dict.values[i], 0);
        }
        db_s(b, "]");
        break;
    case E_YIELD: dump_opt(b, n->u.yield.value); break;
    case E_YIELDFROM: dump_node(b, n->u.yield.value, 0); break;
    case E_NAMEDEXPR:
        dump_node(b, n->u.namedexpr.target, 0);
        db_s(b, ", ");
        dump_node(b, n->u.namedexpr.value, 0);
        break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP:
        dump_node(b, n->u.comp.elt, 0);
        db_s(b, ", ");
        if (n->kind == E_DICTCOMP) {
            dump_node(b, n->u.comp.value, 0);
            db_s(b, ", ");
        }
        dump_gens(b, n->u.comp.ngens, n->u.comp.gens);
        break;
    case S_EXPR: dump_node(b, n->u.expr.value, 0); break;
    case S_ASSIGN:
        dump_list(b, &n->u.assign.targets, 0);
        db_s(b, ", ");
        dump_node(b, n->u.assign.value, 0);
        break;
    case S_AUGASSIGN:
        dump_node(b, n->u.augassign.target, 0);
        db_f(b, ", %s, ", dump_binop(n->u.augassign.op));
        dump_node(b, n->u.augassign.value, 0);
        break;
    case S_ANNASSIGN:
        dump_node(b, n->u.annassign.target, 0);
        db_s(b, ", ");
        dump_node(b, n->u.annassign.annotation, 0);
        db_s(b, ", ");
        dump_opt(b, n->u.annassign.value);
        db_f(b, ", %d", n->u.annassign.simple);
        break;
    case S_DEL: dump_list(b, &n->u.del.targets, 0); break;
    case S_IF: case S_WHILE:
        dump_node(b, n->u.if_.test, 0);
        db_s(b, ", ");
        dump_list(b, &n->u.if_.body, 0);
        db_s(b, ", ");
        dump_list(b, &n->u.if_.orelse, 0);
        break;
    case S_FOR:
        dump_node(b, n->u.for_.target, 0);
        db_s(b, ", ");
        dump_node(b, n->u.for_.iter, 0);
        db_s(b, ", ");
        dump_list(b, &n->u.for_.body, 0);
        db_s(b, ", ");
        dump_list(b, &n->u.for_.orelse, 0);
        break;
    case S_FUNCDEF:
        db_f(b, "'%s', ", n->u.funcdef.name->s);
        dump_args(b, n->u.funcdef.args);
        db_s(b, ", ");
        dump_list(b, &n->u.funcdef.body, 0);
        db_s(b, ", ");
        dump_list(b, &n->u.funcdef.decorators, 0);
        db_s(b, ", ");
        dump_opt(b, n->u.funcdef.returns);
        break;
    case S_RETURN: dump_opt(b, n->u.return_.value); break;
    case S_CLASSDEF:
        db_f(b, "'%s', ", n->u.classdef.name->s);
        dump_list(b, &n->u.classdef.bases, 0);
        db_s(b, ", ");
        dump_keywords(b, n->u.classdef.nkeywords, n->u.classdef.keywords);
        db_s(b, ", ");
        dump_list(b, &n->u.classdef.body, 0);
        db_s(b, ", ");
        dump_list(b, &n->u.classdef.decorators, 0);
        break;
    case S_WITH:
        db_s(b, "[");
        for (int i = 0; i < n->u.with.nitems; i++) {
            if (i)
                db_s(b, ", ");
            db_s(b, "withitem(");
            dump_node(b, n->u.with.items[i].context_expr, 0);
            db_s(b, ", ");
            dump_opt(b, n->u.with.items[i].optional_vars);
            db_s(b, ")");
        }
        db_s(b, "], ");
        dump_list(b, &n->u.with.body, 0);
        break;
    case S_TRY:
        dump_list(b, &n->u.try_.body, 0);
        db_s(b, ", [");
        for (int i = 0; i < n->u.try_.nhandlers; i++) {
            const ExceptHandler *h = &n->u.try_.handlers[i];
            if (i)
                db_s(b, ", ");
            db_f(b, "ExceptHandler@%d:%d(", h->line, h->col);
            dump_opt(b, h->type);
            db_s(b, ", ");
            dump_str(b, h->name);
            db_s(b, ", ");
            dump_list(b, &h->body, 0);
            db_s(b, ")");
        }
        db_s(b, "], ");
        dump_list(b, &n->u.try_.orelse, 0);
        db_s(b, ", ");
        dump_list(b, &n->u.try_.finalbody, 0);
        break;
    case S_RAISE:
        dump_opt(b, n->u.raise.exc);
        db_s(b, ", ");
        dump_opt(b, n->u.raise.cause);
        break;
    case S_ASSERT:
        dump_node(b, n->u.assert_.test, 0);
        db_s(b, ", ");
        dump_opt(b, n->u.assert_.msg);
        break;
    case S_IMPORT: case S_IMPORTFROM: {
        int cnt = n->kind == S_IMPORT ? n->u.import.n : n->u.importfrom.n;
        const Alias *al = n->kind == S_IMPORT ? n->u.import.names : n->u.importfrom.names;
        if (n->kind == S_IMPORTFROM) {
            dump_str(b, n->u.importfrom.module);
            db_s(b, ", ");
        }
        db_s(b, "[");
        for (int i = 0; i < cnt; i++) {
            if (i)
                db_s(b, ", ");
            db_f(b, "alias@%d:%d(", al[i].line, al[i].col);
            dump_str(b, al[i].name);
            db_s(b, ", ");
            dump_str(b, al[i].asname);
            db_s(b, ")");
        }
        db_s(b, "]");
        if (n->kind == S_IMPORTFROM)
            db_f(b, ", %d", n->u.importfrom.level);
        break;
    }
    case S_GLOBAL: case S_NONLOCAL:
        db_s(b, "[");
        for (int i = 0; i < n->u.global.n; i++)
            db_f(b, "%s'%s'", i ? ", " : "", n->u.global.names[i]->s);
        db_s(b, "]");
        break;
    case M_MODULE: dump_list(b, &n->u.module.body, 0); break;
    default: break;
    }
    db_s(b, ")");
}

#endif
