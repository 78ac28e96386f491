/*
 * kata.h — the kata format: loading lessons/ into memory.
 *
 * A lessons folder holds one folder per lesson, `NN-slug/`, each with a
 * `lesson.md` (the lesson's text) and katas `NN-name.kata`, both sorted by
 * name. A kata file is plain text (../shared/DESIGN.md):
 *
 *     title: Count without loading rows        header: `key: value` lines,
 *     points: 10                               (title and points required,
 *     tags: lazy, count                         tags optional, `#` comments)
 *     === instructions                         Markdown
 *     === starter.py                           the learner's starting file
 *     === solution.py                          the reference solution
 *     === check.py                             checks (imports `kata`, `answer`)
 *     === hint                                 one or more, in order
 *
 * A kata's id comes from its path: lessons/01-lazy/02-count.kata is
 * "01-lazy/02-count" (lesson slug "01-lazy", name "02-count").
 *
 * Nothing here prints. Loading never stops at the first problem: every
 * malformed file gives a Diag (file, line, what was expected) and the rest
 * still loads, so `ormkata lint` can report them all. Memory is plain
 * malloc, owned by the KataSet (kata_set_free frees everything).
 */
#ifndef ORMKATA_KATA_H
#define ORMKATA_KATA_H

#include <stdbool.h>
#include <stddef.h>

#include "interp.h"   /* Diag */

typedef struct Lesson Lesson;

/* One kata. Every string is NUL-terminated; code sections keep their text
 * exactly (minus the `=== name` line), ending in a newline. */
typedef struct Kata {
    char *id;               /* "01-lazy/02-count" */
    char *name;             /* "02-count" */
    char *path;             /* the .kata file as found ("lessons/01-lazy/02-count.kata") */
    const Lesson *lesson;   /* its lesson (owned by the KataSet) */
    char *title;
    int points;             /* >= 0 */
    char **tags;            /* ntags strings, trimmed */
    size_t ntags;
    char *instructions;     /* Markdown ("" when absent) */
    char *starter;          /* starter.py */
    char *solution;         /* solution.py */
    char *check;            /* check.py */
    char **hints;           /* in order */
    size_t nhints;
    /* 1-based line in the .kata file of each section's first text line, so a
     * Python error at line L of check.py is at line check_line + L - 1. */
    int starter_line, solution_line, check_line;
} Kata;

struct Lesson {
    char *slug;             /* "01-lazy" */
    char *dir;              /* "lessons/01-lazy" */
    char *title;            /* lesson.md's first `# ` heading, else the slug */
    char *text;             /* lesson.md ("" when missing: a Diag says so) */
    Kata **katas;           /* sorted by file name */
    size_t nkatas;
};

/* A loaded lessons folder. */
typedef struct KataSet {
    char *root;             /* the folder given to kata_load_dir */
    Lesson **lessons;       /* sorted by folder name */
    size_t nlessons;
    Kata **katas;           /* every kata that loaded, in course order */
    size_t nkatas;
    Diag *diags;            /* problems found (status RUN_SYNTAX, kind "KataError") */
    size_t ndiags;
} KataSet;

/* Parse one kata file's text. `path` is used in diagnostics and to derive
 * the id ("…/NN-slug/NN-name.kata"); `lesson` may be NULL (then the id is
 * the file name without .kata). On success returns a malloc'd Kata (free
 * with kata_free). On a malformed file returns NULL and appends one Diag per
 * problem to *diags / *ndiags (malloc'd array, grown with realloc). */
Kata *kata_parse(const char *path, const Lesson *lesson, const char *text, size_t len,
                 Diag **diags, size_t *ndiags);
void kata_free(Kata *k);

/* Load a lessons folder: every `NN-slug/` folder (sorted), its lesson.md and
 * its *.kata files (sorted). Returns NULL only when out of memory; a folder
 * that cannot be read gives an empty set with a Diag. Katas with problems
 * are left out of katas[] (their Diags say why); duplicate ids are Diags. */
KataSet *kata_load_dir(const char *dir);

/* Read a whole file (malloc'd, NUL-terminated; *len its length). NULL with
 * errno set. */
char *kata_read_file(const char *path, size_t *len);
void kata_set_free(KataSet *set);

/* Find a kata by id ("01-lazy/02-count"), by unique name ("02-count"), by
 * a unique suffix of its id at a word boundary ("count", "lazy/02-count"),
 * or by a unique prefix of its name or id ("02-co"). Returns NULL
 * when nothing matches, or when several do (then *ambiguous, if not NULL,
 * is set to true). */
const Kata *kata_find(const KataSet *set, const char *query, bool *ambiguous);

/* The lesson with this slug (or unique slug suffix), or NULL. */
const Lesson *kata_find_lesson(const KataSet *set, const char *slug);

/* Total points of every kata. */
int kata_total_points(const KataSet *set);

#endif
