/*
 * test_str.c — the str/bytes C API (engine/str*.c, bytes.c, utf8.c):
 * creation and code point counts, UTF-8 validation, interning, equality and
 * hashing, repr quoting and escapes, StrBuf, the Unicode database against
 * CPython's answers, slot behaviour and error messages, and that indexing a
 * long non-ASCII string in a loop stays linear.
 * Expected values were produced by CPython 3.11.7 (noted beside each).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "interp.h"
#include "interp_int.h"
#include "utf8.h"

static Interp *new_interp(void)
{
    Interp *I = interp_new(NULL, NULL);
    assert_non_null(I);
    return I;
}

static Str *S(Interp *I, const char *s) { return str_from_cstr(I, s); }

/* Run fn(I, arg) and return "Kind: message" of what it raised ("" if nothing). */
typedef void (*RaiseFn)(Interp *I, void *arg);
static const char *raised(Interp *I, RaiseFn fn, void *arg)
{
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        fn(I, arg);
        exc_pop(I, &ef);
        return "";
    }
    const char *msg = exc_format_line(I, I->exc)->s;
    exc_clear(I);
    return msg;
}

static void test_new_and_count(void **state)
{
    (void)state;
    Interp *I = new_interp();
    Str *a = S(I, "héllo 😀");          /* len("héllo 😀") == 7 */
    assert_int_equal(a->nchars, 7);
    assert_int_equal(a->len, 11);
    assert_int_equal(a->s[a->len], 0);
    Str *e = S(I, "");
    assert_int_equal(e->len, 0);
    assert_int_equal(e->nchars, 0);
    Str *f = str_fmt(I, "%s=%d %s", "x", 42, "é");
    assert_string_equal(f->s, "x=42 é");
    assert_int_equal(f->nchars, 6);
    char big[600];
    memset(big, 'z', sizeof big - 1);
    big[sizeof big - 1] = 0;
    Str *g = str_fmt(I, "<%s>", big);
    assert_int_equal(g->len, 601);
    Str *c = str_concat(I, S(I, "ab"), S(I, "çd"));
    assert_string_equal(c->s, "abçd");
    assert_int_equal(c->nchars, 4);
    interp_free(I);
}

static void test_utf8_validation(void **state)
{
    (void)state;
    assert_int_equal(utf8_count("abc", 3), 3);
    assert_int_equal(utf8_count("\xc3\xa9\xf0\x9f\x98\x80", 6), 2);
    assert_int_equal(utf8_count("\xff", 1), -1);          /* invalid start byte */
    assert_int_equal(utf8_count("\xc0\x80", 2), -1);      /* overlong */
    assert_int_equal(utf8_count("\xed\xa0\x80", 3), -1);  /* surrogate */
    assert_int_equal(utf8_count("\xf4\x90\x80\x80", 4), -1); /* > U+10FFFF */
    assert_int_equal(utf8_count("\xe2\x82", 2), -1);      /* truncated */
    /* an ASCII run first (the one-pass fast path), then the rest checked:
     * len("Entry headline: café ☕".encode()) == 25, 22 code points */
    assert_int_equal(utf8_count("Entry headline: caf\xc3\xa9 \xe2\x98\x95", 25), 22);
    assert_int_equal(utf8_count("0123456789abcdef", 16), 16);
    assert_int_equal(utf8_count("0123456789abcdef\xff", 17), -1);
    assert_int_equal(utf8_count("0123456789\xe2\x82", 12), -1);
    assert_int_equal(utf8_count("", 0), 0);
    const char *why;
    size_t bad;
    /* b'a\xe2\x82b'.decode(): "bytes in position 1-2: invalid continuation byte" */
    assert_int_equal(utf8_valid_prefix("a\xe2\x82z", 4, &why, &bad), 1);
    assert_string_equal(why, "invalid continuation byte");
    assert_int_equal(bad, 2);
    /* b'a\xe2\x82'.decode(): "bytes in position 1-2: unexpected end of data" */
    assert_int_equal(utf8_valid_prefix("a\xe2\x82", 3, &why, &bad), 1);
    assert_string_equal(why, "unexpected end of data");
    assert_int_equal(bad, 2);
    /* b'\xed\xa0\x80'.decode(): "byte 0xed in position 0: invalid continuation byte" */
    assert_int_equal(utf8_valid_prefix("\xed\xa0\x80", 3, &why, &bad), 0);
    assert_string_equal(why, "invalid continuation byte");
    assert_int_equal(bad, 1);
}

