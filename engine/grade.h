/*
 * grade.h — the grader: runs a kata's checks against an answer.
 *
 * For each fixture variant (1, then 2, so an answer that hard-codes a
 * result of variant 1 fails) the grader makes a fresh interpreter with the
 * kata budgets on a pristine copy of that variant's database, runs the
 * answer as module "answer", then the kata's check.py as "__main__" with
 * the `kata` module available, and collects the checks, the SQL trace,
 * what was printed and what went wrong. A kata passes when every check
 * passed on both variants and at least one check ran.
 *
 * Hard to fool: the answer runs before the `kata` module exists (an
 * `import kata` in it fails); once check.py imports kata, check.py's module
 * can no longer be imported as `__main__` and every module's `__builtins__`
 * is a copy, so the answer cannot patch what check.py uses; what it prints
 * never counts as a result; and the grader compares the builtins (and the
 * copy) and the kata module before and after: an answer that patched them
 * fails ("the answer changed the builtin `len`"). Budget overruns (steps,
 * time, memory, output, SQL) fail the kata with their message.
 *
 * Nothing here prints, and nothing writes to disk. A Grader caches the
 * fixture images, so keep one for many gradings (the app re-grades on every
 * keystroke). Results are plain malloc memory (grade_result_free), copied
 * out of the interpreters, which are gone by the time grade_run returns.
 */
#ifndef ORMKATA_GRADE_H
#define ORMKATA_GRADE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "interp.h"
#include "kata.h"

enum { GRADE_NVARIANTS = 2 };

/* One check as the learner reads it. */
typedef struct GradeCheck {
    char *message;          /* "Counts in SQL (COUNT(*))" */
    char *detail;           /* why it failed ("2 queries ran; …"), NULL when passed */
    bool passed;
    int line;               /* check.py line, 0 if unknown */
} GradeCheck;

/* One SQL statement that ran. */
typedef struct GradeQuery {
    char *sql;              /* parameters filled in, as connection.queries shows it */
    const char *kind;       /* "SELECT", "INSERT", … (static) */
    int64_t rows;
    double ms;
    int line;               /* the answer's line that ran it, 0 if none */
    bool in_answer;         /* line refers to the answer file (else check.py or none) */
    bool failed;            /* SQLite raised an error */
} GradeQuery;

/* What happened on one fixture variant. */
typedef struct GradeVariant {
    int variant;            /* 1 or 2 */
    bool ran;               /* false when it could not run (internal error) */
    bool passed;            /* every check passed, at least one ran, no error */
    GradeCheck *checks;
    size_t nchecks;
    GradeQuery *queries;    /* the whole run's SQL, answer import included */
    size_t nqueries;
    char *output;           /* everything printed (answer and checks), NUL-terminated */
    size_t output_len;
    /* The answer itself (its module body): RUN_OK, or what stopped it. */
    RunStatus answer_status;
    Diag answer_diag;
    char *answer_error;     /* traceback / limit text, NULL when RUN_OK */
    /* check.py: RUN_OK, or an exception/limit escaping it (a failed check). */
    RunStatus check_status;
    Diag check_diag;
    char *check_error;      /* traceback / limit text, NULL when RUN_OK */
    /* Where the answer's code stopped check.py (an exception or a limit
     * whose innermost frame is the answer's), else 0: the line to jump to. */
    int stop_line;
    char *tamper;           /* "the answer changed the builtin `len`", NULL when clean */
    double ms;              /* wall time of this variant */
} GradeVariant;

typedef struct GradeResult {
    const Kata *kata;
    bool passed;
    /* One line saying why it failed: the first failing check's message, or
     * the answer's error ("NameError: name 'x' is not defined (line 3)").
     * NULL when passed. */
    char *summary;
    GradeVariant variants[GRADE_NVARIANTS];
    double ms;              /* wall time of the whole grading */
} GradeResult;

typedef struct Grader Grader;

/* A grader with these budgets (NULL: budget_default()). NULL when out of
 * memory. */
Grader *grade_new(const Budget *budget);
void grade_free(Grader *g);

/* Grade each variant in a forked child of a template interpreter that has
 * already imported the ORM (the default: a few ms instead of re-importing,
 * and a crash in a child cannot take the caller down), or, with on false,
 * in fresh interpreters of this process. */
void grade_set_fork(Grader *g, bool on);

/* Freeze the clock of every grading (interp_freeze_now), e.g. for tests. */
void grade_freeze_now(Grader *g, int64_t unix_us);

/* Grade `src` (len bytes; the answer file's text) against kata k.
 * `answer_path` is the name shown in tracebacks and SQL lines (e.g. the
 * workspace file). Fills *out (always, even on failure). Returns 0, or -1
 * on an internal error (out of memory, the fixture could not be built):
 * then out->summary says what and the result counts as failed. */
int grade_run(Grader *g, const Kata *k, const char *answer_path, const char *src, size_t len,
              GradeResult *out);

/* Free what grade_run allocated in *r (not r itself). */
void grade_result_free(GradeResult *r);

/* Counts over both variants, for reports: checks that ran and that passed
 * (a check is counted once per variant). */
void grade_count_checks(const GradeResult *r, size_t *ran, size_t *passed);

/* Statements the answer's own lines ran on fixture 1 (check.py's own
 * queries, e.g. for expected values, are not counted). */
size_t grade_answer_queries(const GradeResult *r);

/* The per-check results as a JSON array (malloc'd, NUL-terminated):
 * [{"message": …, "passed": true, "variant": 1, "detail": …}, …] — what
 * the progress database stores and `grade --format json` prints. */
char *grade_checks_json(const GradeResult *r);

/* Parse (not run) a Python section for `lint`: 0 when it parses, else -1
 * with *d filled as a SyntaxError (file = path, line within src). */
int grade_syntax_check(const char *path, const char *src, size_t len, Diag *d);

#endif
