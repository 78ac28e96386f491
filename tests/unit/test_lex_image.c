/*
 * test_lex_image.c — the token image embedded at build time
 * (mk/lex_image.c, engine/lex_image.h) is exactly what tokenizing the
 * embedded modules at run time produces: every token, every line offset,
 * the table of indented blocks (lex_block), and the syntax tree parsed
 * from it. A build whose image went stale, or a lexer change the image did not follow, fails here. Also: the image holds
 * every embedded module, and is found only for the embedded text itself.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "embedded.h"
#include "interp.h"
#include "interp_int.h"
#include "lex.h"
#include "lex_image.h"
#include "parse.h"

#include "parse_dump.h"

static Interp *new_interp(void)
{
    Interp *I = interp_new(NULL, NULL);
    assert_non_null(I);
    return I;
}

static void test_image_equals_lexer(void **state)
{
    (void)state;
    assert_true(embedded_py_count > 10);
    for (size_t i = 0; i < embedded_py_count; i++) {
        Interp *I = new_interp();
        const char *src = embedded_py[i].src;
        size_t len = strlen(src);
        LexResult img, now;
        if (!lex_image_find(src, len, &img))
            fail_msg("%s is not in the token image", embedded_py[i].filename);
        lex_run(I, embedded_py[i].filename, src, len, &now);
        assert_int_equal(now.has_error, 0);
        assert_ptr_equal(img.src, src);     /* no copy of the source */
        assert_int_equal(img.len, now.len);
        assert_memory_equal(img.src, now.src, now.len);
        assert_int_equal(img.ntoks, now.ntoks);
        assert_memory_equal(img.toks, now.toks, sizeof(Token) * (size_t)now.ntoks);
        assert_int_equal(img.toks[img.ntoks - 1].kind, T_ENDMARKER);
        assert_int_equal(img.nlines, now.nlines);
        assert_memory_equal(img.line_start, now.line_start, sizeof(uint32_t) * (size_t)(now.nlines + 2));
        assert_int_equal(img.has_error, 0);
        /* the block table answers as the scan of the fresh tokens does */
        assert_non_null(img.blocks);
        assert_null(now.blocks);
        int nindent = 0;
        for (int k = 0; k < now.ntoks; k++) {
            LexBlock a, b;
            memset(&a, 0, sizeof a);
            memset(&b, 0, sizeof b);
            int ra = lex_block(&img, k, &a), rb = lex_block(&now, k, &b);
            assert_int_equal(ra, rb);
            assert_int_equal(ra, now.toks[k].kind == T_INDENT);
            assert_memory_equal(&a, &b, sizeof a);
            nindent += ra;
        }
        assert_int_equal(nindent, img.nblocks);
        interp_free(I);
    }
}

/* Parsing an embedded module gives the same tree from the image as from
 * a copy of its text (which the lexer tokenizes): every body eagerly, so
 * the whole parser runs over the image's read-only tokens. */
static void test_same_tree(void **state)
{
    (void)state;
    for (size_t i = 0; i < embedded_py_count; i++) {
        Interp *I = new_interp();
        const char *src = embedded_py[i].src;
        size_t len = strlen(src);
        char *copy = malloc(len + 1);
        assert_non_null(copy);
        memcpy(copy, src, len + 1);
        ParseError e1, e2;
        Node *a = parse_module(I, embedded_py[i].filename, src, len, &e1);
        Node *b = parse_module(I, embedded_py[i].filename, copy, len, &e2);
        if (!a || !b)
            fail_msg("%s: %s", embedded_py[i].filename, !a ? e1.msg : e2.msg);
        DumpBuf da = {0}, dbuf = {0};
        dump_node(&da, a, 0);
        dump_node(&dbuf, b, 0);
        assert_true(da.len > 100);
        assert_string_equal(da.p, dbuf.p);
        free(da.p);
        free(dbuf.p);
        free(copy);
        interp_free(I);
    }
}

/* Found by the embedded text's address and length, never by content. */
static void test_only_the_embedded_text(void **state)
{
    (void)state;
    const char *src = embedded_py[0].src;
    size_t len = strlen(src);
    char *copy = malloc(len + 1);
    assert_non_null(copy);
    memcpy(copy, src, len + 1);
    LexResult r;
    assert_int_equal(lex_image_find(copy, len, &r), 0);
    assert_int_equal(lex_image_find(src, len - 1, &r), 0);
    assert_int_equal(lex_image_find("x = 1\n", 6, &r), 0);
    assert_int_equal(lex_image_find(src, len, &r), 1);
    free(copy);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_image_equals_lexer),
        cmocka_unit_test(test_same_tree),
        cmocka_unit_test(test_only_the_embedded_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
