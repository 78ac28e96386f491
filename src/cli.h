/*
 * cli.h — the subcommands of the ormkata front end and their shared
 * helpers (reading files, exit codes).
 */
#ifndef ORMKATA_CLI_H
#define ORMKATA_CLI_H

#include <stddef.h>
#include <stdio.h>

#define ORMKATA_VERSION "0.1.0"

/* Exit codes (../shared/DESIGN.md). */
enum { EXIT_OK = 0, EXIT_FAILED = 1, EXIT_USAGE = 2, EXIT_INTERNAL = 3 };

int cmd_run(int argc, char **argv);
int cmd_fixture(int argc, char **argv);

/* The kata commands (cmd_kata.c, cmd_kata_check.c, cmd_grade.c); argv[0]
 * is the command's name. */
int cmd_list(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_hint(int argc, char **argv);
int cmd_reset(int argc, char **argv);
int cmd_solution(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_verify(int argc, char **argv);
int cmd_lint(int argc, char **argv);
int cmd_grade(int argc, char **argv);

/* ---- shared by the kata commands (cmd_kata.c) ---- */

struct KataSet;
struct Workspace;

/* One command-specific option: a flag (`flag` set to 1) or an option with
 * a value (`val` set to it). */
typedef struct KataOpt {
    const char *name;       /* "--force" */
    int *flag;
    const char **val;
} KataOpt;

/* What every kata command shares: options, the lessons, the workspace. */
typedef struct KataCli {
    const char *cmd;            /* "check" */
    const char *usage;          /* its --help text */
    const char *lessons_flag;   /* --lessons */
    const char *workspace_flag; /* --workspace */
    char **pos;                 /* positional arguments */
    int npos;
    char *lessons_dir;
    struct KataSet *set;
    struct Workspace *ws;
    int color;                  /* stdout is a tty and NO_COLOR is unset */
} KataCli;

/* Parse argv (common options --lessons, --workspace, -h/--help, and
 * opts[0..nopts)). Returns -1 to go on, else the exit status to return
 * (0 after --help; EXIT_USAGE after a message and the usage on stderr). */
int kcli_parse(KataCli *c, int argc, char **argv, const KataOpt *opts, int nopts, int min_pos,
               int max_pos);
/* Load the lessons (printing their diagnostics on stderr when `warn`).
 * Returns -1 to go on, else an exit status. */
int kcli_load(KataCli *c, int warn);
/* Open the workspace. Returns -1 to go on, else an exit status. */
int kcli_workspace(KataCli *c);
/* The kata named by `query` (id, unique suffix or name), or NULL after a
 * message on stderr. */
const struct Kata *kcli_find(KataCli *c, const char *query);
/* Print the usage error "ormkata CMD: message" and the usage; EXIT_USAGE. */
int kcli_usage_error(KataCli *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void kcli_free(KataCli *c);

/* Read a whole file into a malloc'd buffer (NUL-terminated). NULL with a
 * message in err (errno text) on failure. */
char *cli_read_file(const char *path, size_t *len, char *err, size_t errlen);

/* Write s[0..n) to f as the inside of a JSON string (no quotes). */
void json_escape(FILE *f, const char *s, size_t n);

#endif
