/*
 * obj.h — the object model of kata Python: object layouts, classes, the
 * type-slot table, and the generic operations (repr, hash, compare, call,
 * attributes, iteration, arithmetic) every other engine file builds on.
 *
 * Conventions (read these before writing engine code):
 * - Every function takes the interpreter `I` first. There is no global
 *   mutable state; builtin classes hang off I->cls (see interp_int.h).
 * - Objects live in the run's arena: allocate with obj_alloc / arena_alloc,
 *   never free. Zero-initialised.
 * - Errors are Python exceptions raised with exc_raisef() (exc.h). A raise
 *   does not return: it longjmps to the nearest catch point. So C code never
 *   checks return values for errors, but must not hold non-arena resources
 *   across calls that may raise (register a cleanup instead, exc.h).
 * - "Missing" is V_UNSET, never an exception, in the *_opt functions and in
 *   iteration: obj_next() returns V_UNSET when the iterator is exhausted.
 * - Strings are UTF-8, NUL-terminated, with a cached code point count.
 *
 * Which file implements what is noted beside each group.
 */
#ifndef ORMKATA_OBJ_H
#define ORMKATA_OBJ_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

#include "value.h"

typedef struct Interp Interp;
typedef struct Class Class;
typedef struct Str Str;
typedef struct Dict Dict;
typedef struct Tuple Tuple;

/* ------------------------------------------------------------------ */
/* Object header and layouts                                           */
/* ------------------------------------------------------------------ */

typedef struct Obj {
    Class *cls;
} Obj;

/* Keyword arguments of a call: names (interned) and values side by side. */
typedef struct KwArgs {
    int n;
    Str **names;
    Value *vals;
} KwArgs;

typedef Value (*NativeFnPtr)(Interp *I, int argc, const Value *argv, const KwArgs *kw);

