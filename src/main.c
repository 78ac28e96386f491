/*
 * main.c — the `ormkata` command: dispatches to the subcommands. With no
 * command (no arguments, or only the app's options such as --workspace)
 * it opens the ncurses app, app_main (src/app.c), which prints a plain
 * progress summary when stdout is not a terminal.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

#include "app.h"

static const char usage[] =
    "usage: ormkata [command] [options]\n"
    "\n"
    "With no command, opens the app (lessons, katas, editor, SQL pane).\n"
    "\n"
    "learners:\n"
    "  list                    lessons and katas with your status and points\n"
    "  show KATA               a kata's instructions and where your answer is\n"
    "  check KATA [FILE]       grade your answer: each check, and the SQL it ran\n"
    "  hint KATA               the next hint\n"
    "  reset KATA              put the starter back (the old answer is kept as .bak)\n"
    "  solution KATA           the reference solution (after you passed, or --force)\n"
    "  verify [--all]          grade your whole workspace\n"
    "\n"
    "instructors and autograders:\n"
    "  grade --format F DIR... grade workspaces: text, json, junit, tap, gradescope\n"
    "  lint [DIR]              check a lessons folder (solutions pass, starters fail)\n"
    "  run [options] FILE...   run kata Python programs on the fixture\n"
    "  fixture [--variant N]   print the kata fixture as INSERT statements\n"
    "\n"
    "  help                    show this help\n"
    "  --version               print the version\n"
    "\n"
    "Every command takes --help. KATA is a kata id (01-lazy/02-count) or a unique\n"
    "part of it (02-count). Lessons: --lessons DIR, else ./lessons, else the\n"
    "installed ones. Workspace: --workspace DIR, else $ORMKATA_WORKSPACE, else\n"
    "~/.local/share/ormkata/workspace.\n"
    "exit status: 0 success, 1 a check failed, 2 bad usage or input, 3 internal error\n";

typedef struct Command {
    const char *name;
    int (*fn)(int argc, char **argv);
} Command;

static const Command commands[] = {
    { "run", cmd_run },         { "fixture", cmd_fixture }, { "list", cmd_list },
    { "show", cmd_show },       { "hint", cmd_hint },       { "reset", cmd_reset },
    { "solution", cmd_solution }, { "check", cmd_check },   { "verify", cmd_verify },
    { "grade", cmd_grade },     { "lint", cmd_lint },
};

int main(int argc, char **argv)
{
    if (argc < 2 || (argv[1][0] == '-' && argv[1][1] == '-' && strcmp(argv[1], "--help") != 0 &&
                     strcmp(argv[1], "--version") != 0)) {
        /* no command (app options like --workspace may follow) */
        return app_main(argc, argv);
    }
    const char *cmd = argv[1];
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (!strcmp(cmd, commands[i].name))
            return commands[i].fn(argc - 1, argv + 1);
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        if (argc > 2)
            for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
                if (!strcmp(argv[2], commands[i].name)) {
                    char *help_argv[] = { argv[2], "--help", NULL };
                    return commands[i].fn(2, help_argv);
                }
        fputs(usage, stdout);
        return EXIT_OK;
    }
    if (!strcmp(cmd, "--version")) {
        printf("ormkata %s\n", ORMKATA_VERSION);
        return EXIT_OK;
    }
    fprintf(stderr, "ormkata: unknown command '%s'\n\n%s", cmd, usage);
    return EXIT_USAGE;
}
