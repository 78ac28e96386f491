/*
 * interp.c — the interpreter's life cycle: creation (arena, budgets,
 * builtins), running a file as a module on a thread with a large stack,
 * turning the outcome into a Diag and CPython-style error text, the step /
 * time / output budgets, and the module table behind `import`.
 */
#include "obj_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "eval.h"
#include "fiber.h"
#include "gen.h"
#include "mod_datetime.h"
#include "mod_sys.h"
#include "parse.h"
#include "pyprof.h"

Budget budget_default(void)
{
    Budget b = {
        .max_steps = 10000000,
        .max_bytes = 1024u << 20,
        .max_depth = 1000,
        .max_output = 1u << 20,
        .max_sql_steps = 50000000,
        .max_seconds = 5.0,
    };
    return b;
}

double interp_elapsed(const Interp *I)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - I->t_start.tv_sec) + (double)(now.tv_nsec - I->t_start.tv_nsec) / 1e9 +
           I->slept_s;
}

/* "10,000,000": v with thousands separators, as the budget messages show it. */
void interp_commas(char *buf, size_t n, uint64_t v)
{
    char tmp[32];
    int len = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v);
    size_t j = 0;
    for (int i = 0; i < len && j + 1 < n; i++) {
        if (i && (len - i) % 3 == 0 && j + 2 < n)
            buf[j++] = ',';
        buf[j++] = tmp[i];
    }
    buf[j] = 0;
}

/* How often (in steps) the clock is read. */
enum { CLOCK_EVERY = 1 << 14 };

void interp_tick_slow(Interp *I)
{
    if (I->budget.max_steps && I->steps >= I->budget.max_steps) {
        char n[32];
        interp_commas(n, sizeof n, I->budget.max_steps);
        exc_fatal(I, FATAL_STEPS, "stopped after %s steps (the step limit) — is there an infinite loop?", n);
    }
    if (I->budget.max_seconds > 0 && interp_elapsed(I) > I->budget.max_seconds)
        exc_fatal(I, FATAL_TIME, "stopped after %.1f seconds (the time limit) — is there an infinite loop?",
                  I->budget.max_seconds);
    uint64_t next = I->steps + CLOCK_EVERY;
    if (I->budget.max_steps && next > I->budget.max_steps)
        next = I->budget.max_steps;
    I->next_clock_check = next;
}

static void mem_limit(void *ctx, size_t wanted)
{
    Interp *I = ctx;
    if (!I->try_top)
        return; /* during creation: arena_alloc returns NULL */
    I->arena.limit = 0; /* let the report itself allocate */
    exc_fatal(I, FATAL_MEMORY, "stopped: the program needed more than %zu MB of memory (the memory limit)",
              I->budget.max_bytes >> 20);
}

/* Write to stdout or stderr (`to`, NULL when the front end takes none),
 * counting both against the one output budget. */
static void write_budgeted(Interp *I, const InterpOutput *to, const char *s, size_t n)
{
    if (I->budget.max_output && I->out_bytes + n > I->budget.max_output) {
        size_t room = I->budget.max_output - I->out_bytes;
        if (room && to->write)
            to->write(to->ctx, s, room);
        I->out_bytes = I->budget.max_output;
        exc_fatal(I, FATAL_OUTPUT, "stopped: the program printed more than %zu KB (the output limit)",
                  I->budget.max_output >> 10);
    }
    I->out_bytes += n;
    if (to->write)
        to->write(to->ctx, s, n);
}

void interp_write(Interp *I, const char *s, size_t n)
{
    write_budgeted(I, &I->out, s, n);
}

void interp_write_err(Interp *I, const char *s, size_t n)
{
    write_budgeted(I, I->err.write ? &I->err : &I->out, s, n);
}

/* ------------------------------------------------------------------ */
/* Modules                                                              */
/* ------------------------------------------------------------------ */

