/*
 * cmd_run.c — `ormkata run [options] FILE...`: run kata Python programs.
 *
 * Each file runs in a fresh interpreter. Plain mode streams the program's
 * output to stdout and, when it fails, a CPython-style traceback to stderr
 * (exit 1). `--json` prints one JSON object per file (the ★ contract in
 * ../shared/DESIGN.md).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "db.h"
#include "fixture.h"
#include "interp.h"

#include <sqlite3.h>
#include <time.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static const char run_usage[] =
    "usage: ormkata run [options] FILE...\n"
    "\n"
    "Run kata Python programs. Each FILE runs in a fresh sandbox; what it prints\n"
    "goes to stdout (sys.stderr to stderr), an uncaught exception prints a\n"
    "traceback to stderr (exit 1); sys.exit(N) ends it with status N, as python3.\n"
    "\n"
    "options:\n"
    "  --json              print one JSON object per file (file, stdout, result,\n"
    "                      error, queries, count); object addresses in what it\n"
    "                      printed or raised read 'at 0x?', as Django's recorded\n"
    "                      answers do, so runs compare\n"
    "  --now ISO           freeze the clock (e.g. 2024-01-15T12:00:00): date.today(),\n"
    "                      datetime.now() and timezone.now() return it\n"
    "  --sql               print each SQL statement to stderr as it runs\n"
    "  --times             print each file's wall time to stderr (`time FILE MS`;\n"
    "                      make bench uses it)\n"
    "  -j, --jobs N        run N files at a time (0: one per CPU; default 1); the\n"
    "                      output still comes file by file, in order\n"
    "  --variant N         run on variant N of the kata fixture (default 1)\n"
    "  --fixture F.sql     check F.sql (INSERT statements only) against the kata\n"
    "                      schema; the ORM runs on it (file:line on a bad statement)\n"
    "  --max-steps N       stop after N steps (default 10000000; 0 = no limit)\n"
    "  --max-memory MB     memory limit in MB (default 1024)\n"
    "  --max-depth N       recursion limit (default 1000)\n"
    "  --max-output KB     output limit in KB (default 1024)\n"
    "  --timeout SECONDS   wall-time limit (default 5)\n"
    "  -h, --help          show this help\n"
    "\n"
    "exit status: 0 all ran, 1 a program raised or hit a limit, 2 bad usage or\n"
    "unreadable file, 3 internal error; a program that called sys.exit(N) (N an\n"
    "int; 1 for a message) gives N; with several files, the highest status\n";

char *cli_read_file(const char *path, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s", strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (n + 1 < cap) {
            if (ferror(f)) {
                snprintf(err, errlen, "%s", strerror(errno ? errno : EIO));
                free(buf);
                fclose(f);
                return NULL;
            }
            break;
        }
        char *nb = realloc(buf, cap * 2);
        if (!nb) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    fclose(f);
    if (!buf) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

/* JSON string contents as Python's json.dumps(ensure_ascii=True) writes them. */
void json_escape(FILE *f, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        unsigned c = *p;
        if (c < 0x80) {
            switch (c) {
            case '"': fputs("\\\"", f); break;
            case '\\': fputs("\\\\", f); break;
            case '\n': fputs("\\n", f); break;
            case '\r': fputs("\\r", f); break;
            case '\t': fputs("\\t", f); break;
            case '\b': fputs("\\b", f); break;
            case '\f': fputs("\\f", f); break;
            default:
                if (c < 0x20)
                    fprintf(f, "\\u%04x", c);
                else
                    fputc((int)c, f);
            }
            p++;
            continue;
        }
        /* decode one UTF-8 sequence; invalid bytes become U+FFFD */
        unsigned cp = 0xFFFD;
        int len = 1;
        if (c >= 0xC2 && c <= 0xDF && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
            cp = ((c & 0x1F) << 6) | (p[1] & 0x3F);
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF && end - p >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
            cp = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
            len = 3;
            if (cp < 0x800)
                cp = 0xFFFD;
        } else if (c >= 0xF0 && c <= 0xF4 && end - p >= 4 && (p[1] & 0xC0) == 0x80 &&
                   (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80) {
            cp = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
            len = 4;
            if (cp < 0x10000 || cp > 0x10FFFF)
                cp = 0xFFFD;
        }
        if (cp >= 0x10000) {
            cp -= 0x10000;
            fprintf(f, "\\u%04x\\u%04x", 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
        } else {
            fprintf(f, "\\u%04x", cp);
        }
        p += len;
    }
}

typedef struct OutBuf {
    char *p;
    size_t len, cap;
} OutBuf;

static void out_stdout(void *ctx, const char *s, size_t n)
{
    (void)ctx;
    fwrite(s, 1, n, stdout);
}

/* The program's stderr (sys.stderr, a SystemExit message): the process's
 * stderr, in both modes (--json has no field for it, and the Django
 * harness leaves a snippet's stderr on its own stderr too). stdout is
 * flushed first so that on a terminal the two come in the order written. */
static void err_stderr(void *ctx, const char *s, size_t n)
{
    (void)ctx;
    fflush(stdout);
    fwrite(s, 1, n, stderr);
}

static void out_buffer(void *ctx, const char *s, size_t n)
{
    OutBuf *b = ctx;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
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
}

static int parse_num(const char *opt, const char *s, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s ? s : "", &end);
    if (!s || !*s || *end || errno || v < 0) {
        fprintf(stderr, "ormkata run: %s needs a non-negative number, got '%s'\n", opt, s ? s : "");
        return 0;
    }
    *out = v;
    return 1;
}

