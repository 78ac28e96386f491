/*
 * grade_fork.c — grading in forked children of a template interpreter.
 *
 * Importing the ORM and the models costs a fresh interpreter several
 * milliseconds, far more than grading an answer. So the Grader keeps one
 * template interpreter that has imported them (and nothing else), and each
 * variant of a grading runs in a fork()ed child: a pristine copy-on-write
 * sandbox that starts with the ORM loaded, exactly as a fresh interpreter
 * that imported it would. The child runs grade_variant_body, writes the
 * GradeVariant down a pipe in a small binary form, and _exit()s; the parent
 * reads both variants (the children run side by side) and waits for them.
 *
 * A child that dies (a crash in the interpreter) or never answers (the
 * parent waits at most the wall-time budget plus a margin) makes the
 * grading an internal error instead of taking the caller down. Nothing is
 * printed; the child never touches stdio.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "db.h"
#include "fixture.h"
#include "grade_int.h"

#include <sqlite3.h>

/* The template, made on first use; NULL when it cannot be (then the
 * grader works in-process). */
static Interp *template_get(Grader *g)
{
    if (g->template_I || g->template_failed)
        return g->template_I;
    Interp *T = interp_new_template(&g->budget);
    if (!T) {
        g->template_failed = true;
        return NULL;
    }
    g->template_I = T;
    return T;
}

/* ------------------------------------------------------------------ */
/* The wire format: little records of int64s, doubles and strings       */
/* ------------------------------------------------------------------ */

static void put(OutBuf *b, const void *p, size_t n)
{
    grade_out_write(b, p, n);
}

static void put_i(OutBuf *b, int64_t v)
{
    put(b, &v, sizeof v);
}

static void put_d(OutBuf *b, double v)
{
    put(b, &v, sizeof v);
}

/* A string: its length, or -1 for NULL, then its bytes. */
static void put_s(OutBuf *b, const char *s)
{
    put_i(b, s ? (int64_t)strlen(s) : -1);
    if (s)
        put(b, s, strlen(s));
}

enum { WIRE_MAGIC = 0x6f726d6b }; /* "ormk": the record is complete */

static void put_variant(OutBuf *b, const GradeVariant *v)
{
    put_i(b, v->variant);
    put_i(b, v->passed);
    put_i(b, (int64_t)v->nchecks);
    for (size_t i = 0; i < v->nchecks; i++) {
        put_s(b, v->checks[i].message);
        put_s(b, v->checks[i].detail);
        put_i(b, v->checks[i].passed);
        put_i(b, v->checks[i].line);
    }
    put_i(b, (int64_t)v->nqueries);
    for (size_t i = 0; i < v->nqueries; i++) {
        const GradeQuery *q = &v->queries[i];
        put_s(b, q->sql);
        put_s(b, q->kind);
        put_i(b, q->rows);
        put_d(b, q->ms);
        put_i(b, q->line);
        put_i(b, q->in_answer);
        put_i(b, q->failed);
    }
    put_i(b, (int64_t)v->output_len);
    put(b, v->output, v->output_len);
    put_i(b, v->answer_status);
    put(b, &v->answer_diag, sizeof v->answer_diag);
    put_s(b, v->answer_error);
    put_i(b, v->check_status);
    put(b, &v->check_diag, sizeof v->check_diag);
    put_s(b, v->check_error);
    put_i(b, v->stop_line);
    put_s(b, v->tamper);
    put_d(b, v->ms);
    put_i(b, WIRE_MAGIC);
}

typedef struct Reader {
    const char *p, *end;
    bool bad;
} Reader;

static void get(Reader *r, void *dst, size_t n)
{
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = true;
        memset(dst, 0, n);
        return;
    }
    memcpy(dst, r->p, n);
    r->p += n;
}

static int64_t get_i(Reader *r)
{
    int64_t v;
    get(r, &v, sizeof v);
    return v;
}

static double get_d(Reader *r)
{
    double v;
    get(r, &v, sizeof v);
    return v;
}

/* A malloc'd copy of the next string (NULL for a NULL string). */
static char *get_s(Reader *r)
{
    int64_t n = get_i(r);
    if (n < 0 || r->bad)
        return NULL;
    if (r->end - r->p < n) {
        r->bad = true;
        return NULL;
    }
    char *s = malloc((size_t)n + 1);
    if (!s) {
        r->bad = true;
        return NULL;
    }
    memcpy(s, r->p, (size_t)n);
    s[n] = 0;
    r->p += n;
    return s;
}