void interp_add_module(Interp *I, const char *name, ModuleInit init)
{
    ModuleEntry *e = interp_alloc(I, sizeof *e);
    e->name = arena_strndup(&I->arena, name, strlen(name));
    e->init = init;
    e->next = I->modules;
    I->modules = e;
}

void interp_add_source_module(Interp *I, const char *name, const char *filename, const char *src)
{
    interp_add_module(I, name, NULL);
    I->modules->src = src;
    I->modules->filename = filename;
}

/* Run an embedded module's source as the body of a new module. */
static Module *load_source_module(Interp *I, ModuleEntry *e)
{
    size_t len = strlen(e->src);
    ParseError pe;
    memset(&pe, 0, sizeof pe);
    /* Library code: function bodies are parsed when first called. */
    I->parse_lazy_defs = !I->eager_library;
    Node *tree = parse_module(I, e->filename, e->src, len, &pe);
    I->parse_lazy_defs = 0;
    if (!tree)
        exc_raisef(I, I->cls.SystemError, "%s, line %d: %s", e->filename, pe.line, pe.msg);
    Str *file = str_from_cstr(I, e->filename);
    eval_register_static_source(I, file, e->src, len);
    Module *m = module_new(I, e->name);
    /* Registered before its body runs, as CPython's sys.modules is, so a
     * module the body imports may import this one back. */
    e->mod = m;
    module_set(I, m, "__file__", v_obj(file));
    module_set(I, m, "__builtins__", v_obj(I->builtins));
    eval_module(I, tree, m, file);
    return m;
}

/* load_source_module under a catch point: a failed import leaves no
 * half-built module behind, so the next import tries again (as CPython). */
static Module *import_source(Interp *I, ModuleEntry *const e)
{
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) != 0) {
        e->loading = 0;
        e->mod = NULL;
        exc_pop(I, &ef);
        exc_reraise(I);
    }
    Module *m = load_source_module(I, e);
    exc_pop(I, &ef);
    return m;
}

static ModuleEntry *find_module(Interp *I, const char *name)
{
    for (ModuleEntry *e = I->modules; e; e = e->next)
        if (!strcmp(e->name, name))
            return e;
    return NULL;
}

/* Register an already-built module (a file that was run) under `name`. */
static void add_loaded(Interp *I, const char *name, Module *m)
{
    ModuleEntry *e = find_module(I, name);
    if (!e) {
        interp_add_module(I, name, NULL);
        e = I->modules;
    }
    e->mod = m;
}

/* Why a module CPython has is not in the sandbox, for the modules a
 * learner is likely to reach for: a note under the ModuleNotFoundError
 * (its message stays CPython's), or NULL. */
static const char *sandbox_note(const char *name)
{
    static const struct {
        const char *module;
        const char *note;
    } notes[] = {
        { "threading", "ormkata runs your program in one thread: threads, processes and asyncio are not "
                       "in its sandbox. (A kata's check can run two calls as concurrent requests, switching "
                       "at every SQL statement: run_interleaved, see lessons/AUTHORING.md.)" },
        { "_thread", NULL }, { "multiprocessing", NULL }, { "concurrent", NULL }, { "asyncio", NULL },
        { "subprocess", "ormkata's sandbox has no processes, files or network: your program reaches the "
                        "database through Django (Model.objects, django.db.connection.cursor())." },
        { "socket", NULL }, { "shutil", NULL }, { "tempfile", NULL }, { "urllib.request", NULL },
        { "http.client", NULL }, { "requests", NULL }, { "signal", NULL }, { "ctypes", NULL },
        { "sqlite3", "ormkata's sandbox reaches its SQLite database through Django only: use "
                     "django.db.connection.cursor() for raw SQL, as lesson 6 shows." },
    };
    const char *note = NULL;
    for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++) {
        if (notes[i].note)
            note = notes[i].note;   /* a NULL note shares the one above it */
        size_t n = strlen(notes[i].module);
        if (!strncmp(name, notes[i].module, n) && (name[n] == '\0' || name[n] == '.'))
            return note;
    }
    return NULL;
}

