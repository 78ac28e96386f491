/*
 * grade_int.h — what grade.c and grade_fork.c share: the Grader's state,
 * the output buffer, and one variant's body. Not for front ends.
 */
#ifndef ORMKATA_GRADE_INT_H
#define ORMKATA_GRADE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "grade.h"

struct Grader {
    Budget budget;
    bool frozen;
    int64_t now_us;
    unsigned char *image[GRADE_NVARIANTS];   /* fixture images (sqlite3_malloc) */
    size_t image_len[GRADE_NVARIANTS];
    bool fork;                  /* grade in forked children of template_I */
    Interp *template_I;         /* has imported the ORM and the models */
    bool template_failed;       /* could not be made: grade in-process */
};

/* Program output collected in a malloc'd, NUL-terminated buffer. */
typedef struct OutBuf {
    char *p;
    size_t len, cap;
} OutBuf;

/* InterpOutput.write for an OutBuf ctx. */
void grade_out_write(void *ctx, const char *s, size_t n);

/* One variant in an interpreter already set up (grade.c). */
int grade_variant_body(Grader *g, Interp *I, OutBuf *out, const Kata *k, const char *answer_path,
                       const char *src, size_t len, GradeVariant *v);

/* Make the template and the fixture images (once per Grader). false when
 * forked grading is not available here. */
bool grade_fork_prepare(Grader *g);

/* Grade in forked children (grade_fork.c): 0 done, -1 internal error (the
 * result says what), 1 not available here (grade in-process instead). */
int grade_fork_run(Grader *g, const Kata *k, const char *answer_path, const char *src, size_t len,
                   GradeResult *out);

#endif
