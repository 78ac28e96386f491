/*
 * unparse.c — expression trees back to source text, for PEP 563
 * (`from __future__ import annotations`): the parser stores each
 * annotation as the string CPython 3.11's compiler would, which is its
 * Python/ast_unparse.c rendering, not the learner's spelling. Spacing is
 * normalised (`a+b` → "a + b", `f(x,y)` → "f(x, y)"), constants are written
 * as their repr (`1_000` → "1000", `'x'` → "'x'"), and parentheses appear
 * only where operator precedence needs them.
 *
 * Each expression is written at a precedence level (its context); it adds
 * parentheses when its own precedence binds less tightly than the level.
 */
#include "unparse.h"

#include <math.h>
#include <string.h>

#include "interp_int.h"

/* Precedence levels, loosest first (ast_unparse.c's names). */
enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR,
    PR_BOR = PR_EXPR, PR_BXOR, PR_BAND, PR_SHIFT, PR_ARITH, PR_TERM,
    PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

static void expr(StrBuf *sb, const Node *e, int level);

static void open_if(StrBuf *sb, int cond)
{
    if (cond)
        sb_addc(sb, '(');
}

static void close_if(StrBuf *sb, int cond)
{
    if (cond)
        sb_addc(sb, ')');
}

/* Items joined by ", ", each at PR_TEST. */
static void items(StrBuf *sb, const NodeList *l)
{
    for (int i = 0; i < l->n; i++) {
        if (i)
            sb_adds(sb, ", ");
        expr(sb, l->items[i], PR_TEST);
    }
}

/* A constant: its repr, "..." for Ellipsis, and an infinite float as
 * 1e309 (a literal that still reads back as inf). */
static void constant(StrBuf *sb, Value v)
{
    Interp *I = sb->I;
    if (v.tag == V_OBJ && v.u.o->cls == I->cls.ellipsis) {
        sb_adds(sb, "...");
        return;
    }
    Str *r = obj_repr(I, v);
    if (v.tag == V_FLOAT && isinf(v.u.f)) {
        const char *p = strstr(r->s, "inf");
        if (p) {
            sb_add(sb, r->s, (size_t)(p - r->s));
            sb_adds(sb, "1e309");
            sb_adds(sb, p + 3);
            return;
        }
    }
    sb_addstr(sb, r);
}

/* Literal text of an f-string with its braces doubled. */
static void fstring_text(StrBuf *sb, const Str *s)
{
    for (int64_t i = 0; i < s->len; i++) {
        char c = s->s[i];
        sb_addc(sb, c);
        if (c == '{' || c == '}')
            sb_addc(sb, c);
    }
}

static void fstring_body(StrBuf *sb, const NodeList *values);

/* {value!conv:spec} — the value at PR_TEST + 1, set off by a space when
 * its text starts with a brace. */
static void formatted(StrBuf *sb, const Node *e)
{
    StrBuf v;
    sb_init(&v, sb->I);
    expr(&v, e->u.formatted.value, PR_TEST + 1);
    sb_adds(sb, v.len && v.p[0] == '{' ? "{ " : "{");
    sb_add(sb, v.p, v.len);
    if (e->u.formatted.conversion > 0) {
        sb_addc(sb, '!');
        sb_addc(sb, (char)e->u.formatted.conversion);
    }
    if (e->u.formatted.format_spec) {
        sb_addc(sb, ':');
        fstring_body(sb, &e->u.formatted.format_spec->u.joinedstr.values);
    }
    sb_addc(sb, '}');
}

static void fstring_body(StrBuf *sb, const NodeList *values)
{
    for (int i = 0; i < values->n; i++) {
        const Node *p = values->items[i];
        if (p->kind == E_CONST && v_is_str(sb->I, p->u.constant.value))
            fstring_text(sb, (const Str *)p->u.constant.value.u.o);
        else if (p->kind == E_FORMATTED)
            formatted(sb, p);
        else if (p->kind == E_JOINEDSTR)
            fstring_body(sb, &p->u.joinedstr.values);
    }
}