Module *interp_import(Interp *I, Str *name)
{
    ModuleEntry *e = find_module(I, name->s);
    if (!e || (!e->mod && !e->init && !e->src)) {
        /* A package prefix of a registered module ("django" for
         * "django.db.models") is an empty package module. */
        size_t n = (size_t)name->len;
        for (ModuleEntry *k = I->modules; k; k = k->next)
            if (!strncmp(k->name, name->s, n) && k->name[n] == '.') {
                Module *m = module_new(I, name->s);
                add_loaded(I, name->s, m);
                return m;
            }
        Module *own = mod_sys_program_module(I, name);
        if (own) {
            add_loaded(I, name->s, own);
            return own;
        }
        /* CPython imports a.b's parent first: a missing `a` is the error */
        const char *last_dot = strrchr(name->s, '.');
        if (last_dot)
            interp_import(I, str_new(I, name->s, (size_t)(last_dot - name->s)));
        Value msg = v_obj(str_fmt(I, "No module named '%s'", name->s));
        Value exc = exc_new(I, I->cls.ModuleNotFoundError, 1, &msg);
        exc_set_attr(I, exc, "name", v_obj(name));
        const char *why = sandbox_note(name->s);
        if (why) {
            List *notes = list_new(I, 1);
            list_append(I, notes, str_value(I, why));
            exc_set_attr(I, exc, "__notes__", v_obj(notes));
        }
        exc_raise(I, exc);
    }
    if (e->mod)
        return e->mod;
    if (e->loading)
        exc_raisef(I, I->cls.ImportError, "cannot import name '%s' (circular import)", name->s);
    /* The parent package first, as CPython imports a.b: a's body runs
     * before a.b's. */
    const char *dot = strrchr(name->s, '.');
    Module *parent = NULL;
    if (dot) {
        /* A parent whose body is running (django.test importing
         * django.test.testcases) is already "imported", as it is in
         * CPython's sys.modules: the child loads without it. */
        Str *pname = str_new(I, name->s, (size_t)(dot - name->s));
        ModuleEntry *pe = find_module(I, pname->s);
        if (!(pe && pe->loading && !pe->mod))
            parent = interp_import(I, pname);
    }
    if (e->mod)             /* the parent's body imported it */
        return e->mod;
    e->loading = 1;
    Module *m;
    m = e->src ? import_source(I, e) : e->init(I);
    e->loading = 0;
    e->mod = m;
    /* Attach it to its parent package: `import a.b` makes a.b reachable. */
    if (parent)
        module_set(I, parent, dot + 1, v_obj(m));
    return m;
}

/* ------------------------------------------------------------------ */
/* Life cycle                                                           */
/* ------------------------------------------------------------------ */

/* builtins_init under a catch point; its own function so that no local of
 * the caller is live across the setjmp. */
static bool init_builtins(Interp *I)
{
    ExcFrame ef;
    exc_push_root(I, &ef);
    if (setjmp(ef.jb) != 0)
        return false;
    builtins_init(I);
    exc_pop(I, &ef);
    return true;
}

static Interp *new_interp(const Budget *budget, const InterpOutput *out, int template)
{
    Interp *I = calloc(1, sizeof *I);
    if (!I)
        return NULL;
    I->budget = budget ? *budget : budget_default();
    if (out)
        I->out = *out;
    arena_init(&I->arena, 0);
    arena_use_huge_pages(&I->arena, template ? 0 : ARENA_HUGE_WHEN_BIG);
    I->eager_library = template;        /* the children share the parsed bodies */
    I->arena.on_limit = mem_limit;
    I->arena.ctx = I;
    I->exc = v_unset();
    I->handling = v_unset();
    I->next_clock_check = CLOCK_EVERY;

    /* Creating the builtins cannot raise in a correct build; if it does,
     * that is an internal error and the interpreter is unusable. */
    if (!init_builtins(I)) {
        interp_free(I);
        return NULL;
    }
    I->arena.limit = I->budget.max_bytes ? I->arena.used + I->budget.max_bytes : 0;
    return I;
}

