/*
 * grade.c — the grader: one answer against one kata, on both fixture
 * variants, in fresh interpreters (see grade.h for what is promised).
 *
 * One variant's run, in order:
 *   1. a fresh Interp with the grader's budgets, on a pristine copy of the
 *      variant's database image (built once per Grader);
 *   2. the answer runs as module "answer" before `kata` exists, so its body
 *      cannot import it; the builtins are snapshotted first;
 *   3. mod_kata_register + mod_kata_set_answer; the `kata` entry is wrapped
 *      (guard_kata_init) so that when check.py imports it, check.py's own
 *      module stops being importable as `__main__` (the answer's functions,
 *      called from check.py, cannot reach check.py's globals), the kata
 *      module's contents are snapshotted, and every module's `__builtins__`
 *      global becomes a decoy copy (also for modules imported later: swept
 *      after each SQL statement), so patching reaches nothing check.py uses;
 *   4. check.py runs as "__main__" from the file name "<check.py>" (so the
 *      SQL tracer attributes statements to the answer's lines);
 *   5. the checks, the SQL trace, the output and the errors are copied out
 *      into malloc memory, and the builtins and the kata module are compared
 *      with their snapshots: any change fails the kata.
 *
 * The interpreter's own state is reached through interp_int.h (module
 * table); nothing else of the engine is changed.
 */
#include "grade.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sqlite3.h>

#include "db.h"
#include "fixture.h"
#include "grade_int.h"
#include "interp_int.h"
#include "mod_kata.h"
#include "parse.h"

/* The names under which the grader hides modules: no import statement can
 * spell them (not identifiers). */
#define HIDDEN_KATA "\x01kata"
#define HIDDEN_MAIN "\x01check"
#define HIDDEN_SNAP "\x01kata-snapshot"
#define HIDDEN_DECOY "\x01builtins"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static char *xstrdup(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s);
    char *p = malloc(n + 1);
    if (p)
        memcpy(p, s, n + 1);
    return p;
}

static char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *xprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0)
        s = NULL;
    va_end(ap);
    return s;
}

Grader *grade_new(const Budget *budget)
{
    Grader *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->budget = budget ? *budget : budget_default();
    g->fork = true;
    return g;
}

void grade_free(Grader *g)
{
    if (!g)
        return;
    for (int i = 0; i < GRADE_NVARIANTS; i++)
        sqlite3_free(g->image[i]);
    interp_free(g->template_I);
    free(g);
}

void grade_set_fork(Grader *g, bool on)
{
    g->fork = on;
}

void grade_freeze_now(Grader *g, int64_t unix_us)
{
    g->frozen = true;
    g->now_us = unix_us;
}

/* ------------------------------------------------------------------ */
/* The database image of each variant, built when first touched         */
/* ------------------------------------------------------------------ */

typedef struct ImageReq {
    Grader *g;
    int idx;
} ImageReq;

static int lazy_image(void *ctx, const unsigned char **image, size_t *n, char **err)
{
    ImageReq *r = ctx;
    Grader *g = r->g;
    if (!g->image[r->idx] &&
        fixture_build_image(r->idx + 1, &g->image[r->idx], &g->image_len[r->idx], err) != FIXTURE_OK)
        return 0;
    *image = g->image[r->idx];
    *n = g->image_len[r->idx];
    return 1;
}

/* ------------------------------------------------------------------ */
/* Output capture                                                       */
/* ------------------------------------------------------------------ */