static void test_intern_eq_hash(void **state)
{
    (void)state;
    Interp *I = new_interp();
    Str *a = str_intern_cstr(I, "attribute_name");
    Str *b = str_intern(I, "attribute_name_x", 14);
    assert_ptr_equal(a, b);
    assert_true(a->interned);
    assert_ptr_not_equal(a, str_intern_cstr(I, "attribute_namE"));
    char longname[300];
    memset(longname, 'q', 299);
    longname[299] = 0;
    assert_ptr_equal(str_intern_cstr(I, longname), str_intern_cstr(I, longname));
    Str *x = S(I, "attribute_name");
    assert_false(x->interned);
    assert_true(str_eq(a, x));
    assert_false(str_eq(x, S(I, "attribute_nam")));
    assert_int_equal(str_hash(x), str_hash(a));
    assert_int_equal(str_hash(S(I, "")), str_hash(S(I, "")));
    assert_int_not_equal(str_hash(S(I, "ab")), str_hash(S(I, "ba")));
    for (int i = 0; i < 2000; i++)
        assert_int_not_equal(str_hash(str_fmt(I, "k%d", i)), -1);
    /* past several growths of the intern table: the same text, the same Str */
    Str *first[5000];
    for (int i = 0; i < 5000; i++) {
        Str *k = str_fmt(I, "name_%d", i);
        first[i] = str_intern(I, k->s, (size_t)k->len);
        assert_true(first[i]->interned);
        assert_int_equal(first[i]->hash, str_hash(k));
    }
    for (int i = 4999; i >= 0; i--) {
        Str *k = str_fmt(I, "name_%d", i);
        assert_ptr_equal(str_intern(I, k->s, (size_t)k->len), first[i]);
    }
    assert_ptr_not_equal(first[1], first[10]);
    assert_ptr_equal(str_intern(I, "", 0), str_intern_cstr(I, ""));
    assert_true(v_is_str(I, v_obj(x)));
    assert_false(v_is_str(I, v_int(1)));
    interp_free(I);
}

