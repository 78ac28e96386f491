/*
 * mod_traceback.c — `_traceback`, the C half of the traceback module
 * (engine/py/traceback.py), which builds CPython 3.11's FrameSummary and
 * StackSummary from what these return:
 *
 *   extract(tb)  for a traceback object and the ones after it, a list of
 *       (filename, lineno, name, line, end_lineno, colno, end_colno, anchor):
 *       line is the source line as it is in the file ("" when there is
 *       none), the positions are those of the failing expression (byte
 *       offsets, as CPython's co_positions; None when unknown), and anchor
 *       what traceback.py's _extract_caret_anchors_from_line_segment reads
 *       from the AST of that expression's text: ("binop", end of the left
 *       operand, start of the right one) or ("subscript", end of the value,
 *       end of the index), byte offsets into the expression; else None.
 *   line(filename, lineno)  that line of a file the interpreter ran (no
 *       newline; "" when unknown), for FrameSummary.line.
 *   stack()      the running frames, outermost first, as (filename,
 *       lineno, name, line), without the traceback module's own frames on
 *       top (as CPython's print_stack starts at its caller's frame).
 */
#include <stddef.h>
#include <string.h>

#include "eval_int.h"
#include "mod_traceback.h"

static Value str_or(Interp *I, Str *s, const char *dflt)
{
    return v_str(s ? s : str_from_cstr(I, dflt));
}

static Value anchor(Interp *I, Node *pos)
{
    if (!pos || pos->end_line != pos->line || pos->col < 0)
        return v_none();
    const char *kind;
    int a, b;
    if (pos->kind == E_BINOP) {
        Node *l = pos->u.binop.left, *r = pos->u.binop.right;
        if (l->end_line != pos->line || r->line != pos->line)
            return v_none();
        kind = "binop";
        a = l->end_col;
        b = r->col;
    } else if (pos->kind == E_SUBSCRIPT) {
        Node *v = pos->u.subscript.value, *k = pos->u.subscript.slice;
        if (v->end_line != pos->line || k->end_line != pos->line)
            return v_none();
        kind = "subscript";
        a = v->end_col;
        b = k->end_col;
    } else {
        return v_none();
    }
    return v_obj(tuple_pack(I, 3, v_str(str_from_cstr(I, kind)), v_int(a - pos->col), v_int(b - pos->col)));
}

static Value tbm_extract(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "extract", argc, kw, 1);
    List *out = list_new(I, 0);
    for (TbEntry *t = exc_tb_entry(I, argv[0]); t; t = t->next) {
        Node *pos = tb_entry_pos(I, t);
        Value items[8] = {
            str_or(I, t->filename, "<unknown>"),
            v_int(t->line),
            str_or(I, t->funcname, "<module>"),
            v_str(tb_line_text(I, t->filename, t->line)),
            pos && pos->end_line > 0 ? v_int(pos->end_line) : v_none(),
            pos && pos->col >= 0 ? v_int(pos->col) : v_none(),
            pos && pos->end_col >= 0 ? v_int(pos->end_col) : v_none(),
            anchor(I, pos),
        };
        list_append(I, out, v_obj(tuple_from(I, 8, items)));
    }
    return v_obj(out);
}

/* Every FrameInfo on I->frame is the first member of a Frame. */
_Static_assert(offsetof(Frame, fi) == 0, "FrameInfo first in Frame");

static Value tbm_stack(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "stack", argc, kw, 0);
    FrameInfo *f = I->frame;
    while (f && f->filename && !strcmp(f->filename->s, "<traceback.py>"))
        f = f->back;
    List *out = list_new(I, 0);
    for (; f; f = f->back) {
        Frame *fr = (Frame *)f;
        int line = fr->cur ? fr->cur->line : f->line;
        Value items[4] = {
            str_or(I, f->filename, "<unknown>"),
            v_int(line),
            str_or(I, f->funcname, "<module>"),
            v_str(tb_line_text(I, f->filename, line)),
        };
        list_append(I, out, v_obj(tuple_from(I, 4, items)));
    }
    /* outermost first */
    for (int64_t i = 0, j = out->len - 1; i < j; i++, j--) {
        Value v = out->items[i];
        out->items[i] = out->items[j];
        out->items[j] = v;
    }
    return v_obj(out);
}

static Value tbm_line(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "line", argc, kw, 2);
    if (!v_is_str(I, argv[0]) || argv[1].tag != V_INT)
        return v_str(str_from_cstr(I, ""));
    return v_str(tb_line_text(I, (Str *)argv[0].u.o, (int)argv[1].u.i));
}

Module *mod_traceback_init(Interp *I)
{
    Module *m = module_new(I, "_traceback");
    module_add_fn(I, m, "line", tbm_line);
    module_add_fn(I, m, "extract", tbm_extract);
    module_add_fn(I, m, "stack", tbm_stack);
    return m;
}
