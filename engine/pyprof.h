/*
 * pyprof.h — a profiler of kata Python functions (calls, inclusive and
 * self time), compiled in only with -DORMKATA_PYPROF:
 *
 *   make BUILD=build-pyprof BIN=build-pyprof/ormkata CFLAGS=-DORMKATA_PYPROF build-pyprof/ormkata
 *   ORMKATA_PYPROF=/tmp/prof.tsv build-pyprof/ormkata run FILE...
 *   bench/pyprof-report /tmp/prof.tsv self 40
 *
 * Each interp_run appends one table to the file named by ORMKATA_PYPROF
 * (and a row "<arena>" with the bytes the run allocated, and rows
 * "<epoch>FUNC" counting the class-namespace changes each function made:
 * each one empties the evaluator's attribute caches).
 * Without the flag every hook is an empty inline function: no cost, and
 * the engine never writes a file.
 */
#ifndef ORMKATA_PYPROF_H
#define ORMKATA_PYPROF_H

struct Func;
struct Interp;

#ifdef ORMKATA_PYPROF
void pyprof_enter(struct Func *f);
void pyprof_leave(void);
void pyprof_class_changed(void);
void pyprof_begin(struct Interp *I);
void pyprof_end(struct Interp *I, const char *path);
#else
static inline void pyprof_enter(struct Func *f) { (void)f; }
static inline void pyprof_leave(void) { }
static inline void pyprof_class_changed(void) { }
static inline void pyprof_begin(struct Interp *I) { (void)I; }
static inline void pyprof_end(struct Interp *I, const char *path) { (void)I; (void)path; }
#endif

#endif