/* The static name of a statement kind (GradeQuery.kind points at it). */
static const char *kind_name(const char *s)
{
    for (int k = DB_SELECT; k <= DB_OTHER; k++)
        if (s && !strcmp(s, db_kind_name((DbKind)k)))
            return db_kind_name((DbKind)k);
    return db_kind_name(DB_OTHER);
}

static bool get_variant(Reader *r, GradeVariant *v)
{
    v->variant = (int)get_i(r);
    v->passed = get_i(r) != 0;
    int64_t n = get_i(r);
    if (n < 0 || n > r->end - r->p)
        return false;
    v->checks = calloc((size_t)n + 1, sizeof *v->checks);
    if (!v->checks)
        return false;
    for (int64_t i = 0; i < n && !r->bad; i++) {
        GradeCheck *c = &v->checks[v->nchecks++];
        c->message = get_s(r);
        c->detail = get_s(r);
        c->passed = get_i(r) != 0;
        c->line = (int)get_i(r);
    }
    n = get_i(r);
    if (n < 0 || n > r->end - r->p)
        return false;
    v->queries = calloc((size_t)n + 1, sizeof *v->queries);
    if (!v->queries)
        return false;
    for (int64_t i = 0; i < n && !r->bad; i++) {
        GradeQuery *q = &v->queries[v->nqueries++];
        q->sql = get_s(r);
        char *kind = get_s(r);
        q->kind = kind_name(kind);
        free(kind);
        q->rows = get_i(r);
        q->ms = get_d(r);
        q->line = (int)get_i(r);
        q->in_answer = get_i(r) != 0;
        q->failed = get_i(r) != 0;
    }
    n = get_i(r);
    if (n < 0 || n > r->end - r->p)
        return false;
    v->output = malloc((size_t)n + 1);
    if (!v->output)
        return false;
    get(r, v->output, (size_t)n);
    v->output[n] = 0;
    v->output_len = (size_t)n;
    v->answer_status = (RunStatus)get_i(r);
    get(r, &v->answer_diag, sizeof v->answer_diag);
    v->answer_error = get_s(r);
    v->check_status = (RunStatus)get_i(r);
    get(r, &v->check_diag, sizeof v->check_diag);
    v->check_error = get_s(r);
    v->stop_line = (int)get_i(r);
    v->tamper = get_s(r);
    v->ms = get_d(r);
    return get_i(r) == WIRE_MAGIC && !r->bad;
}

/* ------------------------------------------------------------------ */
/* Children                                                             */
/* ------------------------------------------------------------------ */

static void write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        p += w;
        n -= (size_t)w;
    }
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* The caller's signal handlers (the app restores the terminal and saves
 * the answer on SIGTERM, SIGHUP, a crash …) are not the child's business. */
static void child_signals(void)
{
    static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH, SIGCHLD, SIGPIPE, SIGALRM,
                                SIGUSR1, SIGUSR2, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTSTP,
                                SIGCONT, SIGTTIN, SIGTTOU };
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
        signal(sigs[i], SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
}

/* In the child: grade variant idx on the template, write it to fd, exit. */
static void child(Grader *g, Interp *T, const Kata *k, const char *answer_path, const char *src,
                  size_t len, int idx, int fd) __attribute__((noreturn));
static void child(Grader *g, Interp *T, const Kata *k, const char *answer_path, const char *src,
                  size_t len, int idx, int fd)
{
    child_signals();
    double t0 = now_ms();
    OutBuf out = { 0 };
    InterpOutput io = { grade_out_write, &out };
    interp_set_output(T, &io);
    if (g->frozen)
        interp_freeze_now(T, g->now_us);
    db_configure(T, g->image[idx], g->image_len[idx]);
    GradeVariant v;
    memset(&v, 0, sizeof v);
    v.variant = idx + 1;
    v.ran = true;
    int rc = grade_variant_body(g, T, &out, k, answer_path, src, len, &v);
    v.ms = now_ms() - t0;
    OutBuf wire = { 0 };
    put_i(&wire, rc);
    put_variant(&wire, &v);
    write_all(fd, wire.p, wire.len);
    _exit(wire.p ? 0 : 3);
}

/* Read everything from fd until EOF or the deadline (ms on now_ms's
 * clock). 0, or -1 on a timeout or an error. */
