/*
 * test_django_http.c — the C API of mod_django_core.h and mod_django_http.h:
 * json_dumps (CPython's json.dumps bytes, Django's DjangoJSONEncoder forms
 * for dates, datetimes, Decimals and timedeltas), Django's exception
 * classes and per-model subclasses, and programs using django.http /
 * django.test run end to end. Expected texts come from CPython 3.11 and
 * Django 5.2.18 (/usr/bin/python3 with --django-path /tmp/django-5.2.18).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "interp_int.h"
#include "mod_datetime.h"
#include "mod_decimal.h"
#include "mod_django_core.h"
#include "mod_django_http.h"

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

/* json_dumps(v, django) as a C string, or "!Kind: message" when it raises. */
static const char *dumps(Value v, bool django)
{
    ExcFrame ef;
    const char *volatile r = NULL;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        r = json_dumps(I, v, django)->s;
        exc_pop(I, &ef);
    } else {
        r = str_fmt(I, "!%s", exc_format_line(I, I->exc)->s)->s;
        exc_clear(I);
    }
    return r;
}

static void test_json_plain(void **state)
{
    Dict *d = dict_new(I);
    dict_set(I, d, str_value(I, "headline"), str_value(I, "Thoughts on Django (1)"));
    dict_set(I, d, str_value(I, "blog"), str_value(I, "Django Diary"));
    assert_string_equal(dumps(v_obj(d), true), "{\"headline\": \"Thoughts on Django (1)\", \"blog\": \"Django Diary\"}");

    List *l = list_new(I, 0);
    list_append(I, l, v_int(1));
    list_append(I, l, v_float(2.5));
    list_append(I, l, v_float(1e100));
    list_append(I, l, v_none());
    list_append(I, l, v_bool(1));
    list_append(I, l, str_value(I, "caf\xc3\xa9 \xf0\x9f\x98\x80 \"q\"\n\x01"));
    list_append(I, l, v_obj(tuple_pack(I, 0)));
    list_append(I, l, v_obj(dict_new(I)));
    /* python3 -c 'import json; print(json.dumps([1, 2.5, 1e100, None, True, "café 😀 \"q\"\n\x01", (), {}]))' */
    assert_string_equal(dumps(v_obj(l), false),
                        "[1, 2.5, 1e+100, null, true, \"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\"\\n\\u0001\", [], {}]");

    Dict *k = dict_new(I);
    dict_set(I, k, v_int(1), str_value(I, "a"));
    dict_set(I, k, v_bool(0), str_value(I, "b"));
    dict_set(I, k, v_none(), str_value(I, "c"));
    dict_set(I, k, v_float(0.5), str_value(I, "d"));
    assert_string_equal(dumps(v_obj(k), false), "{\"1\": \"a\", \"false\": \"b\", \"null\": \"c\", \"0.5\": \"d\"}");
}

static void test_json_errors(void **state)
{
    Dict *d = dict_new(I);
    dict_set(I, d, v_obj(tuple_pack(I, 1, v_int(1))), v_int(1));
    assert_string_equal(dumps(v_obj(d), false), "!TypeError: keys must be str, int, float, bool or None, not tuple");
    assert_string_equal(dumps(dec_from_str(I, "1.5"), false), "!TypeError: Object of type Decimal is not JSON serializable");
    List *l = list_new(I, 1);
    list_append(I, l, v_obj(l));
    assert_string_equal(dumps(v_obj(l), false), "!ValueError: Circular reference detected");
}

static void test_json_django(void **state)
{
    Dict *d = dict_new(I);
    dict_set(I, d, str_value(I, "d"), dt_date_new(I, 2024, 1, 15));
    dict_set(I, d, str_value(I, "dt"), dt_datetime_new(I, 2024, 1, 15, 12, 0, 0, 123456, v_none()));
    dict_set(I, d, str_value(I, "utc"), dt_datetime_new(I, 2024, 1, 15, 12, 0, 0, 0, dt_utc(I)));
    dict_set(I, d, str_value(I, "dec"), dec_from_str(I, "19.990"));
    dict_set(I, d, str_value(I, "td"), dt_timedelta_new(I, 2, 3 * 3600 + 4 * 60 + 5, 0));
    /* Django 5.2: JsonResponse(that dict).content */
    assert_string_equal(dumps(v_obj(d), true),
                        "{\"d\": \"2024-01-15\", \"dt\": \"2024-01-15T12:00:00.123\", \"utc\": \"2024-01-15T12:00:00Z\", "
                        "\"dec\": \"19.990\", \"td\": \"P2DT03H04M05S\"}");
}

