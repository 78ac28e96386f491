/*
 * test_md.c — Markdown rendering for the terminal: headings, emphasis,
 * inline code, fenced code with Python/SQL highlighting, lists with hanging
 * indents, links shown as "text (url)", wrapping to the width, entities.
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
#include "md.h"

static MdDoc render(const char *s, int width)
{
    MdDoc d = { 0 };
    assert_true(md_render(s, strlen(s), width, &d));
    return d;
}

static const char *line(const MdDoc *d, int i)
{
    static char buf[1024];
    return md_line_text(d, i, buf, sizeof buf);
}

/* The cell under the first occurrence of needle in line i. */
static const Cell *cell_at(const MdDoc *d, int i, const char *needle)
{
    const char *l = line(d, i);
    const char *p = strstr(l, needle);
    assert_non_null(p);
    int col = grid_str_width(l, (size_t)(p - l));
    int c = 0;
    for (int k = 0; k < d->lines[i].n; k++) {
        if (!d->lines[i].cells[k].ch)
            continue;
        if (c == col)
            return &d->lines[i].cells[k];
        c += grid_char_width(d->lines[i].cells[k].ch);
    }
    fail();
    return NULL;
}

static void test_heading_paragraph(void **st)
{
    MdDoc d = render("# QuerySets are lazy\n\nBuilding a *QuerySet* runs **no** query.\n", 60);
    assert_string_equal(line(&d, 0), "QuerySets are lazy");
    assert_true(cell_at(&d, 0, "Query")->attr & AT_BOLD);
    assert_int_equal(cell_at(&d, 0, "Query")->fg, FG_HEADING);
    assert_string_equal(line(&d, 1), "\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550"
                                     "\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550");
    assert_string_equal(line(&d, 2), "");
    assert_string_equal(line(&d, 3), "Building a QuerySet runs no query.");
    assert_true(cell_at(&d, 3, "QuerySet")->attr & AT_ITALIC);
    assert_true(cell_at(&d, 3, "no")->attr & AT_BOLD);
    assert_int_equal(d.n, 4);
    md_free(&d);
}

static void test_wrap(void **st)
{
    MdDoc d = render("one two three four five six seven eight nine ten\n", 20);
    assert_string_equal(line(&d, 0), "one two three four");
    assert_string_equal(line(&d, 1), "five six seven eight");
    assert_string_equal(line(&d, 2), "nine ten");
    md_free(&d);
}

static void test_inline_code_and_link(void **st)
{
    MdDoc d = render("Use `count()` ([docs](https://docs.djangoproject.com/)) or <https://x.org>.\n", 100);
    assert_string_equal(line(&d, 0),
                        "Use count() (docs (https://docs.djangoproject.com/)) or https://x.org.");
    assert_int_equal(cell_at(&d, 0, "count()")->fg, FG_CODE);
    assert_int_equal(cell_at(&d, 0, "docs (")->fg, FG_LINK);
    assert_int_equal(cell_at(&d, 0, "https://docs")->fg, FG_DIM);
    md_free(&d);
}

static void test_lists(void **st)
{
    MdDoc d = render("Intro\n\n- first item that is long enough to wrap\n- second\n  1. nested\n\n3. three\n4. four\n", 30);
    assert_string_equal(line(&d, 0), "Intro");
    assert_string_equal(line(&d, 1), "");
    assert_string_equal(line(&d, 2), "\u2022  first item that is long");
    assert_string_equal(line(&d, 3), "   enough to wrap");
    assert_string_equal(line(&d, 4), "\u2022  second");
    assert_string_equal(line(&d, 5), "   1. nested");
    assert_string_equal(line(&d, 6), "");
    assert_string_equal(line(&d, 7), "3. three");
    assert_string_equal(line(&d, 8), "4. four");
    md_free(&d);
}

static void test_code_blocks(void **st)
{
    MdDoc d = render("Text\n\n```python\nfor e in Entry.objects.all():  # 1 query\n    print(e)\n```\n\n"
                     "```sql\nSELECT COUNT(*) AS \"__count\" FROM \"blog_entry\"\n```\n\n"
                     "    SELECT 1\n", 80);
    assert_string_equal(line(&d, 2), "  for e in Entry.objects.all():  # 1 query");
    assert_int_equal(cell_at(&d, 2, "for")->fg, FG_KEYWORD);
    assert_int_equal(cell_at(&d, 2, "# 1")->fg, FG_COMMENT);
    assert_int_equal(cell_at(&d, 2, "Entry")->fg, FG_CODE);
    assert_string_equal(line(&d, 3), "      print(e)");
    assert_int_equal(cell_at(&d, 3, "print")->fg, FG_BUILTIN);
    assert_string_equal(line(&d, 5), "  SELECT COUNT(*) AS \"__count\" FROM \"blog_entry\"");
    assert_int_equal(cell_at(&d, 5, "SELECT")->fg, FG_SQLKW);
    /* an indented block without a language that looks like SQL is SQL */
    assert_string_equal(line(&d, 7), "  SELECT 1");
    assert_int_equal(cell_at(&d, 7, "SELECT")->fg, FG_SQLKW);
    md_free(&d);
}

static void test_entities_quote_rule(void **st)
{
    MdDoc d = render("a &amp; b &#8212; c\n\n> quoted\n\n---\n", 12);
    assert_string_equal(line(&d, 0), "a & b \u2014 c");
    assert_string_equal(line(&d, 2), "\u2502 quoted");
    assert_string_equal(line(&d, 4), "\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500");
    md_free(&d);
}

static void test_draw(void **st)
{
    MdDoc d = render("## Title\n\nbody text\n", 40);
    Grid g = { 0 };
    assert_true(grid_resize(&g, 20, 3));
    md_draw(&d, 0, &g, 2, 0, 10, 3);
    char buf[64];
    assert_string_equal(grid_row_text(&g, 0, buf, sizeof buf), "  Title");
    assert_string_equal(grid_row_text(&g, 2, buf, sizeof buf), "  body text");
    grid_clear(&g);
    md_draw(&d, 2, &g, 0, 0, 4, 1);
    assert_string_equal(grid_row_text(&g, 0, buf, sizeof buf), "body");
    grid_free(&g);
    md_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_heading_paragraph),
        cmocka_unit_test(test_wrap),
        cmocka_unit_test(test_inline_code_and_link),
        cmocka_unit_test(test_lists),
        cmocka_unit_test(test_code_blocks),
        cmocka_unit_test(test_entities_quote_rule),
        cmocka_unit_test(test_draw),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