static void test_repr(void **state)
{
    (void)state;
    Interp *I = new_interp();
    static const struct { const char *in, *out; } cases[] = {
        /* repr(x) in CPython 3.11 */
        {"plain", "'plain'"},
        {"it's", "\"it's\""},
        {"say \"hi\"", "'say \"hi\"'"},
        {"both ' and \"", "'both \\' and \"'"},
        {"t\tn\nr\r\\", "'t\\tn\\nr\\r\\\\'"},
        {"\x01\x1f\x7f", "'\\x01\\x1f\\x7f'"},
        {"\xc2\x80\xc2\xa0\xc2\xad\xc3\xa9", "'\\x80\\xa0\\xadé'"},
        {"\xe2\x80\x8b\xe2\x80\xa8\xe3\x80\x80\xef\xbb\xbf", "'\\u200b\\u2028\\u3000\\ufeff'"},
        {"\xf0\x9f\x98\x80\xe4\xb8\xad", "'😀中'"},
        {"\xf3\xa0\x80\x81", "'\\U000e0001'"},
        {"", "''"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_string_equal(str_repr(I, S(I, cases[i].in))->s, cases[i].out);
    Bytes *b = bytes_new(I, "\x00\r\x7f\xff'\"a\\", 8);
    /* repr(b'\x00\r\x7f\xff\'"a\\') */
    assert_string_equal(bytes_repr(I, b)->s, "b'\\x00\\r\\x7f\\xff\\'\"a\\\\'");
    assert_string_equal(bytes_repr(I, bytes_new(I, "'", 1))->s, "b\"'\"");
    interp_free(I);
}

static void test_strbuf(void **state)
{
    (void)state;
    Interp *I = new_interp();
    StrBuf sb;
    sb_init(&sb, I);
    Str *empty = sb_finish(&sb);
    assert_int_equal(empty->len, 0);
    sb_init(&sb, I);
    for (int i = 0; i < 10000; i++)
        sb_adds(&sb, "é");
    sb_addc(&sb, '!');
    sb_printf(&sb, "%d-%s", 7, "x");
    sb_addstr(&sb, S(I, "😀"));
    Str *s = sb_finish(&sb);
    assert_int_equal(s->len, 20000 + 1 + 3 + 4);
    assert_int_equal(s->nchars, 10000 + 1 + 3 + 1);
    assert_int_equal(s->s[s->len], 0);
    assert_ptr_equal(s->hdr.cls, I->cls.str);
    assert_int_equal(s->hash, -1);
    interp_free(I);
}

static void test_unicode_db(void **state)
{
    (void)state;
    uint32_t m[3];
    /* 'ß'.upper() == 'SS' */
    assert_int_equal(utf8_upper(0xDF, m), 2);
    assert_int_equal(m[0], 'S');
    assert_int_equal(m[1], 'S');
    /* 'İ'.lower() == 'i̇' */
    assert_int_equal(utf8_lower(0x130, m), 2);
    assert_int_equal(m[0], 'i');
    assert_int_equal(m[1], 0x307);
    /* 'ǆ'.title() == 'ǅ'; 'ﬁ'.title() == 'Fi' */
    assert_int_equal(utf8_title(0x1C6, m), 1);
    assert_int_equal(m[0], 0x1C5);
    assert_int_equal(utf8_title(0xFB01, m), 2);
    /* 'ẞ'.casefold() == 'ss'; 'Ω'.lower() == 'ω' */
    assert_int_equal(utf8_casefold(0x1E9E, m), 2);
    assert_int_equal(utf8_lower(0x3A9, m), 1);
    assert_int_equal(m[0], 0x3C9);
    assert_int_equal(utf8_decimal(0x663), 3);         /* int('٣') == 3 */
    assert_int_equal(utf8_decimal(0xB2), -1);         /* '²'.isdecimal() is False */
    assert_true(utf8_flags(0xB2) & UF_DIGIT);         /* '²'.isdigit() */
    assert_true(utf8_isspace(0x3000));
    assert_true(utf8_isspace(0x85));
    assert_false(utf8_isspace(0x200B));
    assert_false(utf8_isprintable(0xA0));
    assert_true(utf8_isprintable(0x4E2D));
    assert_false(utf8_isprintable(0xE0001));
    assert_true(utf8_isidentifier("é_1", strlen("é_1")));
    assert_false(utf8_isidentifier("1a", 2));
    assert_true(utf8_is_id_start(0x2118));            /* '℘'.isidentifier() */
    assert_true(utf8_is_id_continue(0xB7));           /* 'a·'.isidentifier() */
    char buf[4];
    assert_int_equal(utf8_encode(0x1F600, buf), 4);
    size_t i = 0;
    assert_int_equal(utf8_decode(buf, &i), 0x1F600);
    assert_int_equal(i, 4);
}

static void idx_out_of_range(Interp *I, void *arg)
{
    obj_getitem(I, v_obj(arg), v_int(5));
}

static void bad_concat(Interp *I, void *arg)
{
    obj_binop(I, OP_ADD, v_obj(arg), v_int(1));
}

static void bad_contains(Interp *I, void *arg)
{
    obj_contains(I, v_obj(arg), v_int(1));
}

static void bad_decode(Interp *I, void *arg)
{
    Value args[2] = { v_obj(bytes_new(I, "a\xff", 2)), str_value(I, "utf-8") };
    obj_call(I, v_obj(I->cls.str), 2, args, NULL);
}

static void bad_encode(Interp *I, void *arg)
{
    Value enc = str_value(I, "ascii");
    obj_call_method_cstr(I, str_value(I, "a€€b"), "encode", 1, &enc);
}

static void bad_format(Interp *I, void *arg)
{
    Value a = v_int(1);
    obj_call_method_cstr(I, str_value(I, "{0}{}"), "format", 1, &a);
}

static void test_slots_and_errors(void **state)
{
    (void)state;
    Interp *I = new_interp();
    Str *s = S(I, "aé😀");
    Value v = v_obj(s);
    assert_int_equal(obj_len(I, v), 3);
    assert_string_equal(((Str *)obj_getitem(I, v, v_int(-1)).u.o)->s, "😀");
    assert_true(obj_contains(I, v, str_value(I, "é")));
    assert_true(obj_truthy(I, v));
    assert_false(obj_truthy(I, str_value(I, "")));
    assert_true(obj_cmp_bool(I, str_value(I, "é"), str_value(I, "z"), CMP_GT));
    Value r = obj_binop(I, OP_MUL, v_int(2), str_value(I, "ab"));
    assert_string_equal(((Str *)r.u.o)->s, "abab");
    Value it = obj_iter(I, v);
    assert_string_equal(((Str *)obj_next(I, it).u.o)->s, "a");
    assert_string_equal(((Str *)obj_next(I, it).u.o)->s, "é");
    assert_string_equal(((Str *)obj_next(I, it).u.o)->s, "😀");
    assert_true(v_is_unset(obj_next(I, it)));
    /* messages from CPython 3.11 */
    assert_string_equal(raised(I, idx_out_of_range, s), "IndexError: string index out of range");
    assert_string_equal(raised(I, bad_concat, s),
                        "TypeError: can only concatenate str (not \"int\") to str");
    assert_string_equal(raised(I, bad_contains, s),
                        "TypeError: 'in <string>' requires string as left operand, not int");
    assert_string_equal(raised(I, bad_decode, NULL),
                        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: "
                        "invalid start byte");
    assert_string_equal(raised(I, bad_encode, NULL),
                        "UnicodeEncodeError: 'ascii' codec can't encode characters in position "
                        "1-2: ordinal not in range(128)");
    assert_string_equal(raised(I, bad_format, NULL),
                        "ValueError: cannot switch from manual field specification to automatic "
                        "field numbering");
    interp_free(I);
}

/* s[i] over a 200,000-character non-ASCII string must not be quadratic. */
static void test_index_loop_linear(void **state)
{
    (void)state;
    Interp *I = new_interp();
    StrBuf sb;
    sb_init(&sb, I);
    for (int i = 0; i < 200000; i++)
        sb_adds(&sb, i % 2 ? "é" : "a");
    Str *s = sb_finish(&sb);
    clock_t t0 = clock();
    int64_t n = 0;
    for (int64_t i = 0; i < s->nchars; i++)
        n += ((Str *)obj_getitem(I, v_obj(s), v_int(i)).u.o)->len;
    for (int64_t i = s->nchars - 1; i >= 0; i -= 7)
        n += ((Str *)obj_getitem(I, v_obj(s), v_int(i)).u.o)->len;
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_true(n > 300000);
    assert_true(secs < 2.0);
    interp_free(I);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new_and_count),
        cmocka_unit_test(test_utf8_validation),
        cmocka_unit_test(test_intern_eq_hash),
        cmocka_unit_test(test_repr),
        cmocka_unit_test(test_strbuf),
        cmocka_unit_test(test_unicode_db),
        cmocka_unit_test(test_slots_and_errors),
        cmocka_unit_test(test_index_loop_linear),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