Interp *interp_new(const Budget *budget, const InterpOutput *out)
{
    return new_interp(budget, out, 0);
}

/* What a template imports before it is forked: the ORM, the models, and
 * the standard modules learner code imports most whose import has no
 * effect a run could tell apart (not random, which seeds itself, nor
 * logging or time, which read the clock). Each child then finds them
 * imported instead of paying 1-4 ms for typing, re or dataclasses. A
 * module that fails to import is left out, so an answer importing it
 * fails just as in a fresh interpreter. */
static const char template_preload[] =
    "try:\n"
    "    import django.db.models, django.db.models.functions, django.db.transaction, django.shortcuts, django.http, django.test\n"
    "    from django.db import connection\n"
    "except Exception:\n"
    "    pass\n"
    "try:\n"
    "    import blog.models, books.models, bank.models\n"
    "except Exception:\n"
    "    pass\n"
    "try: import re\nexcept Exception: pass\n"
    "try: import typing\nexcept Exception: pass\n"
    "try: import dataclasses\nexcept Exception: pass\n"
    "try: import enum\nexcept Exception: pass\n"
    "try: import collections\nexcept Exception: pass\n"
    "try: import functools\nexcept Exception: pass\n"
    "try: import itertools\nexcept Exception: pass\n"
    "try: import operator\nexcept Exception: pass\n"
    "try: import datetime\nexcept Exception: pass\n"
    "try: import decimal\nexcept Exception: pass\n"
    "try: import json\nexcept Exception: pass\n"
    "try: import math\nexcept Exception: pass\n"
    "try: import string\nexcept Exception: pass\n"
    "try: import abc\nexcept Exception: pass\n"
    "try: import contextlib\nexcept Exception: pass\n"
    "try: import copy\nexcept Exception: pass\n"
    "try: import types\nexcept Exception: pass\n";

Interp *interp_new_template(const Budget *budget)
{
    Interp *T = new_interp(budget, NULL, 1);
    if (!T)
        return NULL;
    Diag d;
    if (interp_run(T, "<preload>", "__preload__", template_preload, sizeof template_preload - 1, &d) != RUN_OK) {
        interp_free(T);
        return NULL;
    }
    /* sealed: the memory budget counts from here (the preloaded modules
     * are not a program's), and new memory is taken as usual again */
    T->arena.limit = T->budget.max_bytes ? T->arena.used + T->budget.max_bytes : 0;
    arena_use_huge_pages(&T->arena, ARENA_HUGE_WHEN_BIG);     /* for each child, from its start */
    return T;
}

void interp_free(Interp *I)
{
    if (!I)
        return;
    for (TbEntry *t = I->fatal_tb; t;) {
        TbEntry *n = t->next;
        free(t);
        t = n;
    }
    free(I->error_text);
    free(I->global_repr);
    if (I->db)
        db_close(I);
    gen_release_all(I);
    arena_free(&I->arena);
    free(I);
}

void interp_freeze_now(Interp *I, int64_t unix_us)
{
    I->frozen_now = true;
    I->frozen_now_us = unix_us;
}

void interp_set_output(Interp *I, const InterpOutput *out)
{
    I->out = *out;
}

void interp_set_error_output(Interp *I, const InterpOutput *err)
{
    I->err = err ? *err : (InterpOutput){ NULL, NULL };
}

size_t interp_memory_used(const Interp *I)
{
    return I->arena.used;
}

const char *interp_error_text(Interp *I)
{
    return I->error_text ? I->error_text : "";
}

static void set_error_text(Interp *I, const char *s, size_t n)
{
    free(I->error_text);
    I->error_text = malloc(n + 1);
    if (I->error_text) {
        memcpy(I->error_text, s, n);
        I->error_text[n] = 0;
    }
}

static void copy(char *dst, size_t n, const char *src)
{
    snprintf(dst, n, "%s", src ? src : "");
}