/* Comparison operators for richcmp. */
typedef enum CmpOp { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CmpOp;

/* Binary operators. OP_INPLACE is or-ed in for augmented assignment
 * (`x += y`); a type that has no in-place form treats it as the plain op. */
typedef enum BinOp {
    OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW,
    OP_LSHIFT, OP_RSHIFT, OP_BITAND, OP_BITOR, OP_BITXOR, OP_MATMUL,
    OP__COUNT,
    OP_INPLACE = 0x100
} BinOp;

typedef enum UnOp { UOP_NEG, UOP_POS, UOP_INVERT } UnOp;

/*
 * The native behaviour of a class. NULL slots are inherited from the base
 * class when the class is created (class_new_native copies the base's
 * non-NULL slots into the gaps), so a slot lookup is one pointer load.
 * For classes written in Python, obj.c dispatches dunder methods
 * (__repr__, __eq__, __len__, …) before these slots: see Class.dunders.
 */
typedef struct TypeOps {
    Str *(*repr)(Interp *I, Value self);
    Str *(*str)(Interp *I, Value self);                 /* NULL: repr */
    int64_t (*hash)(Interp *I, Value self);             /* NULL: by identity */
    /* Returns a bool Value, or NotImplemented. For ==/!= obj.c falls back to identity. */
    Value (*richcmp)(Interp *I, Value a, Value b, CmpOp op);
    bool (*truthy)(Interp *I, Value self);              /* NULL: len, else true */
    int64_t (*len)(Interp *I, Value self);              /* NULL: TypeError */
    Value (*iter)(Interp *I, Value self);               /* NULL: TypeError (or getitem protocol) */
    Value (*next)(Interp *I, Value self);               /* V_UNSET when exhausted */
    Value (*getitem)(Interp *I, Value self, Value key);
    void (*setitem)(Interp *I, Value self, Value key, Value val);
    void (*delitem)(Interp *I, Value self, Value key);
    bool (*contains)(Interp *I, Value self, Value item);   /* NULL: iterate */
    /* Attribute hooks. getattr returns V_UNSET when absent (the caller raises). */
    Value (*getattr)(Interp *I, Value self, Str *name);
    void (*setattr)(Interp *I, Value self, Str *name, Value val);   /* V_UNSET val = delete */
    Value (*call)(Interp *I, Value self, int argc, const Value *argv, const KwArgs *kw);
    /* Called for a op b with both operands, first on a's class then on b's;
     * returns NotImplemented when it cannot handle the pair. */
    Value (*binop)(Interp *I, int op, Value a, Value b);
    Value (*unop)(Interp *I, UnOp op, Value a);
    /* Calling the class: create (and initialise) an instance of cls. */
    Value (*new_)(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw);
    /* Descriptor protocol (__get__): function binding, property, classmethod. */
    Value (*get)(Interp *I, Value self, Value instance, Class *owner);
    /* Run when a Python class is created with this class as an ancestor
     * (how django.db.models.Model learns its fields). */
    void (*init_subclass)(Interp *I, Class *newcls);
    /* Python's __format__ for format() and f-strings; NULL: str() when spec is empty. */
    Str *(*format)(Interp *I, Value self, Str *spec);
} TypeOps;

/* Class.flags */
enum {
    CLS_BASETYPE = 1 << 0,    /* may be subclassed in Python */
    CLS_HAS_DICT = 1 << 1,    /* instances start with `Dict *dict` after the header */
    CLS_PYTHON = 1 << 2,      /* created by a `class` statement */
    CLS_UNHASHABLE = 1 << 3,  /* hash() raises TypeError: unhashable type */
    CLS_EXCEPTION = 1 << 4,   /* BaseException or a subclass */
    CLS_IMMUTABLE = 1 << 5,   /* setattr on the class itself is refused (builtins) */
    /* A Python subclass of list, dict, set, tuple, str or bytes: instances keep the
     * native layout and their attribute dict in 16 bytes just before the
     * object (obj_alloc puts it there; obj.c's instance-dict lookup reads it). */
    CLS_PRE_DICT = 1 << 6,
    /* __abstractmethods__ was set non-empty on this class (abc.ABCMeta):
     * object.__new__ refuses it. Not inherited. */
    CLS_ABSTRACT = 1 << 7,
    /* CPython's Py_TPFLAGS_SEQUENCE / _MAPPING on a Python class, as
     * collections.abc sets them (mod_abc_native.c): a match statement's
     * sequence / mapping patterns accept its instances. Not copied to
     * subclasses: class_collection_kind reads them along the MRO. */
    CLS_SEQUENCE = 1 << 8,
    CLS_MAPPING = 1 << 9
};

/* Class.dunders: which special methods a Python class (or a Python ancestor)
 * defines. obj.c calls them instead of the native slot. */
enum {
    DU_REPR = 1 << 0, DU_STR = 1 << 1, DU_HASH = 1 << 2, DU_EQ = 1 << 3,
    DU_NE = 1 << 4, DU_LT = 1 << 5, DU_LE = 1 << 6, DU_GT = 1 << 7, DU_GE = 1 << 8,
    DU_BOOL = 1 << 9, DU_LEN = 1 << 10, DU_ITER = 1 << 11, DU_NEXT = 1 << 12,
    DU_GETITEM = 1 << 13, DU_SETITEM = 1 << 14, DU_DELITEM = 1 << 15,
    DU_CONTAINS = 1 << 16, DU_GETATTR = 1 << 17, DU_SETATTR = 1 << 18,
    DU_CALL = 1 << 19, DU_ARITH = 1 << 20 /* any of __add__ … __rxor__, __neg__ … */,
    DU_ENTER = 1 << 21, DU_EXIT = 1 << 22, DU_INIT = 1 << 23, DU_NEW = 1 << 24,
    DU_FORMAT = 1 << 25, DU_GET = 1 << 26, DU_DELATTR = 1 << 27,
    DU_SET = 1 << 28 /* __set__ or __delete__: a data descriptor */
};

struct Class {
    Obj hdr;                  /* hdr.cls is `type` */
    Dict *dict;               /* the class namespace: methods, attributes */
    Str *name;                /* __name__ */
    Str *qualname;            /* __qualname__ */
    Str *module;              /* __module__: "builtins", "__main__", "datetime", … */
    Class *base;              /* NULL only for `object` */
    Class *native_base;       /* nearest class not written in Python (itself if native) */
    const TypeOps *ops;       /* resolved slots (never NULL) */
    uint32_t flags;
    uint32_t dunders;
    size_t inst_size;         /* bytes of an instance (native layouts) */
    void *ext;                /* per-class data owned by an extension (ORM model meta) */
    Class *origin;            /* an MRO stand-in (multiple inheritance): the class it
                               * stands for, and counts as in isinstance/issubclass;
                               * NULL for every class a program can see */
    Tuple *bases;             /* __bases__ of a class with several; NULL: (base,) */
};

/* A plain instance of a Python class (and the prefix of every CLS_HAS_DICT layout). */
typedef struct Instance {
    Obj hdr;
    Dict *dict;
} Instance;

struct Str {
    Obj hdr;
    int64_t len;              /* bytes, excluding the NUL */
    int64_t nchars;           /* code points; == len when ASCII */
    int64_t hash;             /* -1 until computed */
    bool interned;
    /* Spare bytes after the NUL, for a str a variable owns (V_OWNED in
     * value.h): `s += t` appends there in place (str.c str_iadd). */
    uint32_t room;
    char s[];                 /* UTF-8, NUL-terminated */
};

typedef struct Bytes {
    Obj hdr;
    int64_t len;
    int64_t hash;
    uint32_t room;            /* spare bytes after the NUL, as Str.room (bytes.c bytes_iadd) */
    unsigned char s[];        /* NUL-terminated for convenience */
} Bytes;

typedef struct List {
    Obj hdr;
    int64_t len, cap;
    Value *items;
} List;

typedef struct Tuple {
    Obj hdr;
    int64_t len;
    int64_t hash;             /* -1 until computed */
    Value items[];
} Tuple;

typedef struct DictEntry {
    int64_t hash;
    Value key;                /* V_UNSET: deleted slot */
    Value val;
} DictEntry;

/* Insertion-ordered hash map (layout private to dict.c; fields for iteration). */
struct Dict {
    Obj hdr;
    int64_t len;              /* live entries */
    int64_t nentries;         /* used entries, live or deleted */
    int64_t cap;              /* entries capacity */
    DictEntry *entries;
    int32_t *index;           /* open-addressed table of entry indexes, -1 empty
                                 (4 bytes a slot: a dict never holds 2**31) */
    int64_t index_size;       /* power of two */
    uint64_t version;         /* bumped on every change (iteration guard) */
};
/* Set in Dict.version of a class namespace (obj.c): dict.c then also bumps
 * the evaluator's class epoch on every change, which invalidates every
 * cached class attribute lookup at once. */
#define DICT_VERSION_CLASS (UINT64_C(1) << 63)

typedef struct SetEntry {
    int64_t hash;
    Value key;                /* V_UNSET empty; deleted marked by set.c */
} SetEntry;

/* Set and frozenset: CPython's own open-addressing scheme so that iteration
 * order (and therefore repr) matches CPython for ints and other stable hashes. */
typedef struct Set {
    Obj hdr;
    int64_t used;             /* live keys */
    int64_t fill;             /* live + dummy */
    int64_t mask;             /* table size - 1 */
    SetEntry *table;
    int64_t hash;             /* frozenset: -1 until computed */
    int64_t finger;
    uint64_t version;
} Set;

typedef struct Range {
    Obj hdr;
    int64_t start, stop, step, len;
} Range;

typedef struct Slice {
    Obj hdr;
    Value start, stop, step;  /* V_NONE when omitted */
} Slice;

typedef struct BigInt BigInt;   /* private to bigint.c; class is `int` */

typedef struct NativeFn {
    Obj hdr;
    Str *name;
    NativeFnPtr fn;
    Value self;               /* V_UNSET for a plain function; bound receiver otherwise */
    Class *owner;             /* class it was defined in (for repr), or NULL */
    void *data;               /* extension data the function may read via I->cur_native */
} NativeFn;

/* A method looked up on an instance, bound to it. */
typedef struct BoundMethod {
    Obj hdr;
    Value self;
    Value func;
} BoundMethod;

typedef struct Module {
    Obj hdr;
    Dict *dict;
    Str *name;
} Module;

/* Wrappers stored in class dicts: @property, @staticmethod, @classmethod. */
typedef struct Property {
    Obj hdr;
    Value fget, fset, fdel;   /* V_NONE when absent */
    Value doc;
    bool getter_doc;          /* doc is fget's __doc__ (none was given) */
} Property;

typedef struct MethodWrapper {  /* staticmethod / classmethod */
    Obj hdr;
    Value func;
} MethodWrapper;

typedef struct Cell {
    Obj hdr;
    Value v;                  /* V_UNSET: empty */
} Cell;

/* ------------------------------------------------------------------ */
/* obj.c — classes, allocation, the generic protocol                   */
/* ------------------------------------------------------------------ */

/* Zeroed object of `size` bytes whose class is `cls` (with room for an
 * attribute dict in front when cls has CLS_PRE_DICT). */
void *obj_alloc(Interp *I, Class *cls, size_t size);

/* The class of any value (int for V_INT and BigInt, bool, float, NoneType, …). */
Class *class_of(Interp *I, Value v);
/* __name__ of the value's class, e.g. "int" or "Entry". */
const char *type_name(Interp *I, Value v);

/* A native class. `ops` may leave slots NULL to inherit them from `base`
 * (NULL base: object). `inst_size` is the instance layout size. */
Class *class_new_native(Interp *I, const char *name, const char *module, Class *base,
                        const TypeOps *ops, size_t inst_size, uint32_t flags);
/* A class from a `class` statement: namespace `dict` already filled by the
 * body. Checks the base can be subclassed, computes dunders, runs the native
 * base's init_subclass hook. */
Class *class_new_python(Interp *I, Str *name, Str *qualname, Class *base, Dict *dict);
/* The same with a metaclass (`type` or a Python subclass of it: the new
 * class's hdr.cls) and the class statement's keywords, which go to
 * __init_subclass__ (kw may be NULL). This is what type.__new__ does. */
Class *class_new_python_meta(Interp *I, Class *meta, Str *name, Str *qualname, Class *base, Dict *dict,
                             const KwArgs *kw);
/* class_new_python_meta for any number of bases (a tuple of classes; no
 * bases: object). Several bases are linearized as CPython's C3 does, with
 * its TypeErrors (duplicate base, no consistent MRO, instance lay-out
 * conflict): the walk from the new class through `base` links visits its
 * MRO, through stand-ins (Class.origin) for the classes whose own chain
 * does not continue the way the MRO does. */
Class *class_new_python_bases(Interp *I, Class *meta, Str *name, Str *qualname, Tuple *bases, Dict *dict,
                              const KwArgs *kw);
/* The class a program sees for k, a class met walking a `base` chain. */
static inline Class *class_seen(Class *k)
{
    return k->origin ? k->origin : k;
}
/* Is v a class (an instance of type or of a metaclass)? */
bool v_is_class(Interp *I, Value v);
/* The metaclass a class statement with this base (NULL: object) and this
 * explicit metaclass (NULL: none) gets: the most derived of the two, or
 * CPython's "metaclass conflict" TypeError. Fold it over several bases. */
Class *class_meta_winner(Interp *I, Class *explicit_meta, Class *base);

/* Put a native method into cls's namespace. Called as fn(I, argc, argv, kw)
 * with the receiver as argv[0]. */
void class_add_method(Interp *I, Class *cls, const char *name, NativeFnPtr fn);
/* d.__get__(instance[, owner]) for a native class with a get slot. */
Value obj_descr_get_m(Interp *I, int argc, const Value *argv, const KwArgs *kw);
/* @staticmethod / @classmethod equivalents (classmethod gets the class as argv[0]). */
void class_add_static(Interp *I, Class *cls, const char *name, NativeFnPtr fn);
void class_add_classmethod(Interp *I, Class *cls, const char *name, NativeFnPtr fn);
/* A read-only computed attribute (property) implemented natively. */
void class_add_getter(Interp *I, Class *cls, const char *name, NativeFnPtr fget);
/* cls.__repr__ as a method of its own that calls cls's native repr slot
 * (CPython's slot wrapper), so dict.__repr__ is not object.__repr__,
 * dict.__repr__(d) and super().__repr__() in a subclass give the dict's
 * repr, and pprint can tell the types apart by their __repr__. */
void class_add_repr_method(Interp *I, Class *cls);
void class_set_attr(Interp *I, Class *cls, const char *name, Value v);

/* Look `name` up along cls and its bases; V_UNSET when absent. */
Value class_lookup(Interp *I, Class *cls, Str *name);
bool class_is_subclass(Class *cls, Class *base);
bool obj_isinstance(Interp *I, Value v, Class *cls);

Value native_fn_new(Interp *I, const char *name, NativeFnPtr fn, Class *owner);
Value bound_method_new(Interp *I, Value self, Value func);
Module *module_new(Interp *I, const char *name);
/* The same, as an instance of cls: a native subclass of module whose
 * TypeOps answer some attributes themselves (sys.modules, kata's). */
Module *module_new_of(Interp *I, Class *cls, const char *name);
void module_set(Interp *I, Module *m, const char *name, Value v);
void module_add_fn(Interp *I, Module *m, const char *name, NativeFnPtr fn);

/* The protocol. Each raises the TypeError CPython raises when unsupported. */
Str *obj_repr(Interp *I, Value v);
Str *obj_str(Interp *I, Value v);
Str *obj_format(Interp *I, Value v, Str *spec);        /* format(v, spec) */
int64_t obj_hash(Interp *I, Value v);
bool obj_eq(Interp *I, Value a, Value b);                /* a == b, as bool */
Value obj_richcmp(Interp *I, Value a, Value b, CmpOp op); /* result of a < b etc. */
bool obj_cmp_bool(Interp *I, Value a, Value b, CmpOp op);  /* the same, made truthy */
/* The bool a rich comparison gives when a three-way comparison said c (<0, 0, >0). */
Value cmp_order_result(int c, CmpOp op);
bool obj_truthy(Interp *I, Value v);
int64_t obj_len(Interp *I, Value v);
Value obj_iter(Interp *I, Value v);
Value obj_next(Interp *I, Value it);                     /* V_UNSET at the end */
Value obj_getitem(Interp *I, Value v, Value key);
void obj_setitem(Interp *I, Value v, Value key, Value val);
void obj_delitem(Interp *I, Value v, Value key);
bool obj_contains(Interp *I, Value container, Value item);
Value obj_getattr(Interp *I, Value v, Str *name);        /* raises AttributeError */
Value obj_getattr_opt(Interp *I, Value v, Str *name);    /* V_UNSET when absent */
Value obj_getattr_cstr(Interp *I, Value v, const char *name);
void obj_setattr(Interp *I, Value v, Str *name, Value val);
void obj_delattr(Interp *I, Value v, Str *name);
/* Generic attribute lookup (class lookup, descriptors, instance dict),
 * for getattr slots that want to fall back to it. V_UNSET when absent. */
Value obj_generic_getattr(Interp *I, Value v, Str *name);
void obj_generic_setattr(Interp *I, Value v, Str *name, Value val);
Value obj_call(Interp *I, Value fn, int argc, const Value *argv, const KwArgs *kw);
Value obj_call0(Interp *I, Value fn);
Value obj_call1(Interp *I, Value fn, Value a);
Value obj_call2(Interp *I, Value fn, Value a, Value b);
/* v.name(*argv) without creating a bound method when possible. */
Value obj_call_method(Interp *I, Value v, Str *name, int argc, const Value *argv, const KwArgs *kw);
Value obj_call_method_cstr(Interp *I, Value v, const char *name, int argc, const Value *argv);
Value obj_binop(Interp *I, int op, Value a, Value b);
Value obj_unop(Interp *I, UnOp op, Value a);
/* Collect any iterable into a new list. */
List *obj_to_list(Interp *I, Value iterable);
/* The index a value stands for (__index__): ints and bools; else TypeError
 * "'<type>' object cannot be interpreted as an integer". */
int64_t obj_index(Interp *I, Value v);
/* "<__main__.X object at 0x7f…>"-style default repr. */
Str *obj_default_repr(Interp *I, Value v);
/* A stable fake address for id() and default reprs. */
uint64_t obj_id(Interp *I, Value v);

/* Argument parsing for native functions. `names` lists every parameter
 * ("sep", "end"); the first `npos_only` are positional-only, those from
 * `nrequired` on are optional (left V_UNSET when not given). Fills out[]
 * in the order of names. Raises CPython-style TypeErrors naming `fname`
 * ("f() takes at most 2 arguments (3 given)",
 *  "f() got an unexpected keyword argument 'x'", …). */
void args_parse(Interp *I, const char *fname, int argc, const Value *argv, const KwArgs *kw,
                int nnames, const char *const *names, int npos_only, int nrequired, Value *out);
/* Shorthand checks: exactly n positional arguments and no keywords.
 * A dotted fname ("list.append") marks a method: argc includes self, the
 * message counts without it ("list.append() takes exactly one argument (0 given)"). */
void args_exact(Interp *I, const char *fname, int argc, const KwArgs *kw, int n);
void args_range(Interp *I, const char *fname, int argc, const KwArgs *kw, int min, int max);
void args_no_kw(Interp *I, const char *fname, const KwArgs *kw);

/* ------------------------------------------------------------------ */
/* str.c — str (UTF-8) and the string helpers everyone uses            */
/* ------------------------------------------------------------------ */
Str *str_new(Interp *I, const char *s, size_t len);      /* copies; must be valid UTF-8 */
/* str_new when the code point count of s[0..len) is already known. */
Str *str_new_n(Interp *I, const char *s, size_t len, int64_t nchars);
Str *str_from_cstr(Interp *I, const char *s);
Str *str_fmt(Interp *I, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
Str *str_vfmt(Interp *I, const char *fmt, va_list ap);
Str *str_intern(Interp *I, const char *s, size_t len);   /* same pointer for equal text */
Str *str_intern_cstr(Interp *I, const char *s);
Str *str_concat(Interp *I, Str *a, Str *b);
bool str_eq(const Str *a, const Str *b);
int64_t str_hash(Str *s);
/* repr(s) with CPython's quote choice and escapes. */
Str *str_repr(Interp *I, Str *s);
Value str_value(Interp *I, const char *cstr);             /* v_obj(str_from_cstr()) */
static inline Value v_str(Str *s) { return v_obj(s); }
bool v_is_str(Interp *I, Value v);
/* The Str inside v, or a TypeError naming `what` when v is not a str. */
Str *v_as_str(Interp *I, Value v, const char *what);
/* Count code points / validate UTF-8 (returns -1 when invalid). */
int64_t utf8_count(const char *s, size_t len);
Bytes *bytes_new(Interp *I, const void *s, size_t len);
Str *bytes_repr(Interp *I, Bytes *b);
/* Create the str and bytes classes (I->cls.str, str_iterator, bytes) and their
 * methods; called by obj.c's bootstrap once object and type exist. */
void str_init(Interp *I);
void bytes_init(Interp *I);
/* ascii(x)'s escaping of a repr: non-ASCII characters as \xNN, \uNNNN, \UNNNNNNNN. */
Str *str_ascii_escape(Interp *I, Str *repr);

/* A growable byte buffer in the arena for building strings. */
typedef struct StrBuf {
    Interp *I;
    char *p;
    size_t len, cap;
} StrBuf;
void sb_init(StrBuf *sb, Interp *I);
void sb_add(StrBuf *sb, const char *s, size_t n);
void sb_adds(StrBuf *sb, const char *s);
void sb_addc(StrBuf *sb, char c);
void sb_addstr(StrBuf *sb, const Str *s);
void sb_printf(StrBuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
Str *sb_finish(StrBuf *sb);                 /* the buffer as a Str (buffer no longer used) */

/* ------------------------------------------------------------------ */
/* list.c, tuple.c, dict.c, set.c, range.c — containers                */
/* ------------------------------------------------------------------ */
List *list_new(Interp *I, int64_t cap);
List *list_from(Interp *I, int64_t n, const Value *items);
void list_append(Interp *I, List *l, Value v);
void list_sort(Interp *I, List *l, Value key, bool reverse);  /* key V_NONE: none; stable */
Tuple *tuple_new(Interp *I, int64_t n);                       /* items V_NONE-filled by caller */
Tuple *tuple_from(Interp *I, int64_t n, const Value *items);
Tuple *tuple_pack(Interp *I, int n, ...);                     /* n Values */

Dict *dict_new(Interp *I);
/* An empty dict with room for n entries without growing (the arena never
 * frees, so a dict that grows leaves its smaller tables behind). */
Dict *dict_new_sized(Interp *I, int64_t n);
Value dict_get(Interp *I, Dict *d, Value key);                /* V_UNSET when missing */
void dict_set(Interp *I, Dict *d, Value key, Value val);
bool dict_del(Interp *I, Dict *d, Value key);                 /* false when missing */
/* Fast paths for interned-string keys (class and module namespaces). */
Value dict_get_str(Interp *I, Dict *d, Str *key);
void dict_set_str(Interp *I, Dict *d, Str *key, Value val);
/* The slot of d's entry for key, raw (it may hold V_OWNED), or NULL; for
 * the `+=` fast path, which replaces the value it reads. NULL also when
 * only a non-str key matches. The pointer is valid until d changes. */
Value *dict_slot_str(Interp *I, Dict *d, Str *key);
/* The entry number of a slot dict_slot_str returned (for caches that
 * remember where a key was: valid until d gets a new entry table). */
static inline int64_t dict_slot_index(const Dict *d, const Value *slot)
{
    return (int64_t)((const DictEntry *)(const void *)((const char *)slot - offsetof(DictEntry, val)) - d->entries);
}
Value dict_get_cstr(Interp *I, Dict *d, const char *key);
void dict_set_cstr(Interp *I, Dict *d, const char *key, Value val);
/* Iterate live entries: start with *pos = 0; false at the end. */
bool dict_next(Dict *d, int64_t *pos, Value *key, Value *val);
Dict *dict_copy(Interp *I, Dict *d);
/* A dict with proto's keys in proto's order and its values as they are, for
 * the caller to overwrite in place (d->entries[i].val, i < len): the
 * tables are copied, nothing is hashed or probed. proto must have no
 * deleted entries and no owned str values (else the result is empty). */
Dict *dict_new_like(Interp *I, Dict *proto);

Set *set_new(Interp *I, bool frozen);
void set_add(Interp *I, Set *s, Value key);
bool set_has(Interp *I, Set *s, Value key);
bool set_discard(Interp *I, Set *s, Value key);
bool set_next(Set *s, int64_t *pos, Value *key);

Value range_new(Interp *I, int64_t start, int64_t stop, int64_t step);
Value slice_new(Interp *I, Value start, Value stop, Value step);
/* Resolve a slice against a sequence of length len (CPython's PySlice_AdjustIndices);
 * returns the number of items selected. */
int64_t slice_indices(Interp *I, Slice *sl, int64_t len, int64_t *start, int64_t *stop, int64_t *step);
/* s |= iterable, with CPython's set_update_internal (so a set display built
 * as CPython builds it, from a frozenset constant, iterates in CPython's order). */
void set_update(Interp *I, Set *s, Value iterable);
/* The frozenset CPython's compiler makes for a set display whose 3+ items
 * are all constants ({1, 9, 17}): CPython evaluates such a display as
 * s = set(); s.update(<that frozenset>), and the order differs from adding
 * the items one by one. (CPython also reuses an equal frozenset constant met
 * earlier in the same module, whose order then wins.) */
Set *set_from_constants(Interp *I, int64_t n, const Value *items);
/* Create the container classes (each idempotent; list_init first). bfunc_init
 * fills the builtins module with the builtin functions and classes. */
void list_init(Interp *I);
void tuple_init(Interp *I);
void dict_init(Interp *I);
void set_init(Interp *I);
void range_init(Interp *I);
void iter_init(Interp *I);
void bfunc_init(Interp *I);

/* ------------------------------------------------------------------ */
/* int.c, bigint.c, float.c, fmt.c — numbers and formatting            */
/* ------------------------------------------------------------------ */
/* An int literal or int(str, base) text; underscores allowed as Python does.
 * Returns V_UNSET when the text is not a valid int (caller raises). */
Value int_parse(Interp *I, const char *s, size_t len, int base);
Value int_from_i64(Interp *I, int64_t i);
bool int_is_big(Value v);
/* Value as int64 or OverflowError "Python int too large to convert to C long". */
int64_t int_as_i64(Interp *I, Value v);
double int_as_double(Interp *I, Value v);                     /* OverflowError if too large */
Value int_from_double(Interp *I, double d);                   /* int(3.7) → 3; big when needed */
Str *int_to_str(Interp *I, Value v);                          /* decimal text */
/* Decimal text of i, written backwards from buf + 24; returns its start. */
char *int_dec64(char buf[24], int64_t i);
/* Shortest repr that round-trips, as CPython's float.__repr__ ("0.1", "1e+16", "inf"). */
Str *float_repr(Interp *I, double d);
int64_t float_hash(double d);
int64_t int_hash(Interp *I, Value v);                         /* CPython's: modulo 2**61 - 1 */
/* The format-spec mini-language for int, float, str: format(v, spec). */
Str *fmt_format(Interp *I, Value v, Str *spec);
/* fmt_format appending to sb (spec not empty): f-strings skip a copy. */
void fmt_format_into(Interp *I, StrBuf *sb, Value v, Str *spec);
/* printf-style `fmt % args` for str (args: a tuple, a mapping or one value). */
Str *fmt_percent(Interp *I, Str *fmt, Value args);
/* Class setup, called by builtins_init: int.c creates int and bool, float.c float. */
void int_init(Interp *I);
void float_init(Interp *I);
/* The `math` module (register with interp_add_module(I, "math", mod_math_init)). */
Module *mod_math_init(Interp *I);
/* float(text) and float literals (underscores, inf/nan, surrounding whitespace);
 * V_UNSET when the text is not a float (caller raises). */
Value float_parse(Interp *I, const char *s, size_t len);
/* Helpers for the builtins abs(), divmod(), pow() and round(), with CPython's
 * semantics and messages; they call __abs__/__divmod__/__pow__/__round__ on
 * Python classes. mod / ndigits: V_UNSET or V_NONE when not given. */
Value num_abs(Interp *I, Value x);
Value num_divmod(Interp *I, Value a, Value b);                /* a 2-tuple */
Value num_pow(Interp *I, Value a, Value b, Value mod);
Value num_round(Interp *I, Value x, Value ndigits);

/* ------------------------------------------------------------------ */
/* builtins.c, modules                                                 */
/* ------------------------------------------------------------------ */
/* Create the builtin classes, exceptions and the builtins module (interp.c calls it). */
void builtins_init(Interp *I);
/* Register a module that `import name` finds. The init function runs on first import. */
typedef Module *(*ModuleInit)(Interp *I);
void interp_add_module(Interp *I, const char *name, ModuleInit init);
/* Register a module whose body is Python source (static storage), run on
 * first import with `filename` in its tracebacks. */
void interp_add_source_module(Interp *I, const char *name, const char *filename, const char *src);
/* Import a module by dotted name; raises ModuleNotFoundError. */
Module *interp_import(Interp *I, Str *name);

#endif