/* What a program printed or raised, for --json: escaped, with every
 * object address (" at 0x7f…", which changes from run to run) written
 * " at 0x?", as the Django harness records its answers, so that the
 * output of a run is the same every time and compares with Django's. */
static void json_text(FILE *f, const char *s, size_t n)
{
    static const char at[] = " at 0x";
    size_t done = 0;
    for (size_t i = 0; i + sizeof at - 1 < n; i++) {
        if (s[i] != ' ' || memcmp(s + i, at, sizeof at - 1) != 0)
            continue;
        size_t j = i + sizeof at - 1;
        size_t k = j;
        while (k < n && ((s[k] >= '0' && s[k] <= '9') || ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'f')))
            k++;
        if (k == j)
            continue;
        json_escape(f, s + done, j - done);
        fputc('?', f);
        done = k;
        i = k - 1;
    }
    json_escape(f, s + done, n - done);
}

/* A field of what the program printed or raised (json_text); val NULL: null. */
static void json_str_field(FILE *f, const char *key, const char *val, int comma)
{
    fprintf(f, "\"%s\": ", key);
    if (!val) {
        fputs("null", f);
    } else {
        fputc('"', f);
        json_text(f, val, strlen(val));
        fputc('"', f);
    }
    if (comma)
        fputs(", ", f);
}

static const char *basename_of(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* The start of a file's JSON object: `{"file": "<its name>", `. */
static void json_begin(FILE *f, const char *path)
{
    const char *name = basename_of(path);
    fputs("{\"file\": \"", f);
    json_escape(f, name, strlen(name));
    fputs("\", ", f);
}

/* The database image every file starts from, built once per process. */
static Interp *template_I;      /* batch mode: forked for each file */
static OutBuf template_buf;     /* its captured stdout (the child's copy) */
static unsigned char *run_image;
static size_t run_image_len;

/* Build the image: variant `variant` of the kata fixture, or the empty
 * schema with `fixture` (a file of INSERTs) loaded. 0 on failure (message printed). */
static int build_image(int variant, const char *fixture)
{
    char *err = NULL;
    int rc;
    if (!fixture) {
        rc = fixture_build_image(variant, &run_image, &run_image_len, &err);
    } else {
        sqlite3 *db = NULL;
        rc = FIXTURE_EINTERNAL;
        if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                            NULL) == SQLITE_OK &&
            fixture_create_schema(db, &err) == FIXTURE_OK &&
            (rc = fixture_load_file(db, fixture, &err)) == FIXTURE_OK) {
            sqlite3_int64 n = 0;
            unsigned char *img = sqlite3_serialize(db, "main", &n, 0);
            rc = img ? FIXTURE_OK : FIXTURE_EINTERNAL;
            run_image = img;
            run_image_len = (size_t)n;
        }
        sqlite3_close(db);
    }
    if (rc != FIXTURE_OK)
        fprintf(stderr, "ormkata run: %s\n", err ? err : "could not build the database");
    sqlite3_free(err);
    return rc == FIXTURE_OK;
}