/* f'…': the body written out, then quoted as repr() quotes a str. */
static void joinedstr(StrBuf *sb, const Node *e)
{
    StrBuf body;
    sb_init(&body, sb->I);
    fstring_body(&body, &e->u.joinedstr.values);
    sb_addc(sb, 'f');
    sb_addstr(sb, str_repr(sb->I, sb_finish(&body)));
}

static void param(StrBuf *sb, const Param *p)
{
    sb_addstr(sb, p->name);
    if (p->annotation) {
        sb_adds(sb, ": ");
        expr(sb, p->annotation, PR_TEST);
    }
}

/* A lambda's parameters, as ast_unparse.c's append_ast_args. */
static void arguments(StrBuf *sb, const Arguments *a)
{
    int first = 1;
#define SEP() do { if (!first) sb_adds(sb, ", "); first = 0; } while (0)
    for (int i = 0; i < a->nargs; i++) {
        SEP();
        param(sb, &a->args[i]);
        if (a->args[i].default_) {
            sb_addc(sb, '=');
            expr(sb, a->args[i].default_, PR_TEST);
        }
        if (a->nposonly && i + 1 == a->nposonly)
            sb_adds(sb, ", /");
    }
    if (a->vararg || a->nkwonly) {
        SEP();
        sb_addc(sb, '*');
        if (a->vararg)
            param(sb, a->vararg);
    }
    for (int i = 0; i < a->nkwonly; i++) {
        SEP();
        param(sb, &a->kwonly[i]);
        if (a->kwonly[i].default_) {
            sb_addc(sb, '=');
            expr(sb, a->kwonly[i].default_, PR_TEST);
        }
    }
    if (a->kwarg) {
        SEP();
        sb_adds(sb, "**");
        param(sb, a->kwarg);
    }
#undef SEP
}

static void comprehension(StrBuf *sb, const Node *e)
{
    for (int g = 0; g < e->u.comp.ngens; g++) {
        const Comprehension *c = &e->u.comp.gens[g];
        sb_adds(sb, " for ");
        expr(sb, c->target, PR_TUPLE);
        sb_adds(sb, " in ");
        expr(sb, c->iter, PR_TEST + 1);
        for (int i = 0; i < c->ifs.n; i++) {
            sb_adds(sb, " if ");
            expr(sb, c->ifs.items[i], PR_TEST + 1);
        }
    }
}

static void binop(StrBuf *sb, const Node *e, int level)
{
    const char *op;
    int pr;
    switch (e->u.binop.op) {
    case OP_ADD: op = " + "; pr = PR_ARITH; break;
    case OP_SUB: op = " - "; pr = PR_ARITH; break;
    case OP_MUL: op = " * "; pr = PR_TERM; break;
    case OP_MATMUL: op = " @ "; pr = PR_TERM; break;
    case OP_TRUEDIV: op = " / "; pr = PR_TERM; break;
    case OP_FLOORDIV: op = " // "; pr = PR_TERM; break;
    case OP_MOD: op = " % "; pr = PR_TERM; break;
    case OP_LSHIFT: op = " << "; pr = PR_SHIFT; break;
    case OP_RSHIFT: op = " >> "; pr = PR_SHIFT; break;
    case OP_BITOR: op = " | "; pr = PR_BOR; break;
    case OP_BITXOR: op = " ^ "; pr = PR_BXOR; break;
    case OP_BITAND: op = " & "; pr = PR_BAND; break;
    default: op = " ** "; pr = PR_POWER; break;
    }
    int rassoc = e->u.binop.op == OP_POW;
    open_if(sb, level > pr);
    expr(sb, e->u.binop.left, pr + rassoc);
    sb_adds(sb, op);
    expr(sb, e->u.binop.right, pr + !rassoc);
    close_if(sb, level > pr);
}

static const char *const cmp_ops[] = {
    [C_EQ] = " == ", [C_NE] = " != ", [C_LT] = " < ", [C_LE] = " <= ", [C_GT] = " > ",
    [C_GE] = " >= ", [C_IS] = " is ", [C_ISNOT] = " is not ", [C_IN] = " in ", [C_NOTIN] = " not in ",
};