void grade_out_write(void *ctx, const char *s, size_t n)
{
    OutBuf *b = ctx;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 1024;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *np = realloc(b->p, cap);
        if (!np)
            return;
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

/* ------------------------------------------------------------------ */
/* Guards: hiding check.py's module, snapshots of builtins and kata      */
/* ------------------------------------------------------------------ */

static ModuleEntry *find_entry(Interp *I, const char *name)
{
    for (ModuleEntry *e = I->modules; e; e = e->next)
        if (!strcmp(e->name, name))
            return e;
    return NULL;
}

/* Point every loaded module's `__builtins__` global at `decoy`, a module
 * holding a copy of the builtins: code that reaches a module's namespace
 * (the answer's own, or an imported one's) can then only patch the copy,
 * while name lookups keep using I->builtins. Changes values in place:
 * allocates nothing and cannot raise. Returns the number of loaded modules. */
static size_t sweep_builtins(Interp *I, Module *decoy)
{
    size_t loaded = 0;
    for (ModuleEntry *e = I->modules; e; e = e->next) {
        if (!e->mod || e->mod == decoy || !e->mod->dict)
            continue;
        loaded++;
        Dict *d = e->mod->dict;
        for (int64_t j = 0; j < d->nentries; j++) {
            DictEntry *de = &d->entries[j];
            if (de->val.tag == V_OBJ && de->val.u.o == (Obj *)I->builtins && de->key.tag == V_OBJ &&
                class_of(I, de->key) == I->cls.str && !strcmp(((Str *)de->key.u.o)->s, "__builtins__")) {
                de->val = v_obj(decoy);
                d->version++;
            }
        }
    }
    return loaded;
}

/* The `kata` module as check.py imports it: the real module (registered
 * under a hidden name), after hiding check.py's module from `import
 * __main__`, keeping a copy of the kata module's namespace, and giving
 * every module a decoy `__builtins__`. Runs inside check.py's run (its
 * import statement), so it may raise. */
static Module *guard_kata_init(Interp *I)
{
    Module *m = interp_import(I, str_from_cstr(I, HIDDEN_KATA));
    ModuleEntry *main_e = find_entry(I, "__main__");
    if (main_e && main_e->mod == I->main)
        main_e->name = HIDDEN_MAIN;
    if (!find_entry(I, HIDDEN_SNAP)) {
        Module *snap = module_new(I, HIDDEN_SNAP);
        snap->dict = dict_copy(I, m->dict);
        interp_add_module(I, HIDDEN_SNAP, NULL);
        I->modules->mod = snap;
    }
    if (!find_entry(I, HIDDEN_DECOY)) {
        Module *decoy = module_new(I, "builtins");
        decoy->dict = dict_copy(I, I->builtins->dict);
        interp_add_module(I, HIDDEN_DECOY, NULL);
        I->modules->mod = decoy;
        sweep_builtins(I, decoy);
    }
    return m;
}

/* After each SQL statement: modules imported since the last sweep get the
 * decoy `__builtins__` too (an answer importing a module inside a function
 * would otherwise find the real builtins there). */
typedef struct SweepState {
    Interp *I;
    size_t loaded;
} SweepState;

static void sweep_hook(void *ctx, const DbQuery *q, size_t index)
{
    (void)q;
    (void)index;
    SweepState *ss = ctx;
    Interp *I = ss->I;
    ModuleEntry *de = find_entry(I, HIDDEN_DECOY);
    if (!de || !de->mod)
        return;
    size_t loaded = 0;
    for (ModuleEntry *e = I->modules; e; e = e->next)
        loaded += e->mod != NULL;
    if (loaded != ss->loaded)
        ss->loaded = sweep_builtins(I, de->mod) + 1;
}

/* Register `kata` for check.py, wrapped by guard_kata_init. */
static void install_kata(Interp *I)
{
    mod_kata_register(I);
    ModuleEntry *e = find_entry(I, "kata");
    if (!e)
        return;
    e->name = HIDDEN_KATA;
    interp_add_module(I, "kata", guard_kata_init);
}

/* A copy of a dict's live entries (key and value identity), malloc'd. */
typedef struct Snap {
    DictEntry *e;
    int64_t n;
    uint64_t version;
} Snap;

static Snap snap_take(Dict *d)
{
    Snap s = { 0 };
    s.version = d->version;
    s.e = malloc((size_t)(d->nentries ? d->nentries : 1) * sizeof *s.e);
    if (!s.e)
        return s;
    for (int64_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key.tag != V_UNSET)
            s.e[s.n++] = d->entries[i];
    return s;
}

static int same_value(Value a, Value b)
{
    if (a.tag != b.tag)
        return 0;
    return memcmp(&a.u, &b.u, sizeof a.u) == 0;
}

/* The name of a key (str keys; "?" else). */
static const char *key_name(Interp *I, Value k)
{
    if (k.tag == V_OBJ && class_of(I, k) == I->cls.str)
        return ((Str *)k.u.o)->s;
    return "?";
}

/* NULL when d still holds exactly what s recorded (every key with the same
 * value, and no new key when strict); else a message naming the first
 * difference (malloc'd). `what` is "builtin" or "kata module attribute". */
static char *snap_compare(Interp *I, const Snap *s, Dict *d, const char *what, bool strict)
{
    if (!s->e)
        return NULL;
    if (d->version == s->version)
        return NULL;
    for (int64_t i = 0; i < s->n; i++) {
        Value v = v_unset();
        for (int64_t j = 0; j < d->nentries; j++)
            if (d->entries[j].key.tag != V_UNSET && same_value(d->entries[j].key, s->e[i].key)) {
                v = d->entries[j].val;
                break;
            }
        if (v.tag == V_UNSET)
            return xprintf("the answer deleted the %s `%s`", what, key_name(I, s->e[i].key));
        if (!same_value(v, s->e[i].val))
            return xprintf("the answer changed the %s `%s`", what, key_name(I, s->e[i].key));
    }
    if (strict && d->len > s->n) {
        for (int64_t j = 0; j < d->nentries; j++) {
            if (d->entries[j].key.tag == V_UNSET)
                continue;
            int found = 0;
            for (int64_t i = 0; i < s->n && !found; i++)
                found = same_value(d->entries[j].key, s->e[i].key);
            if (!found)
                return xprintf("the answer added the %s `%s`", what, key_name(I, d->entries[j].key));
        }
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* One variant                                                          */
/* ------------------------------------------------------------------ */

static void copy_results(Interp *I, GradeVariant *v, const char *answer_path)
{
    size_t n = 0;
    const KataCheck *ks = mod_kata_results(I, &n);
    if (n && ks) {
        v->checks = calloc(n, sizeof *v->checks);
        if (v->checks) {
            for (size_t i = 0; i < n; i++) {
                v->checks[i].message = xstrdup(ks[i].message ? ks[i].message : "");
                v->checks[i].detail = ks[i].passed ? NULL : xstrdup(ks[i].detail);
                v->checks[i].passed = ks[i].passed;
                v->checks[i].line = ks[i].line;
            }
            v->nchecks = n;
        }
    }
    size_t nq = db_trace_count(I);
    if (nq) {
        v->queries = calloc(nq, sizeof *v->queries);
        if (v->queries) {
            for (size_t i = 0; i < nq; i++) {
                const DbQuery *q = db_trace_get(I, i);
                GradeQuery *o = &v->queries[v->nqueries++];
                o->sql = xstrdup(q->sql ? q->sql->s : "");
                o->kind = db_kind_name(q->kind);
                o->rows = q->rows;
                o->ms = q->ms;
                o->failed = q->failed;
                o->in_answer = q->file && !strcmp(q->file->s, answer_path);
                o->line = o->in_answer ? q->line : 0;
            }
        }
    }
}

/* The line of the innermost traceback entry when it is in the answer's
 * file ("  File \"answer.py\", line 3, in total"), else 0. */
static int answer_line_in(const char *tb, const char *answer_path)
{
    const char *last = NULL;
    for (const char *p = tb ? strstr(tb, "  File \"") : NULL; p; p = strstr(p + 1, "  File \""))
        last = p;
    if (!last)
        return 0;
    last += 8;
    size_t n = strlen(answer_path);
    if (strncmp(last, answer_path, n) != 0 || strncmp(last + n, "\", line ", 8) != 0)
        return 0;
    return atoi(last + n + 8);
}

/* Everything of one variant once its interpreter is set up (budgets,
 * output into *out, clock, database): the answer, the checks, the guards,
 * and the results copied into *v (out->p becomes v->output). Does not free
 * I. Returns 0, or -1 when the run hit an internal error. */
/* interp_run for the grader: a SystemExit with status 0 (unittest.main()
 * whose tests passed, a bare sys.exit()) finished normally, as for
 * `python3 FILE`; any other status is a failure, whose text (CPython
 * prints none) names the exception. */
static RunStatus run_module(Interp *I, const char *path, const char *modname, const char *src,
                            size_t len, Diag *d, char **error)
{
    RunStatus st = interp_run(I, path, modname, src, len, d);
    if (st == RUN_EXIT && d->exit_status == 0)
        st = d->status = RUN_OK;
    if (st == RUN_EXIT)
        *error = xprintf("SystemExit%s%s (exit status %d)\n", d->message[0] ? ": " : "", d->message,
                         d->exit_status);
    else if (st != RUN_OK)
        *error = xstrdup(interp_error_text(I));
    return st;
}

int grade_variant_body(Grader *g, Interp *I, OutBuf *out, const Kata *k, const char *answer_path,
                       const char *src, size_t len, GradeVariant *v)
{
    (void)g;
    Snap builtins = snap_take(I->builtins->dict);
    SweepState sweep = { I, 0 };

    /* the answer, before `kata` exists */
    v->answer_status = run_module(I, answer_path, "answer", src, len, &v->answer_diag, &v->answer_error);

    if (v->answer_status == RUN_OK) {
        v->tamper = snap_compare(I, &builtins, I->builtins->dict, "builtin", true);
        install_kata(I);
        mod_kata_set_trace_hook(I, sweep_hook, &sweep);
        mod_kata_set_answer(I, "answer", answer_path, src, len);
        v->check_status = run_module(I, "<check.py>", "__main__", k->check, strlen(k->check),
                                     &v->check_diag, &v->check_error);
        if (v->check_status != RUN_OK) {
            v->stop_line = answer_line_in(v->check_error, answer_path);
        }
        if (!v->tamper)
            v->tamper = snap_compare(I, &builtins, I->builtins->dict, "builtin", true);
        ModuleEntry *decoy = find_entry(I, HIDDEN_DECOY);
        if (!v->tamper && decoy && decoy->mod) {
            /* the copy the answer could reach: patched is tampered, even if
             * it had no effect */
            Snap bs = builtins;
            bs.version = decoy->mod->dict->version + 1;
            v->tamper = snap_compare(I, &bs, decoy->mod->dict, "builtin", true);
        }
        ModuleEntry *ke = find_entry(I, HIDDEN_KATA), *se = find_entry(I, HIDDEN_SNAP);
        if (!v->tamper && ke && ke->mod && se && se->mod) {
            Snap ks = snap_take(se->mod->dict);
            ks.version = ke->mod->dict->version + 1; /* compare entries, not versions */
            v->tamper = snap_compare(I, &ks, ke->mod->dict, "kata module attribute", false);
            free(ks.e);
        }
    }
    free(builtins.e);
    copy_results(I, v, answer_path);
    v->output = out->p ? out->p : xstrdup("");
    v->output_len = out->len;
    out->p = NULL;

    bool all = v->nchecks > 0;
    for (size_t i = 0; i < v->nchecks; i++)
        all = all && v->checks[i].passed;
    v->passed = all && v->answer_status == RUN_OK && v->check_status == RUN_OK && !v->tamper;
    /* the image could not be built: that is ours, not the learner's */
    return v->answer_status == RUN_INTERNAL || v->check_status == RUN_INTERNAL ? -1 : 0;
}

/* One variant in a fresh interpreter of this process. */
static int run_variant(Grader *g, const Kata *k, const char *answer_path, const char *src,
                       size_t len, int idx, GradeVariant *v)
{
    double t0 = now_ms();
    v->variant = idx + 1;
    v->ran = true;
    OutBuf out = { 0 };
    InterpOutput io = { grade_out_write, &out };
    Interp *I = interp_new(&g->budget, &io);
    if (!I)
        return -1;
    if (g->frozen)
        interp_freeze_now(I, g->now_us);
    ImageReq req = { g, idx };
    if (g->image[idx])
        db_configure(I, g->image[idx], g->image_len[idx]);
    else
        db_configure_lazy(I, lazy_image, &req);
    int rc = grade_variant_body(g, I, &out, k, answer_path, src, len, v);
    interp_free(I);
    v->ms = now_ms() - t0;
    return rc;
}

/* The one-line summary of a failed grading. */
static char *summarize(const GradeResult *r, const char *answer_path)
{
    for (int i = 0; i < GRADE_NVARIANTS; i++) {
        const GradeVariant *v = &r->variants[i];
        if (!v->ran)
            continue;
        if (v->answer_status != RUN_OK) {
            const Diag *d = &v->answer_diag;
            if (d->line)
                return xprintf("%s%s%s (line %d)", d->kind, d->message[0] ? ": " : "", d->message, d->line);
            return xprintf("%s%s%s", d->kind, d->message[0] ? ": " : "", d->message);
        }
        if (v->tamper)
            return xstrdup(v->tamper);
        for (size_t j = 0; j < v->nchecks; j++)
            if (!v->checks[j].passed) {
                const GradeCheck *c = &v->checks[j];
                if (c->detail && *c->detail)
                    return xprintf("%s — %s%s", c->message, c->detail,
                                   i ? " (on the second fixture)" : "");
                return xprintf("%s%s", c->message, i ? " (on the second fixture)" : "");
            }
        if (v->check_status != RUN_OK) {
            /* a limit, or an exception raised in the answer's code, is the
             * answer's failure; anything else stopped the checks */
            const Diag *d = &v->check_diag;
            if (v->stop_line)
                return xprintf("%s%s%s (line %d)", d->kind, d->message[0] ? ": " : "", d->message,
                               v->stop_line);
            if (v->check_status == RUN_LIMIT)
                return xprintf("%s: %s", d->kind, d->message);
            return xprintf("the checks stopped: %s%s%s", d->kind, d->message[0] ? ": " : "", d->message);
        }
        if (!v->nchecks)
            return xstrdup("no check ran");
    }
    return xstrdup("failed");
}

/* One variant on its own thread (grade_run runs the two side by side:
 * interpreters share nothing, and each variant has its own image slot). */
typedef struct VariantJob {
    Grader *g;
    const Kata *k;
    const char *answer_path, *src;
    size_t len;
    int idx;
    GradeVariant *v;
    int rc;
} VariantJob;

static void *variant_thread(void *arg)
{
    VariantJob *j = arg;
    j->rc = run_variant(j->g, j->k, j->answer_path, j->src, j->len, j->idx, j->v);
    return NULL;
}

int grade_run(Grader *g, const Kata *k, const char *answer_path, const char *src, size_t len,
              GradeResult *out)
{
    memset(out, 0, sizeof *out);
    out->kata = k;
    /* one-time set-up (template, images) is not this grading's time */
    bool forked = g->fork && grade_fork_prepare(g);
    double t0 = now_ms();
    int frc = forked ? grade_fork_run(g, k, answer_path, src, len, out) : 1;
    if (frc <= 0) {
        bool passed = frc == 0;
        for (int i = 0; i < GRADE_NVARIANTS; i++)
            passed = passed && out->variants[i].passed;
        out->passed = passed;
        for (int i = 0; i < GRADE_NVARIANTS && frc < 0 && !out->summary; i++)
            if (out->variants[i].check_status == RUN_INTERNAL && out->variants[i].check_error)
                out->summary = xstrdup(out->variants[i].check_error);
        if (!passed && !out->summary)
            out->summary = summarize(out, answer_path);
        out->ms = now_ms() - t0;
        return frc;
    }
    VariantJob jobs[GRADE_NVARIANTS];
    pthread_t th[GRADE_NVARIANTS];
    bool started[GRADE_NVARIANTS] = { false };
    for (int i = 0; i < GRADE_NVARIANTS; i++) {
        jobs[i] = (VariantJob){ g, k, answer_path, src, len, i, &out->variants[i], 0 };
        /* variant 1 runs here; the others on threads, else here too */
        if (i > 0 && pthread_create(&th[i], NULL, variant_thread, &jobs[i]) == 0)
            started[i] = true;
    }
    variant_thread(&jobs[0]);
    int rc = jobs[0].rc;
    bool passed = out->variants[0].passed;
    for (int i = 1; i < GRADE_NVARIANTS; i++) {
        if (started[i])
            pthread_join(th[i], NULL);
        else
            variant_thread(&jobs[i]);
        rc = rc ? rc : jobs[i].rc;
        passed = passed && out->variants[i].passed;
    }
    out->passed = passed && rc == 0;
    if (!out->passed) {
        if (rc && !out->variants[0].answer_error && !out->variants[0].check_error)
            out->summary = xstrdup("internal error: could not create an interpreter");
        else
            out->summary = summarize(out, answer_path);
    }
    out->ms = now_ms() - t0;
    return rc;
}

void grade_result_free(GradeResult *r)
{
    if (!r)
        return;
    for (int i = 0; i < GRADE_NVARIANTS; i++) {
        GradeVariant *v = &r->variants[i];
        for (size_t j = 0; j < v->nchecks; j++) {
            free(v->checks[j].message);
            free(v->checks[j].detail);
        }
        free(v->checks);
        for (size_t j = 0; j < v->nqueries; j++)
            free(v->queries[j].sql);
        free(v->queries);
        free(v->output);
        free(v->answer_error);
        free(v->check_error);
        free(v->tamper);
    }
    free(r->summary);
    memset(r, 0, sizeof *r);
}

void grade_count_checks(const GradeResult *r, size_t *ran, size_t *passed)
{
    size_t a = 0, b = 0;
    for (int i = 0; i < GRADE_NVARIANTS; i++)
        for (size_t j = 0; j < r->variants[i].nchecks; j++) {
            a++;
            b += r->variants[i].checks[j].passed;
        }
    *ran = a;
    *passed = b;
}

size_t grade_answer_queries(const GradeResult *r)
{
    size_t n = 0;
    for (size_t i = 0; i < r->variants[0].nqueries; i++)
        n += r->variants[0].queries[i].in_answer;
    return n;
}

/* ------------------------------------------------------------------ */
/* JSON of the checks                                                   */
/* ------------------------------------------------------------------ */

static void json_str(OutBuf *b, const char *s)
{
    if (!s) {
        grade_out_write(b, "null", 4);
        return;
    }
    grade_out_write(b, "\"", 1);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        char tmp[8];
        switch (*p) {
        case '"': grade_out_write(b, "\\\"", 2); break;
        case '\\': grade_out_write(b, "\\\\", 2); break;
        case '\n': grade_out_write(b, "\\n", 2); break;
        case '\r': grade_out_write(b, "\\r", 2); break;
        case '\t': grade_out_write(b, "\\t", 2); break;
        default:
            if (*p < 0x20) {
                snprintf(tmp, sizeof tmp, "\\u%04x", *p);
                grade_out_write(b, tmp, 6);
            } else {
                grade_out_write(b, (const char *)p, 1);
            }
        }
    }
    grade_out_write(b, "\"", 1);
}

char *grade_checks_json(const GradeResult *r)
{
    OutBuf b = { 0 };
    grade_out_write(&b, "[", 1);
    int first = 1;
    for (int i = 0; i < GRADE_NVARIANTS; i++) {
        const GradeVariant *v = &r->variants[i];
        for (size_t j = 0; j < v->nchecks; j++) {
            const GradeCheck *c = &v->checks[j];
            if (!first)
                grade_out_write(&b, ", ", 2);
            first = 0;
            grade_out_write(&b, "{\"message\": ", 12);
            json_str(&b, c->message);
            char tmp[64];
            int n = snprintf(tmp, sizeof tmp, ", \"passed\": %s, \"variant\": %d, \"line\": %d, \"detail\": ",
                             c->passed ? "true" : "false", v->variant, c->line);
            grade_out_write(&b, tmp, (size_t)n);
            json_str(&b, c->detail);
            grade_out_write(&b, "}", 1);
        }
    }
    grade_out_write(&b, "]", 1);
    return b.p;
}

/* ------------------------------------------------------------------ */
/* Syntax of a code section (lint)                                      */
/* ------------------------------------------------------------------ */

int grade_syntax_check(const char *path, const char *src, size_t len, Diag *d)
{
    memset(d, 0, sizeof *d);
    Budget b = budget_default();
    Interp *I = interp_new(&b, NULL);
    if (!I) {
        d->status = RUN_INTERNAL;
        snprintf(d->message, sizeof d->message, "could not create an interpreter");
        return -1;
    }
    ParseError pe;
    memset(&pe, 0, sizeof pe);
    Node *tree = parse_module(I, path, src, len, &pe);
    int rc = 0;
    if (!tree) {
        d->status = RUN_SYNTAX;
        snprintf(d->file, sizeof d->file, "%s", path);
        d->line = pe.line;
        d->col = pe.col;
        snprintf(d->kind, sizeof d->kind, "%s", pe.kind);
        snprintf(d->message, sizeof d->message, "%s", pe.msg);
        rc = -1;
    }
    interp_free(I);
    return rc;
}
