/*
 * eval_match.c — running a match statement (PEP 634) the way CPython 3.11's
 * bytecode does: the subject is evaluated once, cases are tried in order
 * and the first whose pattern matches (and whose guard is true) runs.
 *
 * A pattern's captures are collected while it matches and stored only when
 * the whole pattern has matched (so a failed pattern binds nothing, while
 * the names of a pattern whose guard then fails stay bound, as in CPython).
 * Sequence patterns take list, tuple, range and collections.deque (and
 * their subclasses) but never str or bytes; mapping patterns take dict and
 * its subclasses, read through their `get`; class patterns check
 * isinstance, then __match_args__ for positional sub-patterns.
 */
#include <string.h>

#include "eval_int.h"
#include "cont.h"
#include "str_int.h"
#include "mod_abc_native.h"

enum { MATCH_INLINE = 16 };

/* The captures of the pattern being matched, stored once it matches. */
typedef struct Matcher {
    Interp *I;
    Frame *fr;
    int n;
    Node **names;
    Value *vals;
} Matcher;

static bool match(Matcher *m, Node *p, Value subj);

static void capture(Matcher *m, Node *name, Value v)
{
    if (!name)
        return;
    m->names[m->n] = name;
    m->vals[m->n++] = v;
}

/* getattr(v, name), or V_UNSET when that raises AttributeError. */
static Value attr_or_unset(Interp *I, Value v, Str *name)
{
    ExcFrame ef;
    Value r;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        r = obj_getattr(I, v, name);
        exc_pop(I, &ef);
        return r;
    }
    if (!exc_matches(I, I->exc, I->cls.AttributeError))
        exc_reraise(I);
    exc_clear(I);
    return v_unset();
}

/* collections.abc.Sequence for a match (CPython's Py_TPFLAGS_SEQUENCE): not str
 * or bytes (nor a subclass), whatever their MRO says. */
static bool is_sequence(Interp *I, Value v)
{
    if (v.tag != V_OBJ)
        return false;
    Class *c = v.u.o->cls;
    if (c == I->cls.list || c == I->cls.tuple)
        return true;
    if (obj_isinstance(I, v, I->cls.str) || obj_isinstance(I, v, I->cls.bytes))
        return false;
    return class_collection_kind(I, c) == COLLECTION_SEQUENCE;
}

/* The items of a sequence subject (a fresh copy for anything but a tuple). */
static void seq_items(Interp *I, Value v, int64_t *len, Value **items)
{
    if (v.u.o->cls == I->cls.tuple) {
        Tuple *t = (Tuple *)v.u.o;
        *len = t->len;
        *items = t->items;
        return;
    }
    List *l = obj_to_list(I, v);
    *len = l->len;
    *items = l->items;
}

/* sequence_pattern: length first, then each item in order */
static bool match_sequence(Matcher *m, Node *p, Value subj)
{
    Interp *I = m->I;
    if (!is_sequence(I, subj))
        return false;
    NodeList *pl = &p->u.pat.patterns;
    int star = -1;
    for (int i = 0; i < pl->n; i++)
        if (pl->items[i]->kind == P_STAR)
            star = i;
    int64_t len = obj_len(I, subj);
    if (star < 0 ? len != pl->n : len < pl->n - 1)
        return false;
    int64_t n;
    Value *items;
    seq_items(I, subj, &n, &items);
    if (star < 0 ? n != pl->n : n < pl->n - 1)
        return false;
    int after = pl->n - star - 1;
    for (int i = 0; i < pl->n; i++) {
        if (i == star) {
            Node *name = pl->items[i]->u.pat.name;
            if (name) {
                int64_t k = n - after - star;
                List *rest = list_new(I, k);
                for (int64_t j = 0; j < k; j++)
                    list_append(I, rest, items[star + j]);
                capture(m, name, v_obj(&rest->hdr));
            }
            continue;
        }
        int64_t at = star >= 0 && i > star ? n - (pl->n - i) : i;
        if (!match(m, pl->items[i], items[at]))
            return false;
    }
    return true;
}

