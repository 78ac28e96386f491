/*
 * test_editor.c — the editor buffer: loading and saving text, moves (arrows,
 * home/end, words, pages), typing with auto-indent and 4-space tabs,
 * backspace through indentation, joining lines, undo/redo grouping, the line
 * clipboard, UTF-8 cursor steps, and the Python/SQL highlighters.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "editor.h"
#include "grid.h"

static char *text_of(Editor *e)
{
    static char buf[4096];
    size_t n;
    char *t = editor_text(e, &n);
    assert_non_null(t);
    assert_true(n < sizeof buf);
    memcpy(buf, t, n + 1);
    free(t);
    return buf;
}

static void type(Editor *e, const char *s)
{
    for (; *s; s++) {
        if (*s == '\n')
            editor_newline(e);
        else if (*s == '\t')
            editor_tab(e);
        else
            editor_insert(e, (unsigned char)*s);
    }
}

static void test_roundtrip(void **st)
{
    Editor e;
    editor_init(&e);
    assert_string_equal(text_of(&e), "");
    editor_set_text(&e, "a\nbc\n", 5);
    assert_int_equal(e.n, 2);
    assert_string_equal(text_of(&e), "a\nbc\n");
    editor_set_text(&e, "x\r\ny", 4);   /* CRLF read, no final newline: one is added */
    assert_string_equal(text_of(&e), "x\ny\n");
    editor_free(&e);
}

static void test_autoindent(void **st)
{
    Editor e;
    editor_init(&e);
    type(&e, "def f(x):\nif x:\nreturn 1\n");
    assert_string_equal(text_of(&e), "def f(x):\n    if x:\n        return 1\n        \n");
    /* backspace in the indent goes back 4 columns at a time */
    editor_backspace(&e);
    assert_int_equal(e.cx, 4);
    type(&e, "return 2");
    assert_string_equal(text_of(&e), "def f(x):\n    if x:\n        return 1\n    return 2\n");
    editor_free(&e);
}

static void test_tab_and_join(void **st)
{
    Editor e;
    editor_init(&e);
    type(&e, "ab\tc");
    assert_string_equal(text_of(&e), "ab  c\n");
    editor_move(&e, ED_HOME, 10);
    editor_backspace(&e);      /* at the start of the first line: nothing */
    assert_string_equal(text_of(&e), "ab  c\n");
    editor_move(&e, ED_END, 10);
    editor_newline(&e);
    type(&e, "d");
    editor_move(&e, ED_HOME, 10);
    editor_backspace(&e);      /* joins with the line above */
    assert_string_equal(text_of(&e), "ab  cd\n");
    editor_move(&e, ED_HOME, 10);
    editor_delete(&e);
    assert_string_equal(text_of(&e), "b  cd\n");
    editor_free(&e);
}

static void test_moves(void **st)
{
    Editor e;
    editor_init(&e);
    const char *t = "first line\n  short\nthe third line\n";
    editor_set_text(&e, t, strlen(t));
    editor_move(&e, ED_END, 10);
    assert_int_equal(e.cx, 10);
    editor_move(&e, ED_DOWN, 10);     /* shorter line: clamps to its end */
    assert_int_equal(e.cy, 1);
    assert_int_equal(e.cx, 7);
    editor_move(&e, ED_DOWN, 10);     /* remembers column 10 */
    assert_int_equal(e.cx, 10);
    editor_move(&e, ED_WORD_LEFT, 10);
    assert_int_equal(e.cx, 4);
    editor_move(&e, ED_WORD_RIGHT, 10);
    assert_int_equal(e.cx, 9);
    editor_move(&e, ED_HOME, 10);
    assert_int_equal(e.cx, 0);
    editor_move(&e, ED_UP, 10);
    editor_move(&e, ED_HOME, 10);     /* first non-blank, then column 0 */
    assert_int_equal(e.cx, 2);
    editor_move(&e, ED_HOME, 10);
    assert_int_equal(e.cx, 0);
    editor_move(&e, ED_LEFT, 10);     /* wraps to the end of the line above */
    assert_int_equal(e.cy, 0);
    assert_int_equal(e.cx, 10);
    editor_move(&e, ED_RIGHT, 10);
    assert_int_equal(e.cy, 1);
    assert_int_equal(e.cx, 0);
    editor_move(&e, ED_PGDN, 2);
    assert_int_equal(e.cy, 2);
    editor_move(&e, ED_PGUP, 5);
    assert_int_equal(e.cy, 0);
    editor_free(&e);
}