/* The default image (a fixture variant), built the first time a program
 * touches the database: most runs of plain Python never do. */
static int lazy_variant;

static int lazy_image(void *ctx, const unsigned char **image, size_t *n, char **err)
{
    (void)ctx;
    if (!run_image && fixture_build_image(lazy_variant, &run_image, &run_image_len, err) != FIXTURE_OK)
        return 0;
    *image = run_image;
    *n = run_image_len;
    return 1;
}

/* --sql: one line per statement on stderr. */
static void sql_hook(void *ctx, const DbQuery *q, size_t index)
{
    int color = *(const int *)ctx;
    const char *file = q->file ? strrchr(q->file->s, '/') : NULL;
    file = file ? file + 1 : q->file ? q->file->s : "?";
    const char *unit = q->kind == DB_SELECT ? (q->rows == 1 ? "row" : "rows")
                     : q->kind <= DB_DELETE ? "changed" : NULL;
    fprintf(stderr, color ? "\033[2m[%zu] %s:%d\033[0m  \033[36m%s\033[0m" : "[%zu] %s:%d  %s",
            index, file, q->line, q->sql->s);
    if (unit)
        fprintf(stderr, "  (%lld %s, %.2f ms)", (long long)q->rows, unit, q->ms);
    else
        fprintf(stderr, "  (%.2f ms)", q->ms);
    fputs(q->failed ? (color ? "  \033[31mfailed\033[0m\n" : "  failed\n") : "\n", stderr);
}

static int sql_color;

/* What every run's interpreter gets before the file runs: its output
 * (buffered for --json, the template's buffer in a child), the clock,
 * the database and the --sql hook. */
static int template_set_up;     /* a spare child did it ahead of its file */

static void set_up_run(Interp *I, int json, const int64_t *now_us, int show_sql)
{
    if (I == template_I) {
        InterpOutput out = json ? (InterpOutput){ out_buffer, &template_buf } : (InterpOutput){ out_stdout, NULL };
        interp_set_output(I, &out);
    }
    interp_set_error_output(I, &(InterpOutput){ err_stderr, NULL });
    if (now_us)
        interp_freeze_now(I, *now_us);
    if (run_image)
        db_configure(I, run_image, run_image_len);
    else
        db_configure_lazy(I, lazy_image, NULL);
    if (show_sql)
        db_set_trace_hook(I, sql_hook, &sql_color);
}

