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

/* Read a whole file into a malloc'd buffer (NUL-terminated). NULL with a
 * message in err (errno text) on failure. */
char *cli_read_file(const char *path, size_t *len, char *err, size_t errlen);

/* Write s[0..n) to f as the inside of a JSON string (no quotes). */
void json_escape(FILE *f, const char *s, size_t n);

#endif
