/*
 * main.c — the `ormkata` command: dispatches to the subcommands. With no
 * arguments it will open the ncurses app (a later step); today it prints
 * the usage.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: ormkata <command> [options]\n"
    "\n"
    "commands:\n"
    "  run [options] FILE...   run kata Python programs (see `ormkata run --help`)\n"
    "  fixture [--variant N]   print the kata fixture as INSERT statements\n"
    "  help                    show this help\n"
    "  --version               print the version\n";

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stdout);
        return 0;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "run"))
        return cmd_run(argc - 1, argv + 1);
    if (!strcmp(cmd, "fixture"))
        return cmd_fixture(argc - 1, argv + 1);
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        fputs(usage, stdout);
        return 0;
    }
    if (!strcmp(cmd, "--version")) {
        printf("ormkata %s\n", ORMKATA_VERSION);
        return 0;
    }
    fprintf(stderr, "ormkata: unknown command '%s'\n\n%s", cmd, usage);
    return 2;
}