/* Run one file; returns its exit status contribution. */
static int run_one(const char *path, const Budget *budget, int json, const int64_t *now_us, int show_sql)
{
    char err[256];
    size_t len = 0;
    char *src = cli_read_file(path, &len, err, sizeof err);
    if (!src) {
        if (json) {
            json_begin(stdout, path);
            json_str_field(stdout, "stdout", "", 1);
            fputs("\"result\": null, ", stdout);
            char msg[512];
            snprintf(msg, sizeof msg, "FileNotFoundError: %s: %s", path, err);
            json_str_field(stdout, "error", msg, 1);
            fputs("\"queries\": [], \"count\": 0}\n", stdout);
        }
        fprintf(stderr, "ormkata: can't open file '%s': %s\n", path, err);
        return EXIT_USAGE;
    }
    OutBuf own = { 0 };
    OutBuf *bufp = template_I ? &template_buf : &own;
    InterpOutput out = json ? (InterpOutput){ out_buffer, bufp } : (InterpOutput){ out_stdout, NULL };
    Interp *I = template_I ? template_I : interp_new(budget, &out);
    if (!I) {
        free(src);
        fprintf(stderr, "ormkata: internal error: could not create the interpreter\n");
        return EXIT_INTERNAL;
    }
    if (I != template_I || !template_set_up)
        set_up_run(I, json, now_us, show_sql);
    Diag d;
    RunStatus st = interp_run(I, path, "__main__", src, len, &d);
    /* SystemExit: the program's own status, as `python3 FILE` exits with
     * (its message, if any, is already on stderr); 0 is a clean finish */
    int rc = st == RUN_OK ? EXIT_OK : st == RUN_EXIT ? d.exit_status : st == RUN_INTERNAL ? EXIT_INTERNAL : EXIT_FAILED;
    if (st == RUN_EXIT && d.exit_status == 0)
        st = RUN_OK;
    if (json) {
        const char *result = NULL;
        Diag rd = d;
        if (st == RUN_OK || st == RUN_EXCEPTION || st == RUN_EXIT)
            result = interp_global_repr(I, "result", &rd);
        json_begin(stdout, path);
        fputs("\"stdout\": \"", stdout);
        json_text(stdout, bufp->p ? bufp->p : "", bufp->len);
        fputs("\", ", stdout);
        json_str_field(stdout, "result", result, 1);
        char emsg[1200];
        if (st == RUN_SYNTAX) {
            /* a file that does not compile: as the conformance harness
             * reports it (and DESIGN.md words it), SyntaxError with the
             * line, whatever its subclass (IndentationError, TabError) */
            snprintf(emsg, sizeof emsg, "SyntaxError: %s (line %d)", d.message, d.line);
        } else if (st != RUN_OK) {
            if (d.message[0])
                snprintf(emsg, sizeof emsg, "%s: %s", d.kind, d.message);
            else
                snprintf(emsg, sizeof emsg, "%s", d.kind);
        }
        json_str_field(stdout, "error", st == RUN_OK ? NULL : emsg, 1);
        size_t nq = db_trace_count(I);
        fputs("\"queries\": [", stdout);
        for (size_t i = 0; i < nq; i++) {
            const DbQuery *q = db_trace_get(I, i);
            fputs(i ? ", {\"sql\": \"" : "{\"sql\": \"", stdout);
            json_escape(stdout, q->sql->s, (size_t)q->sql->len);
            printf("\", \"line\": %d, \"kind\": \"%s\", \"rows\": %lld, \"ms\": %.3f}", q->line,
                   db_kind_name(q->kind), (long long)q->rows, q->ms);
        }
        printf("], \"count\": %zu}\n", nq);
        fflush(stdout);
    } else if (st != RUN_OK && st != RUN_EXIT) {
        fflush(stdout);
        fputs(interp_error_text(I), stderr);
    }
    if (!template_I) {
        interp_free(I);
        free(own.p);
    }
    free(src);
    return rc;
}

/* Batch runs (several FILEs) fork each file from a template interpreter
 * that has already imported the ORM, the models and the common standard
 * modules (interp_new_template): every file still starts from a pristine
 * sandbox (the child's copy-on-write image), but none pays for parsing
 * and running those modules again. */
static Interp *make_template(const Budget *budget)
{
    return interp_new_template(budget);
}

/* Milliseconds since t0 (CLOCK_MONOTONIC), for --times. */
static double ms_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

/* Run path in this process on a fresh interpreter, when there is no fork:
 * the template must stay pristine for the children, so it goes. */
static int run_here(const char *path, const Budget *b, int json, const int64_t *now_us, int show_sql)
{
    if (template_I) {
        interp_free(template_I);
        template_I = NULL;
    }
    return run_one(path, b, json, now_us, show_sql);
}