/* The source line `line` (1-based) of src, without its newline. */
static void source_line(const char *src, size_t len, int line, const char **start, size_t *n)
{
    const char *p = src, *end = src + len;
    for (int l = 1; l < line && p < end; p++)
        if (*p == '\n')
            l++;
    const char *q = p;
    while (q < end && *q != '\n' && *q != '\r')
        q++;
    *start = p;
    *n = (size_t)(q - p);
}

/* CPython's display of a SyntaxError in the main file:
 *   File "x.py", line 1
 *     x = = 2
 *         ^
 * SyntaxError: invalid syntax */
static void format_syntax_error(Interp *I, const char *path, const char *src, size_t len,
                                const ParseError *pe, Diag *d)
{
    StrBuf sb;
    sb_init(&sb, I);
    sb_printf(&sb, "  File \"%s\", line %d\n", path, pe->line);
    if (pe->line > 0) {
        const char *ls;
        size_t n;
        source_line(src, len, pe->line, &ls, &n);
        /* CPython strips leading whitespace and shifts the caret. */
        size_t lead = 0;
        while (lead < n && (ls[lead] == ' ' || ls[lead] == '\t' || ls[lead] == '\f'))
            lead++;
        bool printable = utf8_count(ls, n) >= 0;
        if (n > lead && printable) {
            sb_adds(&sb, "    ");
            sb_add(&sb, ls + lead, n - lead);
            sb_addc(&sb, '\n');
            if (pe->col > 0) {
                /* offsets are in characters */
                int64_t start_chars = utf8_count(ls, lead);
                int64_t col = pe->col - 1 - start_chars;
                if (col < 0)
                    col = 0;
                int64_t width = pe->end_col > pe->col ? pe->end_col - pe->col : 1;
                int64_t rest = utf8_count(ls + lead, n - lead);
                if (col > rest)
                    col = rest;
                if (col + width > rest + 1)
                    width = rest + 1 - col > 0 ? rest + 1 - col : 1;
                sb_adds(&sb, "    ");
                for (int64_t i = 0; i < col; i++)
                    sb_addc(&sb, ' ');
                for (int64_t i = 0; i < width; i++)
                    sb_addc(&sb, '^');
                sb_addc(&sb, '\n');
            }
        }
    }
    sb_printf(&sb, "%s: %s\n", pe->kind, pe->msg);
    Str *s = sb_finish(&sb);
    set_error_text(I, s->s, (size_t)s->len);
    d->status = RUN_SYNTAX;
    copy(d->file, sizeof d->file, path);
    d->line = pe->line;
    d->col = pe->col;
    copy(d->kind, sizeof d->kind, pe->kind);
    copy(d->message, sizeof d->message, pe->msg);
}

static void format_fatal(Interp *I, const char *path, Diag *d)
{
    /* The arena may be exhausted: build the text with malloc. */
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    if (!buf)
        return;
    buf[0] = 0;
    int depth = 0;
    for (TbEntry *t = I->fatal_tb; t; t = t->next)
        depth++;
    if (I->fatal_tb)
        len += (size_t)snprintf(buf + len, cap - len, "Traceback (most recent call last):\n");
    int i = 0;
    for (TbEntry *t = I->fatal_tb; t && len + 512 < cap; t = t->next, i++) {
        if (depth > 8 && i == 3) {
            len += (size_t)snprintf(buf + len, cap - len, "  [... %d more frames ...]\n", depth - 6);
        }
        if (depth > 8 && i >= 3 && i < depth - 3)
            continue;
        len += (size_t)snprintf(buf + len, cap - len, "  File \"%s\", line %d, in %s\n",
                                t->filename ? t->filename->s : "?", t->line,
                                t->funcname ? t->funcname->s : "?");
    }
    static const char *const kinds[] = { "", "StepLimit", "MemoryLimit", "OutputLimit", "TimeLimit", "SqlLimit", "InternalError" };
    snprintf(buf + len, cap - len, "%s: %s\n", kinds[I->fatal], I->fatal_msg);
    free(I->error_text);
    I->error_text = buf;
    d->status = I->fatal == FATAL_INTERNAL ? RUN_INTERNAL : RUN_LIMIT;
    copy(d->file, sizeof d->file, path);
    TbEntry *last = I->fatal_tb;
    while (last && last->next)
        last = last->next;
    d->line = last ? last->line : 0;
    copy(d->kind, sizeof d->kind, kinds[I->fatal]);
    copy(d->message, sizeof d->message, I->fatal_msg);
}