static void subscript(StrBuf *sb, const Node *e)
{
    expr(sb, e->u.subscript.value, PR_ATOM);
    const Node *s = e->u.subscript.slice;
    int level = PR_TUPLE;
    if (s->kind == E_TUPLE)
        for (int i = 0; i < s->u.seq.elts.n; i++)
            if (s->u.seq.elts.items[i]->kind == E_STARRED) {
                level++;
                break;
            }
    sb_addc(sb, '[');
    expr(sb, s, level);
    sb_addc(sb, ']');
}

static void call(StrBuf *sb, const Node *e)
{
    expr(sb, e->u.call.func, PR_ATOM);
    const NodeList *args = &e->u.call.args;
    if (args->n == 1 && e->u.call.nkeywords == 0 && args->items[0]->kind == E_GENEXP) {
        expr(sb, args->items[0], PR_TEST);      /* f(x for x in y): its own parentheses */
        return;
    }
    sb_addc(sb, '(');
    items(sb, args);
    for (int i = 0; i < e->u.call.nkeywords; i++) {
        const Keyword *k = &e->u.call.keywords[i];
        if (i || args->n)
            sb_adds(sb, ", ");
        if (k->arg) {
            sb_addstr(sb, k->arg);
            sb_addc(sb, '=');
            expr(sb, k->value, PR_TEST);
        } else {
            sb_adds(sb, "**");
            expr(sb, k->value, PR_EXPR);
        }
    }
    sb_addc(sb, ')');
}

