/*
 * pyprof.c — the kata Python function profiler of the profiling build
 * (-DORMKATA_PYPROF; see pyprof.h). run_func calls pyprof_enter and
 * pyprof_leave around every Python function body (also when it unwinds
 * with an exception); interp_run brackets a run with pyprof_begin and
 * pyprof_end, which appends "calls incl self name" rows to the file that
 * the ORMKATA_PYPROF environment variable names.
 *
 * The table is process-global, not the interpreter's: it exists only in
 * the profiling build, and each forked child owns its copy. Times are
 * TSC ticks (relative figures are what matter).
 */
#include "pyprof.h"

#ifdef ORMKATA_PYPROF
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "eval_int.h"

typedef struct ProfEntry {
    const Node *key;          /* the def's node: stable across closures */
    Func *f;                  /* one function object for its name */
    uint64_t calls, incl, self;
    uint64_t epochs;          /* class namespace changes made in its body */
    int active;               /* recursion: inclusive time counts once */
} ProfEntry;

typedef struct ProfFrame {
    ProfEntry *e;
    uint64_t start, child;
} ProfFrame;

enum { PROF_SLOTS = 1 << 14, PROF_DEPTH = 8192 };

static ProfEntry prof_tab[PROF_SLOTS];
static ProfFrame prof_stack[PROF_DEPTH];
static int prof_sp;
static size_t prof_arena0;

static inline uint64_t prof_now(void)
{
#if defined(__x86_64__) || defined(__i386__)
    return __builtin_ia32_rdtsc();
#else
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
#endif
}

static ProfEntry *prof_slot(Func *f)
{
    uintptr_t h = ((uintptr_t)f->node >> 4) * 0x9E3779B97F4A7C15u;
    size_t i = (size_t)(h >> 40) & (PROF_SLOTS - 1);
    while (prof_tab[i].key && prof_tab[i].key != f->node)
        i = (i + 1) & (PROF_SLOTS - 1);
    if (!prof_tab[i].key) {
        prof_tab[i].key = f->node;
        prof_tab[i].f = f;
    }
    return &prof_tab[i];
}

void pyprof_enter(Func *f)
{
    if (prof_sp >= PROF_DEPTH)
        return;
    ProfFrame *p = &prof_stack[prof_sp++];
    p->e = prof_slot(f);
    p->e->calls++;
    p->e->active++;
    p->child = 0;
    p->start = prof_now();
}

void pyprof_leave(void)
{
    if (prof_sp <= 0)
        return;
    uint64_t t = prof_now();
    ProfFrame *p = &prof_stack[--prof_sp];
    uint64_t incl = t - p->start;
    p->e->self += incl - p->child;
    if (--p->e->active == 0)
        p->e->incl += incl;
    if (prof_sp > 0)
        prof_stack[prof_sp - 1].child += incl;
}

void pyprof_class_changed(void)
{
    if (prof_sp > 0)
        prof_stack[prof_sp - 1].e->epochs++;
}

void pyprof_begin(Interp *I)
{
    prof_arena0 = I->arena.used;
    memset(prof_tab, 0, sizeof prof_tab);
    prof_sp = 0;
}

void pyprof_end(Interp *I, const char *path)
{
    const char *out = getenv("ORMKATA_PYPROF");
    if (!out || !*out)
        return;
    FILE *fp = fopen(out, "a");
    if (!fp)
        return;
    fprintf(fp, "%s\t1\t%zu\t%zu\t<arena>\n", path, I->arena.used - prof_arena0, I->arena.used - prof_arena0);
    for (size_t i = 0; i < PROF_SLOTS; i++) {
        ProfEntry *e = &prof_tab[i];
        if (!e->key)
            continue;
        fprintf(fp, "%s\t%llu\t%llu\t%llu\t%s:%d:%s\n", path, (unsigned long long)e->calls,
                (unsigned long long)e->incl, (unsigned long long)e->self, e->f->filename->s,
                e->key->line, e->f->qualname->s);
        if (e->epochs)
            fprintf(fp, "%s\t%llu\t0\t0\t<epoch>%s:%d:%s\n", path, (unsigned long long)e->epochs,
                    e->f->filename->s, e->key->line, e->f->qualname->s);
    }
    fclose(fp);
}
#else
typedef int pyprof_unused;     /* ISO C wants a declaration in every file */
#endif