/* How a child ended, as run_one's status (a signal is an internal error). */
static int child_status(const char *path, pid_t pid)
{
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return EXIT_INTERNAL;
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    fprintf(stderr, "ormkata: internal error: running %s ended with signal %d\n", path,
            WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    return EXIT_INTERNAL;
}

/* Reap children that have already exited (their status came by pipe). */
static void reap_done(int block)
{
    while (waitpid(-1, NULL, block ? 0 : WNOHANG) > 0)
        ;
}

/* Batch files run one at a time, each in a spare child: forked from the
 * template ahead of its file, it sets its run up while the file before it
 * runs, then waits for its file's index. The parent forks the next spare
 * as soon as it has handed a file over, so with a second core free
 * neither the fork nor the set-up is in the way of any file after the
 * first. The child prints what run_one prints, then sends its status down
 * a pipe before it exits: the next file starts while the kernel is still
 * tearing this child's memory down (it is reaped later).
 *
 * A spare does no more ahead than the set-up. Measured on two KVM cores
 * (the 66 shared snippets, 15 interleaved rounds): faulting in while it
 * waits what its run will write (the lookup caches, the intern table, the
 * run stack, the arena, the heap) and read (the code) cut its run from
 * 830 to 650 us and its page faults from 169 to 22, but a file's time
 * from hand-over to status stayed at 1,070 us: the work only moves onto
 * the other core, which the next fork and the last child's exit already
 * keep busy, and the file waits for it there. Warming the template's
 * lookup caches by compiling common queries gained 2%. */
typedef struct Spare {
    pid_t pid;          /* 0: none */
    int cmd;            /* write: the file's index */
    int status;         /* read: the child's status byte */
} Spare;

static Spare spare;

static void spare_child(char **files, int cmd, const Budget *b, int json, const int64_t *now_us, int show_sql,
                        int status)
{
    set_up_run(template_I, json, now_us, show_sql);
    template_set_up = 1;
    int32_t idx;
    ssize_t n;
    while ((n = read(cmd, &idx, sizeof idx)) < 0 && errno == EINTR)
        ;
    if (n != (ssize_t)sizeof idx)
        _exit(EXIT_OK);         /* the parent went: no file for this one */
    close(cmd);
    int r = run_one(files[idx], b, json, now_us, show_sql);
    fflush(stdout);
    fflush(stderr);
    unsigned char c = (unsigned char)r;
    while (write(status, &c, 1) < 0 && errno == EINTR)
        ;
    _exit(r);
}

/* Fork a spare; false when the system will not. */
static bool spare_start(char **files, const Budget *b, int json, const int64_t *now_us, int show_sql)
{
    int c[2], st[2];
    if (pipe2(c, O_CLOEXEC) != 0)
        return false;
    if (pipe2(st, O_CLOEXEC) != 0) {
        close(c[0]);
        close(c[1]);
        return false;
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0) {
        close(c[1]);
        close(st[0]);
        spare_child(files, c[0], b, json, now_us, show_sql, st[1]);
    }
    close(c[0]);
    close(st[1]);
    if (pid < 0) {
        close(c[1]);
        close(st[0]);
        return false;
    }
    spare = (Spare){ pid, c[1], st[0] };
    return true;
}

/* Let a spare go unused (the run is over): it exits on seeing no file. */
static void spare_drop(void)
{
    if (spare.pid) {
        close(spare.cmd);
        close(spare.status);
        spare.pid = 0;
    }
}

/* Run files[i] of n in the spare (forking one first if there is none),
 * with the next spare forked while it runs; -1 when there is no fork. */
static int run_spare(char **files, int i, int n, const Budget *b, int json, const int64_t *now_us, int show_sql)
{
    if (!spare.pid && !spare_start(files, b, json, now_us, show_sql))
        return -1;
    Spare cur = spare;
    spare.pid = 0;
    int32_t idx = i;
    ssize_t w;
    while ((w = write(cur.cmd, &idx, sizeof idx)) < 0 && errno == EINTR)
        ;
    close(cur.cmd);
    if (i + 1 < n)
        spare_start(files, b, json, now_us, show_sql);
    unsigned char c;
    ssize_t got = 0;
    if (w == (ssize_t)sizeof idx)
        while ((got = read(cur.status, &c, 1)) < 0 && errno == EINTR)
            ;
    close(cur.status);
    if (got == 1) {
        reap_done(0);
        return c;
    }
    return child_status(files[i], cur.pid);     /* it died before it could answer */
}

/* -j N: up to N files run at once, each in a child whose stdout and
 * stderr go to memory files; the parent prints them in file order once
 * the child has ended, so the output is the same as one at a time. */
typedef struct Job {
    pid_t pid;
    int out, err;               /* the child's stdout and stderr */
    struct timespec t0;
    const char *path;
} Job;

static int capture_fd(void)
{
    int fd = memfd_create("ormkata-run", MFD_CLOEXEC);
    if (fd < 0) {
        FILE *f = tmpfile();
        fd = f ? dup(fileno(f)) : -1;
        if (f)
            fclose(f);
    }
    return fd;
}

/* Start path in a child of the template; false when it could not. */
static bool job_start(Job *j, const char *path, const Budget *b, int json, const int64_t *now_us,
                      int show_sql)
{
    j->path = path;
    j->out = capture_fd();
    j->err = j->out >= 0 ? capture_fd() : -1;
    if (j->err < 0) {
        if (j->out >= 0)
            close(j->out);
        return false;
    }
    fflush(stdout);
    fflush(stderr);
    clock_gettime(CLOCK_MONOTONIC, &j->t0);
    j->pid = fork();
    if (j->pid < 0) {
        close(j->out);
        close(j->err);
        return false;
    }
    if (j->pid == 0) {
        if (dup2(j->out, 1) < 0 || dup2(j->err, 2) < 0)
            _exit(EXIT_INTERNAL);
        int r = run_one(path, b, json, now_us, show_sql);
        fflush(stdout);
        fflush(stderr);
        _exit(r);
    }
    return true;
}

static void copy_out(int fd, FILE *to)
{
    char buf[65536];
    ssize_t n;
    if (lseek(fd, 0, SEEK_SET) == 0)
        while ((n = read(fd, buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
            if (n > 0)
                fwrite(buf, 1, (size_t)n, to);
    close(fd);
}

/* Wait for the job, print what it printed; its status. */
static int job_finish(Job *j, double *ms)
{
    int r = child_status(j->path, j->pid);
    *ms = ms_since(&j->t0);
    copy_out(j->out, stdout);
    fflush(stdout);
    copy_out(j->err, stderr);
    fflush(stderr);
    return r;
}

/* "2024-01-15T12:00:00" or "2024-01-15 12:00[:00[.ffffff]]" or a date alone,
 * as microseconds since 1970 (naive wall clock). */
static int parse_iso(const char *s, int64_t *us)
{
    int y, mo, d, h = 0, mi = 0, sec = 0, n = 0;
    long frac = 0;
    char sep;
    if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3)
        return 0;
    const char *p = s + n;
    if (*p) {
        int m = 0;
        if (sscanf(p, "%c%2d:%2d%n", &sep, &h, &mi, &m) != 3 || (sep != 'T' && sep != ' '))
            return 0;
        p += m;
        if (*p == ':') {
            if (sscanf(p, ":%2d%n", &sec, &m) != 1)
                return 0;
            p += m;
            if (*p == '.') {
                char digits[7] = "000000";
                int k = 0;
                for (p++; *p >= '0' && *p <= '9'; p++)
                    if (k < 6)
                        digits[k++] = *p;
                frac = strtol(digits, NULL, 10);
            }
        }
        if (*p)
            return 0;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59)
        return 0;
    struct tm tm = { .tm_year = y - 1900, .tm_mon = mo - 1, .tm_mday = d, .tm_hour = h, .tm_min = mi, .tm_sec = sec };
    *us = (int64_t)timegm(&tm) * 1000000 + frac;
    return 1;
}

/* Run files[0..n) up to `jobs` at a time (-j); the worst status. A file
 * whose child cannot be started while none is running runs here. */
static int run_jobs(char **files, int n, int jobs, const Budget *b, int json, const int64_t *now_us,
                    int show_sql, int times)
{
    Job *q = calloc((size_t)jobs, sizeof *q);
    if (!q)
        return EXIT_INTERNAL;
    int rc = EXIT_OK, next = 0, done = 0;
    while (done < n) {
        while (template_I && next < n && next - done < jobs &&
               job_start(&q[next % jobs], files[next], b, json, now_us, show_sql))
            next++;
        int r;
        double ms;
        if (next > done) {
            r = job_finish(&q[done % jobs], &ms);
        } else {
            struct timespec t0;
            clock_gettime(CLOCK_MONOTONIC, &t0);
            r = run_here(files[done], b, json, now_us, show_sql);
            ms = ms_since(&t0);
            next++;
        }
        if (times)
            fprintf(stderr, "time\t%s\t%.3f\n", files[done], ms);
        if (r > rc)
            rc = r;
        done++;
    }
    free(q);
    return rc;
}

int cmd_run(int argc, char **argv)
{
    Budget b = budget_default();
    int json = 0, nfiles = 0, rc = EXIT_OK, show_sql = 0, variant = FIXTURE_DEFAULT_VARIANT;
    int times = 0, jobs = 1;
    int64_t now_us = 0;
    int have_now = 0;
    const char *fixture = NULL;
    char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files)
        return EXIT_INTERNAL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        double v;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(run_usage, stdout);
            free(files);
            return EXIT_OK;
        } else if (!strcmp(a, "--json")) {
            json = 1;
        } else if (!strcmp(a, "--now")) {
            if (i + 1 >= argc || !parse_iso(argv[++i], &now_us)) {
                fprintf(stderr, "ormkata run: --now needs a date-time like 2024-01-15T12:00:00\n");
                goto usage;
            }
            have_now = 1;
        } else if (!strcmp(a, "--times")) {
            times = 1;
        } else if (!strcmp(a, "-j") || !strcmp(a, "--jobs")) {
            if (!parse_num(a, i + 1 < argc ? argv[++i] : NULL, &v))
                goto usage;
            if (v < 0 || v != (int)v || v > 4096) {
                fprintf(stderr, "ormkata run: %s needs a whole number of files at a time (0: one per CPU)\n", a);
                goto usage;
            }
            jobs = (int)v;
            if (jobs == 0) {
                long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
                jobs = ncpu > 0 ? (int)ncpu : 1;
            }
        } else if (!strcmp(a, "--sql")) {
            show_sql = 1;
        } else if (!strcmp(a, "--variant")) {
            if (!parse_num(a, i + 1 < argc ? argv[++i] : NULL, &v) || v < 1 || v != (int)v) {
                fprintf(stderr, "ormkata run: --variant needs a whole number >= 1\n");
                goto usage;
            }
            variant = (int)v;
        } else if (!strcmp(a, "--fixture")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "ormkata run: --fixture needs a file of INSERT statements\n");
                goto usage;
            }
            fixture = argv[++i];
        } else if (!strcmp(a, "--max-steps")) {
            if (!parse_num(a, i + 1 < argc ? argv[++i] : NULL, &v)) goto usage;
            b.max_steps = (uint64_t)v;
        } else if (!strcmp(a, "--max-memory")) {
            if (!parse_num(a, i + 1 < argc ? argv[++i] : NULL, &v)) goto usage;
            b.max_bytes = (size_t)(v * 1024 * 1024);
        } else if (!strcmp(a, "--max-depth")) {
            if (!parse_num(a, i + 1 < argc ? argv[++i] : NULL, &v)) goto usage;
            b.max_depth = (int)v;
        } else if (!strcmp(a, "--max-output")) {
            if (!parse_num(a, i + 1 < argc ? argv[++i] : NULL, &v)) goto usage;
            b.max_output = (size_t)(v * 1024);
        } else if (!strcmp(a, "--timeout")) {
            if (!parse_num(a, i + 1 < argc ? argv[++i] : NULL, &v)) goto usage;
            b.max_seconds = v;
        } else if (!strcmp(a, "--")) {
            while (++i < argc)
                files[nfiles++] = argv[i];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "ormkata run: unknown option '%s'\n", a);
            goto usage;
        } else {
            files[nfiles++] = argv[i];
        }
    }
    if (!nfiles) {
        fprintf(stderr, "ormkata run: no FILE given\n");
        goto usage;
    }
    lazy_variant = variant;
    if (fixture && !build_image(variant, fixture)) {
        free(files);
        return EXIT_USAGE;
    }
    sql_color = isatty(2) && !getenv("NO_COLOR");
    if (nfiles > 1 && !getenv("ORMKATA_NO_FORK")) {
        if (!run_image && !build_image(variant, NULL)) {
            free(files);
            return EXIT_USAGE;
        }
        template_I = make_template(&b);
        if (template_I)
            db_preopen(template_I, run_image, run_image_len);
    }
    const int64_t *now = have_now ? &now_us : NULL;
    if (template_I && jobs > 1 && nfiles > 1)
        rc = run_jobs(files, nfiles, jobs, &b, json, now, show_sql, times);
    else
        for (int i = 0; i < nfiles; i++) {
            struct timespec t0;
            clock_gettime(CLOCK_MONOTONIC, &t0);
            int r = template_I ? run_spare(files, i, nfiles, &b, json, now, show_sql) : -1;
            if (r < 0)      /* no template, or no fork: the rest run here */
                r = run_here(files[i], &b, json, now, show_sql);
            if (times)
                fprintf(stderr, "time\t%s\t%.3f\n", files[i], ms_since(&t0));
            if (r > rc)
                rc = r;
        }
    spare_drop();
    free(files);
    reap_done(1);
    if (template_I) {
        interp_free(template_I);
        template_I = NULL;
    }
    sqlite3_free(run_image);
    run_image = NULL;
    return rc;
usage:
    fputs(run_usage, stderr);
    free(files);
    return EXIT_USAGE;
}