static void expr(StrBuf *sb, const Node *e, int level)
{
    Interp *I = sb->I;     /* depth: the parser's nesting limit bounds it */
    switch (e->kind) {
    case E_NAME:
        sb_addstr(sb, e->u.name.id);
        return;
    case E_CONST:
        constant(sb, e->u.constant.value);
        return;
    case E_JOINEDSTR:
        joinedstr(sb, e);
        return;
    case E_FORMATTED:   /* only inside an f-string */
        formatted(sb, e);
        return;
    case E_BINOP:
        binop(sb, e, level);
        return;
    case E_UNARY: {
        int pr = e->u.unary.op == U_NOT ? PR_NOT : PR_FACTOR;
        open_if(sb, level > pr);
        sb_adds(sb, e->u.unary.op == U_NOT ? "not " : e->u.unary.op == U_NEG ? "-" : e->u.unary.op == U_POS ? "+" : "~");
        expr(sb, e->u.unary.operand, pr);
        close_if(sb, level > pr);
        return;
    }
    case E_BOOLOP: {
        int pr = e->u.boolop.is_and ? PR_AND : PR_OR;
        open_if(sb, level > pr);
        for (int i = 0; i < e->u.boolop.values.n; i++) {
            if (i)
                sb_adds(sb, e->u.boolop.is_and ? " and " : " or ");
            expr(sb, e->u.boolop.values.items[i], pr + 1);
        }
        close_if(sb, level > pr);
        return;
    }
    case E_COMPARE:
        open_if(sb, level > PR_CMP);
        expr(sb, e->u.compare.left, PR_CMP + 1);
        for (int i = 0; i < e->u.compare.n; i++) {
            sb_adds(sb, cmp_ops[e->u.compare.ops[i]]);
            expr(sb, e->u.compare.comparators[i], PR_CMP + 1);
        }
        close_if(sb, level > PR_CMP);
        return;
    case E_IFEXP:
        open_if(sb, level > PR_TEST);
        expr(sb, e->u.ifexp.body, PR_TEST + 1);
        sb_adds(sb, " if ");
        expr(sb, e->u.ifexp.test, PR_TEST + 1);
        sb_adds(sb, " else ");
        expr(sb, e->u.ifexp.orelse, PR_TEST);
        close_if(sb, level > PR_TEST);
        return;
    case E_LAMBDA: {
        const Arguments *a = e->u.lambda.args;
        open_if(sb, level > PR_TEST);
        sb_adds(sb, a->nargs ? "lambda " : "lambda");
        arguments(sb, a);
        sb_adds(sb, ": ");
        expr(sb, e->u.lambda.body, PR_TEST);
        close_if(sb, level > PR_TEST);
        return;
    }
    case E_CALL:
        call(sb, e);
        return;
    case E_ATTR: {
        const Node *v = e->u.attr.value;
        expr(sb, v, PR_ATOM);
        /* `1 .real`: an int needs the space to stay an attribute access */
        int is_int = v->kind == E_CONST && (v->u.constant.value.tag == V_INT ||
                                            (v->u.constant.value.tag == V_OBJ && v->u.constant.value.u.o->cls == I->cls.int_));
        sb_adds(sb, is_int ? " ." : ".");
        sb_addstr(sb, e->u.attr.attr);
        return;
    }
    case E_SUBSCRIPT:
        subscript(sb, e);
        return;
    case E_SLICE:
        if (e->u.slice.lower)
            expr(sb, e->u.slice.lower, PR_TEST);
        sb_addc(sb, ':');
        if (e->u.slice.upper)
            expr(sb, e->u.slice.upper, PR_TEST);
        if (e->u.slice.step) {
            sb_addc(sb, ':');
            expr(sb, e->u.slice.step, PR_TEST);
        }
        return;
    case E_STARRED:
        sb_addc(sb, '*');
        expr(sb, e->u.starred.value, PR_EXPR);
        return;
    case E_LIST:
        sb_addc(sb, '[');
        items(sb, &e->u.seq.elts);
        sb_addc(sb, ']');
        return;
    case E_TUPLE:
        if (e->u.seq.elts.n == 0) {
            sb_adds(sb, "()");
            return;
        }
        open_if(sb, level > PR_TUPLE);
        items(sb, &e->u.seq.elts);
        if (e->u.seq.elts.n == 1)
            sb_addc(sb, ',');
        close_if(sb, level > PR_TUPLE);
        return;
    case E_SET:
        sb_addc(sb, '{');
        items(sb, &e->u.seq.elts);
        sb_addc(sb, '}');
        return;
    case E_DICT:
        sb_addc(sb, '{');
        for (int i = 0; i < e->u.dict.n; i++) {
            if (i)
                sb_adds(sb, ", ");
            if (e->u.dict.keys[i]) {
                expr(sb, e->u.dict.keys[i], PR_TEST);
                sb_adds(sb, ": ");
                expr(sb, e->u.dict.values[i], PR_TEST);
            } else {
                sb_adds(sb, "**");
                expr(sb, e->u.dict.values[i], PR_EXPR);
            }
        }
        sb_addc(sb, '}');
        return;
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_GENEXP:
        sb_addc(sb, e->kind == E_LISTCOMP ? '[' : e->kind == E_SETCOMP ? '{' : '(');
        expr(sb, e->u.comp.elt, PR_TEST);
        comprehension(sb, e);
        sb_addc(sb, e->kind == E_LISTCOMP ? ']' : e->kind == E_SETCOMP ? '}' : ')');
        return;
    case E_DICTCOMP:
        sb_addc(sb, '{');
        expr(sb, e->u.comp.elt, PR_TEST);
        sb_adds(sb, ": ");
        expr(sb, e->u.comp.value, PR_TEST);
        comprehension(sb, e);
        sb_addc(sb, '}');
        return;
    case E_NAMEDEXPR:
        open_if(sb, level > PR_TUPLE);
        expr(sb, e->u.namedexpr.target, PR_ATOM);
        sb_adds(sb, " := ");
        expr(sb, e->u.namedexpr.value, PR_ATOM);
        close_if(sb, level > PR_TUPLE);
        return;
    case E_YIELD:
        if (!e->u.yield.value) {
            sb_adds(sb, "(yield)");
            return;
        }
        sb_adds(sb, "(yield ");
        expr(sb, e->u.yield.value, PR_TEST);
        sb_addc(sb, ')');
        return;
    case E_YIELDFROM:
        sb_adds(sb, "(yield from ");
        expr(sb, e->u.yield.value, PR_TEST);
        sb_addc(sb, ')');
        return;
    default:
        return;
    }
}

Str *unparse_expr(Interp *I, const Node *e)
{
    StrBuf sb;
    sb_init(&sb, I);
    expr(&sb, e, PR_TEST);
    return sb_finish(&sb);
}
