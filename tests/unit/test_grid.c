/*
 * test_grid.c — the cell grid: clipping, wide glyphs, fills, reading rows
 * back; the ASCII fallback; and the terminal's colour step-down
 * (256 → 8 → none, NO_COLOR) and monochrome attributes, which need no
 * terminal.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "grid.h"
#include "term.h"

static void test_text_clip(void **st)
{
    Grid g = { 0 };
    char buf[256];
    assert_true(grid_resize(&g, 10, 2));
    Style s = style(FG_NORMAL, BG_NONE, 0);
    assert_int_equal(grid_text(&g, 0, 0, 99, "hello world", s), 10);
    assert_string_equal(grid_row_text(&g, 0, buf, sizeof buf), "hello worl");
    assert_int_equal(grid_text(&g, 3, 1, 4, "abcdef", style(FG_PASS, BG_SELECT, AT_BOLD)), 4);
    assert_string_equal(grid_row_text(&g, 1, buf, sizeof buf), "   abcd");
    const Cell *c = grid_cell(&g, 3, 1);
    assert_int_equal(c->fg, FG_PASS);
    assert_int_equal(c->bg, BG_SELECT);
    assert_int_equal(c->attr, AT_BOLD);
    assert_null(grid_cell(&g, 10, 0));
    assert_int_equal(grid_text(&g, 0, 5, 10, "off", s), 0);     /* row outside: nothing */
    grid_free(&g);
}

static void test_wide_and_controls(void **st)
{
    Grid g = { 0 };
    char buf[256];
    assert_true(grid_resize(&g, 6, 1));
    Style s = style(FG_NORMAL, BG_NONE, 0);
    assert_int_equal(grid_text(&g, 0, 0, 6, "\xe4\xb8\xad\xe6\x96\x87\tx", s), 6);
    assert_string_equal(grid_row_text(&g, 0, buf, sizeof buf), "\xe4\xb8\xad\xe6\x96\x87 x");
    assert_int_equal(grid_cell(&g, 1, 0)->ch, 0);      /* right half of a wide glyph */
    /* a wide glyph that does not fit is not split */
    grid_clear(&g);
    assert_int_equal(grid_text(&g, 0, 0, 3, "ab\xe4\xb8\xad", s), 2);
    assert_int_equal(grid_str_width("a\xe4\xb8\xad\xcc\x81", 6), 3);
    grid_free(&g);
}

static void test_fill_paint_find(void **st)
{
    Grid g = { 0 };
    assert_true(grid_resize(&g, 8, 3));
    grid_fill(&g, 1, 1, 3, 5, '#', style(FG_DIM, BG_NONE, 0));
    grid_text(&g, 0, 2, 8, "x\xe2\x9c\x93 ok", style(FG_NORMAL, BG_NONE, 0));
    grid_paint(&g, 0, 0, 8, 1, BG_BAR, AT_REVERSE);
    char buf[64];
    assert_string_equal(grid_row_text(&g, 1, buf, sizeof buf), " ###");
    assert_int_equal(grid_cell(&g, 7, 0)->bg, BG_BAR);
    assert_int_equal(grid_cell(&g, 7, 0)->attr, AT_REVERSE);
    int col = -1;
    assert_int_equal(grid_find(&g, "\xe2\x9c\x93 ok", &col), 2);
    assert_int_equal(col, 1);
    assert_int_equal(grid_find(&g, "nope", NULL), -1);
    /* resizing clears */
    assert_true(grid_resize(&g, 4, 4));
    assert_string_equal(grid_row_text(&g, 1, buf, sizeof buf), "");
    grid_free(&g);
}

static void test_ascii(void **st)
{
    assert_int_equal(grid_ascii('a'), 'a');
    assert_int_equal(grid_ascii(0x2713), 'v');
    assert_int_equal(grid_ascii(0x2717), 'x');
    assert_int_equal(grid_ascii(0x2502), '|');
    assert_int_equal(grid_ascii(0x2500), '-');
    assert_int_equal(grid_ascii(0x25CF), '*');
    assert_int_equal(grid_ascii(0x4E2D), '?');
}

static void test_color_depth(void **st)
{
    assert_int_equal(term_color_depth(NULL, true, 256), 256);
    assert_int_equal(term_color_depth(NULL, true, 16), 8);
    assert_int_equal(term_color_depth(NULL, true, 8), 8);
    assert_int_equal(term_color_depth(NULL, false, 0), 0);     /* TERM=vt100 */
    assert_int_equal(term_color_depth("1", true, 256), 0);     /* NO_COLOR */
    assert_int_equal(term_color_depth("", true, 256), 256);    /* empty NO_COLOR is unset */
}

static void test_styles(void **st)
{
    int f, b;
    /* 256 colours: distinct colours for pass and fail */
    term_style_for(256, FG_PASS, BG_NONE, &f, &b);
    int pass = f;
    term_style_for(256, FG_FAIL, BG_NONE, &f, &b);
    assert_int_not_equal(pass, f);
    assert_int_equal(b, -1);
    /* 8 colours: within 0..7 */
    term_style_for(8, FG_FAIL, BG_SELECT, &f, &b);
    assert_true(f >= 0 && f < 8 && b >= 0 && b < 8);
    /* none: attributes carry the meaning */
    int a = term_style_for(0, FG_FAIL, BG_NONE, &f, &b);
    assert_int_equal(f, -1);
    assert_true(a & AT_BOLD);
    a = term_style_for(0, FG_NORMAL, BG_SELECT, &f, &b);
    assert_true(a & AT_REVERSE);
    a = term_style_for(0, FG_COMMENT, BG_NONE, &f, &b);
    assert_true(a & AT_DIM);
    /* out-of-range roles are treated as normal text */
    a = term_style_for(0, 200, 200, &f, &b);
    assert_int_equal(a, 0);
}

static void test_decode_seq(void **st)
{
    assert_int_equal(term_decode_seq('[', "4~"), K_END);
    assert_int_equal(term_decode_seq('[', "1~"), K_HOME);
    assert_int_equal(term_decode_seq('[', "3~"), K_DELETE);
    assert_int_equal(term_decode_seq('[', "6~"), K_PGDN);
    assert_int_equal(term_decode_seq('[', "15~"), K_F5);
    assert_int_equal(term_decode_seq('[', "18~"), K_F7);
    assert_int_equal(term_decode_seq('O', "P"), K_F1);
    assert_int_equal(term_decode_seq('O', "F"), K_END);
    assert_int_equal(term_decode_seq('[', "1;5C"), K_CRIGHT);
    assert_int_equal(term_decode_seq('[', "1;5D"), K_CLEFT);
    assert_int_equal(term_decode_seq('[', "A"), K_UP);
    assert_int_equal(term_decode_seq('[', "99~"), 0);
    assert_int_equal(term_decode_seq('[', ""), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_clip),
        cmocka_unit_test(test_wide_and_controls),
        cmocka_unit_test(test_fill_paint_find),
        cmocka_unit_test(test_ascii),
        cmocka_unit_test(test_color_depth),
        cmocka_unit_test(test_styles),
        cmocka_unit_test(test_decode_seq),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