static void test_utf8(void **st)
{
    Editor e;
    editor_init(&e);
    editor_insert(&e, 0xE9);        /* é */
    editor_insert(&e, 0x4E2D);      /* 中, two columns */
    editor_insert(&e, 'x');
    assert_string_equal(text_of(&e), "\xc3\xa9\xe4\xb8\xadx\n");
    assert_int_equal(editor_col(&e), 4);
    editor_move(&e, ED_LEFT, 1);
    editor_move(&e, ED_LEFT, 1);
    assert_int_equal(e.cx, 2);
    editor_backspace(&e);
    assert_string_equal(text_of(&e), "\xe4\xb8\xadx\n");
    assert_false(editor_insert(&e, 0x07));   /* control characters are not text */
    editor_free(&e);
}

static void test_undo_redo(void **st)
{
    Editor e;
    editor_init(&e);
    type(&e, "hello");
    editor_move(&e, ED_LEFT, 1);      /* a move ends the undo step */
    type(&e, "XY");
    assert_string_equal(text_of(&e), "hellXYo\n");
    assert_true(editor_undo(&e));
    assert_string_equal(text_of(&e), "hello\n");
    assert_int_equal(e.cx, 4);
    assert_true(editor_undo(&e));
    assert_string_equal(text_of(&e), "");
    assert_false(editor_undo(&e));
    assert_true(editor_redo(&e));
    assert_true(editor_redo(&e));
    assert_string_equal(text_of(&e), "hellXYo\n");
    assert_false(editor_redo(&e));
    /* a new edit after undo drops the redo history */
    editor_undo(&e);
    type(&e, "!");
    assert_false(editor_redo(&e));
    editor_free(&e);
}

static void test_clipboard(void **st)
{
    Editor e;
    editor_init(&e);
    const char *t = "a\nb\nc\n";
    editor_set_text(&e, t, strlen(t));
    editor_cut_line(&e);
    assert_string_equal(text_of(&e), "b\nc\n");
    editor_move(&e, ED_DOWN, 1);
    editor_paste(&e);
    assert_string_equal(text_of(&e), "b\na\nc\n");
    assert_int_equal(e.cy, 2);
    editor_copy_line(&e);
    editor_paste(&e);
    assert_string_equal(text_of(&e), "b\na\nc\nc\n");
    editor_undo(&e);
    editor_undo(&e);
    editor_undo(&e);
    assert_string_equal(text_of(&e), "a\nb\nc\n");
    editor_free(&e);
}

static void test_scroll(void **st)
{
    Editor e;
    editor_init(&e);
    for (int i = 0; i < 50; i++)
        type(&e, "line\n");
    editor_scroll(&e, 10, 20);
    assert_int_equal(e.top, 41);
    editor_move(&e, ED_TOP, 10);
    editor_scroll(&e, 10, 20);
    assert_int_equal(e.top, 0);
    editor_free(&e);
}

static void test_hl_python(void **st)
{
    const char *l1 = "def f(x):  # note";
    uint8_t r[64];
    int state = 0;
    editor_hl_python(l1, (int)strlen(l1), &state, r);
    assert_int_equal(r[0], FG_KEYWORD);
    assert_int_equal(r[4], FG_DEFNAME);
    assert_int_equal(r[11], FG_COMMENT);
    const char *l2 = "s = \"\"\"doc";
    editor_hl_python(l2, (int)strlen(l2), &state, r);
    assert_int_equal(state, 2);
    assert_int_equal(r[8], FG_STRING);
    const char *l3 = "end\"\"\" + 'x' + 42";
    editor_hl_python(l3, (int)strlen(l3), &state, r);
    assert_int_equal(state, 0);
    assert_int_equal(r[0], FG_STRING);
    assert_int_equal(r[10], FG_STRING);
    assert_int_equal(r[15], FG_NUMBER);
    assert_int_equal(r[7], FG_NORMAL);
}

static void test_hl_sql(void **st)
{
    const char *s = "SELECT \"id\" FROM t WHERE x = 'a' LIMIT 21";
    uint8_t r[64];
    editor_hl_sql(s, (int)strlen(s), r);
    assert_int_equal(r[0], FG_SQLKW);
    assert_int_equal(r[12], FG_SQLKW);
    assert_int_equal(r[30], FG_STRING);
    assert_int_equal(r[40], FG_NUMBER);
    assert_int_equal(r[17], FG_NORMAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roundtrip),
        cmocka_unit_test(test_autoindent),
        cmocka_unit_test(test_tab_and_join),
        cmocka_unit_test(test_moves),
        cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_undo_redo),
        cmocka_unit_test(test_clipboard),
        cmocka_unit_test(test_scroll),
        cmocka_unit_test(test_hl_python),
        cmocka_unit_test(test_hl_sql),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
