/*
 * cmd_fixture.c — `ormkata fixture [--variant N]`: print the kata fixture
 * as plain INSERT statements into Django's default tables (★ contract in
 * ../shared/DESIGN.md), so the same data loads into a real Django project.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "fixture.h"

static const char fixture_usage[] =
    "usage: ormkata fixture [--variant N]\n"
    "\n"
    "Print the kata fixture as INSERT statements into Django's tables\n"
    "(blog_blog, blog_entry, blog_entry_authors, books_*, bank_*).\n"
    "\n"
    "options:\n"
    "  --variant N   1 (default): the data katas are written against;\n"
    "                2: the same shape with other values (the grader uses it to\n"
    "                catch answers that hard-code results)\n"
    "  -h, --help    show this help\n";

int cmd_fixture(int argc, char **argv)
{
    int variant = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(fixture_usage, stdout);
            return EXIT_OK;
        }
        const char *val = NULL;
        if (!strcmp(a, "--variant") && i + 1 < argc)
            val = argv[++i];
        else if (!strncmp(a, "--variant=", 10))
            val = a + 10;
        if (!val || (strcmp(val, "1") && strcmp(val, "2"))) {
            if (val)
                fprintf(stderr, "ormkata fixture: --variant must be 1 or 2, got '%s'\n", val);
            else
                fprintf(stderr, "ormkata fixture: unknown argument '%s'\n", a);
            fputs(fixture_usage, stderr);
            return EXIT_USAGE;
        }
        variant = val[0] - '0';
    }
    size_t len = 0;
    char *sql = fixture_sql(variant, &len);
    if (!sql) {
        fprintf(stderr, "ormkata fixture: internal error: could not generate the fixture\n");
        return EXIT_INTERNAL;
    }
    size_t w = fwrite(sql, 1, len, stdout);
    free(sql);
    if (w != len || fflush(stdout) != 0) {
        perror("ormkata fixture: write");
        return EXIT_FAILED;
    }
    return EXIT_OK;
}