static int read_all(int fd, OutBuf *b, double deadline)
{
    char buf[65536];
    for (;;) {
        double left = deadline - now_ms();
        if (left <= 0)
            return -1;
        struct pollfd pfd = { fd, POLLIN, 0 };
        int pr = poll(&pfd, 1, (int)left + 1);
        if (pr < 0 && errno == EINTR)
            continue;
        if (pr <= 0)
            return -1;
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            return 0;
        grade_out_write(b, buf, (size_t)n);
    }
}

/* What a child that did not answer did, as a message (malloc'd). */
static char *child_failure(pid_t pid, bool timed_out)
{
    int status = 0;
    if (timed_out)
        kill(pid, SIGKILL);
    pid_t w;
    while ((w = waitpid(pid, &status, 0)) < 0 && errno == EINTR)
        ;
    char *msg = NULL;
    if (timed_out)
        msg = strdup("internal error: the grading did not finish (killed)");
    else if (w == pid && WIFSIGNALED(status) && asprintf(&msg, "internal error: the grading crashed (signal %d)",
                                                        WTERMSIG(status)) < 0)
        msg = NULL;
    if (!msg)
        msg = strdup("internal error: the grading stopped without a result");
    return msg;
}

bool grade_fork_prepare(Grader *g)
{
    if (!template_get(g))
        return false;
    /* the images are built here, once, so that every child shares them */
    for (int i = 0; i < GRADE_NVARIANTS; i++) {
        char *err = NULL;
        if (!g->image[i] && fixture_build_image(i + 1, &g->image[i], &g->image_len[i], &err) != FIXTURE_OK) {
            sqlite3_free(err);
            return false;
        }
    }
    for (int i = 0; i < GRADE_NVARIANTS; i++)
        db_preopen(g->template_I, g->image[i], g->image_len[i]);
    return true;
}

int grade_fork_run(Grader *g, const Kata *k, const char *answer_path, const char *src, size_t len,
                   GradeResult *out)
{
    if (!grade_fork_prepare(g))
        return 1;
    Interp *T = g->template_I;
    pid_t pids[GRADE_NVARIANTS];
    int fds[GRADE_NVARIANTS];
    int started = 0;
    for (int i = 0; i < GRADE_NVARIANTS; i++) {
        int p[2];
        if (pipe(p) != 0)
            break;
        pid_t pid = fork();
        if (pid < 0) {
            close(p[0]);
            close(p[1]);
            break;
        }
        if (pid == 0) {
            close(p[0]);
            for (int j = 0; j < started; j++)
                close(fds[j]);
            child(g, T, k, answer_path, src, len, i, p[1]);
        }
        close(p[1]);
        pids[i] = pid;
        fds[i] = p[0];
        started++;
    }
    if (started < GRADE_NVARIANTS) {
        for (int j = 0; j < started; j++) {
            close(fds[j]);
            kill(pids[j], SIGKILL);
            while (waitpid(pids[j], NULL, 0) < 0 && errno == EINTR)
                ;
        }
        return 1; /* no fork here: in-process */
    }
    /* each child stops itself at the wall-time budget; allow a margin */
    double limit_s = g->budget.max_seconds > 0 ? 2 * g->budget.max_seconds + 10 : 3600;
    double deadline = now_ms() + limit_s * 1e3;
    int rc = 0;
    for (int i = 0; i < GRADE_NVARIANTS; i++) {
        GradeVariant *v = &out->variants[i];
        OutBuf wire = { 0 };
        int rr = read_all(fds[i], &wire, deadline);
        close(fds[i]);
        Reader r = { wire.p, wire.p ? wire.p + wire.len : NULL, false };
        int crc = (int)get_i(&r);
        if (rr != 0 || r.bad || !get_variant(&r, v)) {
            char *why = child_failure(pids[i], rr != 0);
            /* keep what was read; the variant failed for a reason of ours */
            v->variant = i + 1;
            v->ran = false;
            v->passed = false;
            free(v->check_error);
            v->check_error = why;
            v->check_status = RUN_INTERNAL;
            snprintf(v->check_diag.kind, sizeof v->check_diag.kind, "InternalError");
            snprintf(v->check_diag.message, sizeof v->check_diag.message, "%s", why);
            rc = -1;
        } else {
            v->ran = true;
            while (waitpid(pids[i], NULL, 0) < 0 && errno == EINTR)
                ;
            if (crc != 0)
                rc = -1;
        }
        free(wire.p);
    }
    return rc;
}