static void format_exception(Interp *I, const char *path, Value exc, Diag *d)
{
    volatile int ok = 0;
    ExcFrame ef;
    exc_push_root(I, &ef);
    if (setjmp(ef.jb) == 0) {
        Str *tb = eval_format_traceback(I, exc);
        set_error_text(I, tb->s, (size_t)tb->len);
        /* kind: the class's qualified name, as the conformance harness and
         * Django's own reports name it ("Entry.DoesNotExist"). */
        copy(d->kind, sizeof d->kind, class_of(I, exc)->qualname->s);
        copy(d->message, sizeof d->message, obj_str(I, exc)->s);
        ExcObj *eo = (ExcObj *)exc.u.o;
        TbEntry *t = eo->tb;
        while (t && t->next)
            t = t->next;
        if (t) {
            copy(d->file, sizeof d->file, t->filename ? t->filename->s : path);
            d->line = t->line;
        } else {
            copy(d->file, sizeof d->file, path);
        }
        ok = 1;
        exc_pop(I, &ef);
    }
    if (!ok) {
        I->fatal = FATAL_NONE;
        copy(d->kind, sizeof d->kind, "Exception");
        set_error_text(I, "Exception (its traceback could not be formatted)\n", 49);
    }
    d->status = RUN_EXCEPTION;
}

/* An uncaught SystemExit ends the run as CPython ends the process: no
 * traceback; a code that is neither None nor an int is printed to the
 * program's stderr; d gets the exit status. */
static void handle_system_exit(Interp *I, const char *path, Value exc, Diag *d)
{
    volatile int status = 1;
    ExcFrame ef;
    exc_push_root(I, &ef);
    if (setjmp(ef.jb) == 0) {
        Str *text;
        status = mod_sys_exit_status(I, exc, &text);
        copy(d->message, sizeof d->message, obj_str(I, exc)->s);
        TbEntry *t = ((ExcObj *)exc.u.o)->tb;
        while (t && t->next)
            t = t->next;
        if (t)
            d->line = t->line;
        if (text)
            interp_write_err(I, text->s, (size_t)text->len);
        exc_pop(I, &ef);
    } else {
        /* str() of the code raised, or the output budget ran out: CPython
         * also gives up on the message and exits with 1 */
        I->fatal = FATAL_NONE;
        I->exc = v_unset();
    }
    set_error_text(I, "", 0);
    copy(d->file, sizeof d->file, path);
    copy(d->kind, sizeof d->kind, "SystemExit");
    d->exit_status = status;
    d->status = RUN_EXIT;
}

typedef struct RunJob {
    Interp *I;
    const char *path, *modname, *src;
    size_t len;
    Diag *diag;
    FiberCtx *self;             /* the run's fiber */
    FiberCtx back;              /* interp_run's caller */
} RunJob;