/* mapping_pattern: keys looked up with the subject's get(key, <missing>) */
static bool match_mapping(Matcher *m, Node *p, Value subj)
{
    Interp *I = m->I;
    Frame *fr = m->fr;
    if (!(subj.tag == V_OBJ && class_collection_kind(I, subj.u.o->cls) == COLLECTION_MAPPING))
        return false;
    int n = p->u.pat.n;
    if (n == 0 && !p->u.pat.name)
        return true;
    if (obj_len(I, subj) < n)
        return false;
    StackMark mark = eval_stack_mark(I);
    Value *keys = n ? eval_stack_alloc(I, 2 * n) : NULL;
    Value *vals = keys ? keys + n : NULL;
    for (int i = 0; i < n; i++)
        keys[i] = eval_expr(I, fr, p->u.pat.keys[i]);
    EVAL_POS(fr, p);
    if (n) {
        Value get = obj_getattr(I, subj, str_intern_cstr(I, "get"));
        Value missing = v_obj(&list_new(I, 0)->hdr);     /* get()'s default: found by identity */
        Dict *seen = n > 1 ? dict_new(I) : NULL;
        for (int i = 0; i < n; i++) {
            if (seen) {
                if (!v_is_unset(dict_get(I, seen, keys[i])))
                    exc_raisef(I, I->cls.ValueError, "mapping pattern checks duplicate key (%s)",
                               obj_repr(I, keys[i])->s);
                dict_set(I, seen, keys[i], v_none());
            }
            Value args[2] = {keys[i], missing};
            vals[i] = obj_call(I, get, 2, args, NULL);
            if (vals[i].tag == V_OBJ && vals[i].u.o == missing.u.o) {
                eval_stack_reset(I, mark);
                return false;
            }
        }
    }
    for (int i = 0; i < n; i++)
        if (!match(m, p->u.pat.kwd[i], vals[i])) {
            eval_stack_reset(I, mark);
            return false;
        }
    if (p->u.pat.name) {
        Value rest = obj_call1(I, v_obj(&I->cls.dict->hdr), subj);
        for (int i = 0; i < n; i++)
            obj_delitem(I, rest, keys[i]);
        capture(m, p->u.pat.name, rest);
    }
    eval_stack_reset(I, mark);
    return true;
}

/* The builtins that match themselves with one positional sub-pattern
 * (CPython's _Py_TPFLAGS_MATCH_SELF, inherited by subclasses). */
static bool matches_self(Interp *I, Class *cls)
{
    Class *self[] = {I->cls.bool_, I->cls.bytes, I->cls.dict, I->cls.float_, I->cls.frozenset,
                     I->cls.int_, I->cls.list, I->cls.set, I->cls.str, I->cls.tuple};
    for (size_t i = 0; i < sizeof self / sizeof *self; i++)
        if (class_is_subclass(cls, self[i]))
            return true;
    return false;
}

/* One attribute of a class pattern: the "got multiple sub-patterns" check
 * against the names already looked up (names[0..k)), then getattr (V_UNSET:
 * no match). */
static Value class_attr(Interp *I, Class *cls, Value subj, Str *name, Str **names, int k)
{
    for (int i = 0; i < k; i++)
        if (names[i] == name || (names[i]->len == name->len && memcmp(names[i]->s, name->s, (size_t)name->len) == 0))
            exc_raisef(I, I->cls.TypeError, "%s() got multiple sub-patterns for attribute %s", cls->name->s,
                       obj_repr(I, v_obj(&name->hdr))->s);
    names[k] = name;
    return attr_or_unset(I, subj, name);
}

