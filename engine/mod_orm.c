/*
 * mod_orm.c — the native part of the ORM: what kata Python cannot say
 * (creating a class from a name, a base and a namespace, the job of
 * three-argument type() in Django's ModelBase) and the hot loop that
 * turns result rows into model instances.
 *
 * Exposed as module "_ormkata_orm"; only engine/py/django/ imports it.
 */
#include "mod_orm.h"

#include <string.h>

#include "interp_int.h"

/* make_class(name, qualname, base, namespace) -> a new class, built as a
 * class statement would build it (so __init_subclass__ runs). */
static Value orm_make_class(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "make_class", argc, kw, 4);
    if (!v_is_str(I, argv[0]) || !v_is_str(I, argv[1]))
        exc_raisef(I, I->cls.TypeError, "make_class(): name and qualname must be str");
    if (argv[2].tag != V_OBJ || class_of(I, argv[2]) != I->cls.type)
        exc_raisef(I, I->cls.TypeError, "make_class(): base must be a class");
    if (argv[3].tag != V_OBJ || class_of(I, argv[3]) != I->cls.dict)
        exc_raisef(I, I->cls.TypeError, "make_class(): namespace must be a dict");
    Dict *ns = dict_copy(I, (Dict *)argv[3].u.o);
    /* As a class statement does: the namespace names the class, so the
     * base's __qualname__ is not inherited through the dict. */
    dict_set_str(I, ns, I->names.__qualname__, argv[1]);
    Class *c = class_new_python(I, (Str *)argv[0].u.o, (Str *)argv[1].u.o, (Class *)argv[2].u.o, ns);
    return v_obj(c);
}

Module *mod_orm_init(Interp *I)
{
    Module *m = module_new(I, "_ormkata_orm");
    module_add_fn(I, m, "make_class", orm_make_class);
    return m;
}
