/*
 * builtins.c — assembling a fresh interpreter: the object model bootstrap,
 * the interned names the engine's hot paths compare by pointer, every
 * builtin class in dependency order, the builtins module, and the table of
 * modules `import` can find.
 */
#include "obj_int.h"

#include "db.h"
#include "embedded.h"
#include "eval.h"
#include "mod_datetime.h"
#include "mod_decimal.h"
#include "mod_django_core.h"
#include "mod_django_http.h"
#include "mod_django_test.h"
#include "mod_hashlib.h"
#include "mod_orm.h"
#include "mod_pickle.h"
#include "mod_random.h"
#include "mod_re.h"
#include "mod_sys.h"
#include "mod_time.h"
#include "mod_unittest.h"
#include "mod_traceback.h"
#include "mod_abc_native.h"

static void names_init(Interp *I)
{
    Names *n = &I->names;
#define N(f) n->f = str_intern_cstr(I, #f)
    N(__init__); N(__new__); N(__repr__); N(__str__); N(__hash__); N(__eq__); N(__ne__);
    N(__lt__); N(__le__); N(__gt__); N(__ge__); N(__bool__); N(__len__); N(__iter__);
    N(__next__); N(__getitem__); N(__setitem__); N(__delitem__); N(__contains__);
    N(__getattr__); N(__setattr__); N(__delattr__); N(__call__); N(__enter__); N(__exit__);
    N(__format__); N(__get__); N(__name__); N(__qualname__); N(__module__); N(__doc__);
    N(__class__); N(__dict__); N(__main__); N(__builtins__); N(__init_subclass__); N(__prepare__); N(metaclass);
#undef N
    n->empty = str_intern_cstr(I, "");
    n->module_name = str_intern_cstr(I, "<module>");
}

/* `import builtins`: the module every run's names fall back to. */
static Module *builtins_module(Interp *I)
{
    return I->builtins;
}

void builtins_init(Interp *I)
{
    obj_bootstrap(I);
    names_init(I);
    obj_init(I);
    I->builtins = module_new(I, "builtins");
    str_init(I);
    bytes_init(I);
    dict_init(I);
    int_init(I);
    float_init(I);
    list_init(I);
    tuple_init(I);
    set_init(I);
    range_init(I);
    iter_init(I);
    exc_init(I);
    eval_init(I);
    bfunc_init(I);

    static const char *const names[] = {
        "object", "type", "property", "staticmethod", "classmethod",
    };
    Class *classes[] = {
        I->cls.object, I->cls.type, I->cls.property, I->cls.staticmethod, I->cls.classmethod,
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        module_set(I, I->builtins, names[i], v_obj(classes[i]));
    module_set(I, I->builtins, "NotImplemented", v_notimpl());
    module_set(I, I->builtins, "Ellipsis", I->ellipsis);

    interp_add_module(I, "builtins", builtins_module);
    interp_add_module(I, "math", mod_math_init);
    interp_add_module(I, "_time", mod_time_init);
    interp_add_module(I, "_random", mod_random_init);
    interp_add_module(I, "_hashlib", mod_hashlib_init);
    interp_add_module(I, "_re", mod_re_init);
    mod_sys_register(I);
    interp_add_module(I, "datetime", mod_datetime_init);
    interp_add_module(I, "decimal", mod_decimal_init);
    interp_add_module(I, "pickle", mod_pickle_init);
    interp_add_module(I, "django.db", mod_django_db_init);
    interp_add_module(I, "django.db.utils", mod_django_db_utils_init);
    interp_add_module(I, "json", mod_json_init);
    interp_add_module(I, "_django_http", mod_django_http_native_init);
    interp_add_module(I, "django.core.exceptions", mod_django_core_exceptions_init);
    interp_add_module(I, "django.utils.datastructures", mod_django_utils_datastructures_init);
    interp_add_module(I, "django.http", mod_django_http_init);
    interp_add_module(I, "django.http.request", mod_django_http_request_init);
    interp_add_module(I, "django.http.response", mod_django_http_response_init);
    interp_add_module(I, "django.core.serializers.json", mod_django_serializers_json_init);
    interp_add_module(I, "django.core.handlers.wsgi", mod_django_core_handlers_wsgi_init);
    interp_add_module(I, "django.test", mod_django_test_init);
    interp_add_module(I, "_ormkata_orm", mod_orm_init);
    interp_add_module(I, "_unittest", mod_unittest_init);
    interp_add_module(I, "_traceback", mod_traceback_init);
    interp_add_module(I, "_abc_native", mod_abc_native_init);
    for (size_t i = 0; i < embedded_py_count; i++)
        interp_add_source_module(I, embedded_py[i].module, embedded_py[i].filename, embedded_py[i].src);
}
