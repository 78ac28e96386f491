/*
 * test_pickle.c — pickle_dumps/pickle_loads (mod_pickle.h): byte-exact
 * protocol 4 output for plain values, dates and Decimals, round trips,
 * loader errors, and the pickle_register hook a native class uses.
 * Expected bytes come from CPython 3.11.7's pickle.dumps.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "interp_int.h"
#include "mod_datetime.h"
#include "mod_decimal.h"
#include "mod_pickle.h"

static Interp *I;

static int setup(void **state)
{
    I = interp_new(NULL, NULL);
    return I ? 0 : -1;
}

static int teardown(void **state)
{
    interp_free(I);
    return 0;
}

static void assert_bytes(Bytes *b, const char *expect, size_t n)
{
    assert_int_equal(b->len, n);
    assert_memory_equal(b->s, expect, n);
}

static void test_plain_values(void **state)
{
    assert_bytes(pickle_dumps(I, v_none(), -1), "\x80\x04N.", 4);
    assert_bytes(pickle_dumps(I, v_int(1), -1), "\x80\x04K\x01.", 5);
    assert_bytes(pickle_dumps(I, v_int(-1), -1),
                 "\x80\x04\x95\x06\x00\x00\x00\x00\x00\x00\x00J\xff\xff\xff\xff.", 17);
    Value big = int_parse(I, "1180591620717411303424", 22, 10);   /* 2**70 */
    assert_bytes(pickle_dumps(I, big, -1),
                 "\x80\x04\x95\x0c\x00\x00\x00\x00\x00\x00\x00\x8a\x09\x00\x00\x00\x00\x00\x00\x00\x00@.", 23);
    Dict *d = dict_new(I);
    dict_set(I, d, str_value(I, "a"), v_obj(tuple_pack(I, 3, v_int(1), v_float(2.5), v_none())));
    assert_bytes(pickle_dumps(I, v_obj(d), -1),
                 "\x80\x04\x95\x16\x00\x00\x00\x00\x00\x00\x00}\x94\x8c\x01" "a\x94K\x01G@\x04\x00\x00\x00\x00\x00\x00N\x87\x94s.",
                 33);
    Value back = pickle_loads(I, (const unsigned char *)"\x80\x04\x95\x16\x00\x00\x00\x00\x00\x00\x00}\x94\x8c\x01"
                              "a\x94K\x01G@\x04\x00\x00\x00\x00\x00\x00N\x87\x94s.", 33);
    assert_string_equal(obj_repr(I, back)->s, "{'a': (1, 2.5, None)}");
    assert_true(obj_eq(I, pickle_loads(I, (const unsigned char *)"\x80\x04\x95\x0c\x00\x00\x00\x00\x00\x00\x00\x8a\x09"
                                       "\x00\x00\x00\x00\x00\x00\x00\x00@.", 23), big));
}

static void test_date_and_decimal(void **state)
{
    List *l = list_new(I, 2);
    list_append(I, l, dt_date_new(I, 2024, 1, 15));
    list_append(I, l, dec_from_str(I, "1.5"));
    static const char expect[] =
        "\x80\x04\x95\x44\x00\x00\x00\x00\x00\x00\x00]\x94(\x8c\x08" "datetime\x94\x8c\x04" "date\x94\x93\x94"
        "C\x04\x07\xe8\x01\x0f\x94\x85\x94R\x94\x8c\x07" "decimal\x94\x8c\x07" "Decimal\x94\x93\x94\x8c\x03"
        "1.5\x94\x85\x94R\x94" "e.";
    Bytes *b = pickle_dumps(I, v_obj(l), -1);
    assert_bytes(b, expect, sizeof expect - 1);
    Value back = pickle_loads(I, b->s, (size_t)b->len);
    assert_string_equal(obj_repr(I, back)->s, "[datetime.date(2024, 1, 15), Decimal('1.5')]");
}

static const char *load_error(const char *data, size_t n)
{
    ExcFrame ef;
    const char *volatile r = "";
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        pickle_loads(I, (const unsigned char *)data, n);
        exc_pop(I, &ef);
    } else {
        r = exc_format_line(I, I->exc)->s;
        exc_clear(I);
    }
    return r;
}

static void test_load_errors(void **state)
{
    assert_string_equal(load_error("", 0), "EOFError: Ran out of input");
    assert_string_equal(load_error("\x80\x04K", 3), "_pickle.UnpicklingError: pickle data was truncated");
    assert_string_equal(load_error("zz", 2), "_pickle.UnpicklingError: invalid load key, 'z'.");
}

/* The hook: a native class pickled as date(2000, 1, 1) stands in for an ORM object. */
static Value reduce_as_date(Interp *In, Value obj)
{
    Module *m = interp_import(In, str_intern_cstr(In, "datetime"));
    Value cls = dict_get_cstr(In, m->dict, "date");
    Tuple *args = tuple_pack(In, 3, v_int(2000), v_int(1), v_int(1));
    return v_obj(tuple_pack(In, 2, cls, v_obj(args)));
}

static void test_register_hook(void **state)
{
    static const TypeOps ops;
    Class *c = class_new_native(I, "Thing", "__main__", NULL, &ops, sizeof(Instance), 0);
    pickle_register(I, c, reduce_as_date, NULL);
    Value obj = v_obj(obj_alloc(I, c, sizeof(Instance)));
    Bytes *b = pickle_dumps(I, obj, -1);
    assert_string_equal(obj_repr(I, pickle_loads(I, b->s, (size_t)b->len))->s, "datetime.date(2000, 1, 1)");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_values),
        cmocka_unit_test(test_date_and_decimal),
        cmocka_unit_test(test_load_errors),
        cmocka_unit_test(test_register_hook),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