static void run_body(RunJob *j)
{
    Interp *I = j->I;
    Diag *d = j->diag;
    memset(d, 0, sizeof *d);
    copy(d->file, sizeof d->file, j->path);
    I->fatal = FATAL_NONE;
    I->exc = v_unset();
    I->handling = v_unset();
    I->frame = NULL;
    I->depth = 0;
    I->c_depth = 0;
    clock_gettime(CLOCK_MONOTONIC, &I->t_start);
    I->slept_s = 0;
    I->steps = 0;
    I->next_clock_check = CLOCK_EVERY < I->budget.max_steps || !I->budget.max_steps ? CLOCK_EVERY : I->budget.max_steps;

    ExcFrame ef;
    exc_push_root(I, &ef);
    if (setjmp(ef.jb) == 0) {
        ParseError pe;
        memset(&pe, 0, sizeof pe);
        if (I->frozen_now)
            dt_set_frozen_now(I, I->frozen_now_us);
        Str *file = str_from_cstr(I, j->path);
        Node *tree = parse_module(I, j->path, j->src, j->len, &pe);
        if (!tree) {
            exc_pop(I, &ef);
            format_syntax_error(I, j->path, j->src, j->len, &pe, d);
            return;
        }
        eval_register_source(I, file, j->src, j->len);
        if (!strcmp(j->modname, "__main__"))
            mod_sys_set_argv(I, j->path);
        Module *m = module_new(I, j->modname);
        /* the names CPython's __main__ starts with, in its order (no
         * import system here: no loader, spec or cached file) */
        module_set(I, m, "__package__", v_none());
        module_set(I, m, "__loader__", v_none());
        module_set(I, m, "__spec__", v_none());
        module_set(I, m, "__annotations__", v_obj(dict_new(I)));
        module_set(I, m, "__builtins__", v_obj(I->builtins));
        module_set(I, m, "__file__", v_obj(file));
        module_set(I, m, "__cached__", v_none());
        add_loaded(I, j->modname, m);
        I->main = m;
        eval_module(I, tree, m, file);
        exc_pop(I, &ef);
        d->status = RUN_OK;
        return;
    }
    if (I->fatal) {
        format_fatal(I, j->path, d);
        return;
    }
    Value exc = I->exc;
    I->exc = v_unset();
    if (obj_isinstance(I, exc, I->cls.SystemExit))
        handle_system_exit(I, j->path, exc, d);
    else
        format_exception(I, j->path, exc, d);
    return;
}

/* The program runs on a stack of its own so that it gets a large C stack
 * (deep recursion in the tree walker, nested reprs) whatever the host's:
 * a fiber, not a thread. A thread cost a clone, TLS setup and, once the
 * process had two threads, TLB-shootdown interrupts on every unmapping:
 * 15% of a forked snippet's time. */
enum { RUN_STACK = 256u << 20 };

static void run_fiber(void *arg)
{
    RunJob *j = arg;
    fiber_started(j->self);
    run_body(j);
    fiber_switch_final(j->self, &j->back);
}

RunStatus interp_run(Interp *I, const char *path, const char *modname, const char *src, size_t len, Diag *diag)
{
    RunJob job = { I, path, modname ? modname : "__main__", src, len, diag, NULL, { 0 } };
    pyprof_begin(I);
    Fiber *f = fiber_new(RUN_STACK, run_fiber, &job);
    if (f) {
        job.self = fiber_ctx(f);
        fiber_switch(&job.back, job.self);
        fiber_release(f);
    } else {
        run_body(&job);
    }
    pyprof_end(I, path);
    return diag->status;
}

const char *interp_global_repr(Interp *I, const char *name, Diag *diag)
{
    if (!I->main)
        return NULL;
    free(I->global_repr);
    I->global_repr = NULL;
    volatile int ok = 0;
    ExcFrame ef;
    exc_push_root(I, &ef);
    if (setjmp(ef.jb) == 0) {
        Value v = dict_get_cstr(I, I->main->dict, name);
        if (!v_is_unset(v)) {
            Str *r = obj_repr(I, v);
            I->global_repr = malloc((size_t)r->len + 1);
            if (I->global_repr)
                memcpy(I->global_repr, r->s, (size_t)r->len + 1);
        }
        ok = 1;
        exc_pop(I, &ef);
    }
    if (!ok && diag) {
        if (I->fatal)
            format_fatal(I, diag->file, diag);
        else {
            Value exc = I->exc;
            I->exc = v_unset();
            format_exception(I, diag->file, exc, diag);
        }
    }
    return I->global_repr;
}