/* class_pattern: isinstance, then the attributes, then the sub-patterns */
static bool match_class(Matcher *m, Node *p, Value subj)
{
    Interp *I = m->I;
    Frame *fr = m->fr;
    Value cv = eval_expr(I, fr, p->u.pat.value);
    EVAL_POS(fr, p);
    if (!v_isa(I, cv, I->cls.type))
        exc_raisef(I, I->cls.TypeError, "called match pattern must be a type");
    Class *cls = (Class *)cv.u.o;
    Value isinst = dict_get_str(I, I->builtins->dict, str_intern_cstr(I, "isinstance"));
    if (!obj_truthy(I, obj_call2(I, isinst, subj, cv)))
        return false;
    int npos = p->u.pat.patterns.n, nkw = p->u.pat.n;
    if (npos + nkw == 0)
        return true;
    StackMark mark = eval_stack_mark(I);
    Value *attrs = eval_stack_alloc(I, npos + nkw);
    Str *names_inline[MATCH_INLINE];
    Str **names = npos + nkw <= MATCH_INLINE ? names_inline
                                             : interp_alloc(I, sizeof(Str *) * (size_t)(npos + nkw));
    int k = 0;
    bool ok = true;
    if (npos) {
        Value ma = obj_getattr_opt(I, cv, str_intern_cstr(I, "__match_args__"));
        bool self = false;
        int64_t allowed;
        if (v_is_unset(ma)) {
            self = matches_self(I, cls);
            allowed = self;
        } else {
            if (ma.tag != V_OBJ || ma.u.o->cls != I->cls.tuple)
                exc_raisef(I, I->cls.TypeError, "%s.__match_args__ must be a tuple (got %s)", cls->name->s,
                           type_name(I, ma));
            allowed = ((Tuple *)ma.u.o)->len;
        }
        if (allowed < npos)
            exc_raisef(I, I->cls.TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", cls->name->s,
                       (int)allowed, allowed == 1 ? "" : "s", npos);
        if (self) {
            attrs[0] = subj;
        } else {
            Tuple *t = (Tuple *)ma.u.o;
            for (int i = 0; i < npos && ok; i++) {
                if (!v_is_str(I, t->items[i]))
                    exc_raisef(I, I->cls.TypeError, "__match_args__ elements must be strings (got %s)",
                               type_name(I, t->items[i]));
                attrs[i] = class_attr(I, cls, subj, (Str *)t->items[i].u.o, names, k++);
                ok = !v_is_unset(attrs[i]);
            }
        }
    }
    for (int i = 0; i < nkw && ok; i++) {
        attrs[npos + i] = class_attr(I, cls, subj, p->u.pat.attrs[i], names, k++);
        ok = !v_is_unset(attrs[npos + i]);
    }
    for (int i = 0; i < npos && ok; i++)
        ok = match(m, p->u.pat.patterns.items[i], attrs[i]);
    for (int i = 0; i < nkw && ok; i++)
        ok = match(m, p->u.pat.kwd[i], attrs[npos + i]);
    eval_stack_reset(I, mark);
    return ok;
}

static bool match(Matcher *m, Node *p, Value subj)
{
    Interp *I = m->I;
    interp_tick(I);
    switch (p->kind) {
    case P_VALUE: {
        Value v = eval_expr(I, m->fr, p->u.pat.value), out;
        EVAL_POS(m->fr, p);
        return eval_compare(I, m->fr, C_EQ, subj, v, &out);
    }
    case P_SINGLETON: {
        Value v = p->u.pat.value->u.constant.value;
        return subj.tag == v.tag && (v.tag == V_NONE || subj.u.i == v.u.i);
    }
    case P_SEQUENCE: return match_sequence(m, p, subj);
    case P_MAPPING: return match_mapping(m, p, subj);
    case P_CLASS: return match_class(m, p, subj);
    case P_AS:
        if (p->u.pat.sub && !match(m, p->u.pat.sub, subj))
            return false;
        capture(m, p->u.pat.name, subj);
        return true;
    case P_OR:
        for (int i = 0; i < p->u.pat.patterns.n; i++) {
            int n0 = m->n;
            if (match(m, p->u.pat.patterns.items[i], subj))
                return true;
            m->n = n0;
        }
        return false;
    default:
        exc_raisef(I, I->cls.SystemError, "unexpected pattern node %d", (int)p->kind);
    }
}

int eval_match(Interp *I, Frame *fr, Node *s)
{
    Value subj = eval_expr(I, fr, s->u.match.subject);
    for (int i = 0; i < s->u.match.ncases; i++) {
        MatchCase *mc = &s->u.match.cases[i];
        Node *names_inline[MATCH_INLINE];
        Value vals_inline[MATCH_INLINE];
        Matcher m = {I, fr, 0, names_inline, vals_inline};
        if (mc->ncaptures > MATCH_INLINE) {
            m.names = interp_alloc(I, sizeof(Node *) * (size_t)mc->ncaptures);
            m.vals = interp_alloc(I, sizeof(Value) * (size_t)mc->ncaptures);
        }
        if (!match(&m, mc->pattern, subj))
            continue;
        for (int k = 0; k < m.n; k++)
            eval_assign(I, fr, m.names[k], m.vals[k]);
        if (mc->guard) {
            Value g = eval_expr(I, fr, mc->guard);
            if (!obj_truthy(I, g))
                continue;
        }
        return eval_body(I, fr, &mc->body);
    }
    return X_NORMAL;
}