/* Run f(), returning exc_format_line of what it raised ("" when nothing). */
static const char *raised(void (*f)(void))
{
    ExcFrame ef;
    const char *volatile r = "";
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        f();
        exc_pop(I, &ef);
    } else {
        r = exc_format_line(I, I->exc)->s;
        exc_clear(I);
    }
    return r;
}

static void raise_field_error(void)
{
    django_raisef(I, DJ_FIELD_ERROR, "Cannot resolve keyword '%s' into field.", "x");
}

static void test_exceptions(void **state)
{
    Class *fe = django_exc_class(I, DJ_FIELD_ERROR);
    assert_string_equal(fe->name->s, "FieldError");
    assert_string_equal(fe->module->s, "django.core.exceptions");
    assert_ptr_equal(fe->base, I->cls.Exception);
    assert_true(class_is_subclass(django_exc_class(I, DJ_VALIDATION_ERROR), I->cls.Exception));
    const char *line = raised(raise_field_error);
    assert_non_null(strstr(line, "FieldError: Cannot resolve keyword 'x' into field."));

    Class *odne = django_exc_class(I, DJ_OBJECT_DOES_NOT_EXIST);
    Class *dne = django_exc_subclass(I, "DoesNotExist", "Entry.DoesNotExist", "blog.models", odne);
    assert_true(class_is_subclass(dne, odne));
    assert_true(dne->flags & CLS_EXCEPTION);
    assert_string_equal(obj_repr(I, v_obj(dne))->s, "<class 'blog.models.Entry.DoesNotExist'>");
    Value e = exc_new_msg(I, dne, "Entry matching query does not exist.");
    assert_true(obj_isinstance(I, e, odne));
    assert_string_equal(obj_str(I, e)->s, "Entry matching query does not exist.");
}

static const char *out_buf;
static size_t out_len;

static void capture(void *ctx, const char *s, size_t n)
{
    char *p = realloc((void *)out_buf, out_len + n + 1);
    memcpy(p + out_len, s, n);
    out_len += n;
    p[out_len] = 0;
    out_buf = p;
}

/* Run a program in a fresh interpreter; its stdout (or the traceback). */
static char *run(const char *src)
{
    InterpOutput o = { capture, NULL };
    out_buf = NULL;
    out_len = 0;
    Interp *J = interp_new(NULL, &o);
    Diag d;
    memset(&d, 0, sizeof d);
    RunStatus st = interp_run(J, "t.py", "__main__", src, strlen(src), &d);
    char *r = strdup(st == RUN_OK ? (out_buf ? out_buf : "") : interp_error_text(J));
    free((void *)out_buf);
    interp_free(J);
    return r;
}

static void test_programs(void **state)
{
    char *r = run("from django.http import HttpResponse, JsonResponse, Http404\n"
                  "from django.test import RequestFactory\n"
                  "req = RequestFactory().get('/entries/1/', {'q': 'a b'})\n"
                  "print(repr(req), req.GET['q'])\n"
                  "resp = JsonResponse({'headline': 'Thoughts on Django (1)', 'blog': 'Django Diary'})\n"
                  "print(resp.status_code, resp.content)\n"
                  "print(repr(HttpResponse('Not found', status=404)))\n");
    assert_string_equal(r, "<WSGIRequest: GET '/entries/1/?q=a+b'> a b\n"
                           "200 b'{\"headline\": \"Thoughts on Django (1)\", \"blog\": \"Django Diary\"}'\n"
                           "<HttpResponse status_code=404, \"text/html; charset=utf-8\">\n");
    free(r);
    r = run("from django.http import Http404\nraise Http404('No Entry matches the given query.')\n");
    assert_non_null(strstr(r, "\ndjango.http.response.Http404: No Entry matches the given query.\n"));
    free(r);
    r = run("from django.http import JsonResponse\nJsonResponse([1])\n");
    assert_non_null(strstr(r, "\nTypeError: In order to allow non-dict objects to be serialized set the safe "
                              "parameter to False.\n"));
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_plain),
        cmocka_unit_test(test_json_errors),
        cmocka_unit_test(test_json_django),
        cmocka_unit_test(test_exceptions),
        cmocka_unit_test(test_programs),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
