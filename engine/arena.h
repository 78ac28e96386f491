/*
 * arena.h — one bump allocator per interpreter run.
 *
 * Everything a run creates (tokens, AST, values, containers) is allocated
 * here and dies with the arena in one go: no refcounts, no GC, no frees.
 * The arena enforces the run's memory budget: an allocation that would take
 * the total past `limit` calls the `on_limit` hook (the interpreter makes
 * that a fatal MemoryError and never returns), or returns NULL when no hook
 * is set.
 */
#ifndef ORMKATA_ARENA_H
#define ORMKATA_ARENA_H

#include <stddef.h>

typedef struct ArenaChunk ArenaChunk;

typedef struct Arena {
    ArenaChunk *head;       /* current chunk; older ones chained behind it */
    char *cur;              /* next free byte in head */
    char *end;              /* end of head */
    size_t used;            /* bytes handed out (what the budget counts) */
    size_t reserved;        /* bytes obtained from malloc */
    size_t limit;           /* 0 = unlimited */
    size_t huge_from;       /* new chunks on huge pages once reserved reaches this (arena_use_huge_pages) */
    void (*on_limit)(void *ctx, size_t wanted);
    void *ctx;
} Arena;

/* Initialise an empty arena (no memory taken until the first allocation). */
void arena_init(Arena *a, size_t limit);

/* Release every chunk. The arena may be reused after arena_init. */
void arena_free(Arena *a);

/* n bytes, zeroed, 16-byte aligned. Over the limit: on_limit (no return) or NULL.
 * Also NULL (after on_limit, if it returns) when malloc fails. */
void *arena_alloc(Arena *a, size_t n);

/* Grow the block `p` of `old` bytes to `n` bytes. Extends in place when `p`
 * is the most recent allocation, else copies. New bytes are zeroed. */
void *arena_realloc(Arena *a, void *p, size_t old, size_t n);

/* Give back the tail of the block p of `old` bytes beyond `n` when p is the
 * most recent allocation (a finished string builder); else nothing. */
void arena_shrink(Arena *a, void *p, size_t old, size_t n);

/* arena_alloc / arena_realloc leaving the new bytes as they are (not
 * zeroed), for callers that fill every byte themselves (string text). */
void *arena_alloc_raw(Arena *a, size_t n);
void *arena_realloc_raw(Arena *a, void *p, size_t old, size_t n);

/* Take new chunks as 2 MiB transparent huge pages where the system gives
 * them (Linux, MADV_HUGEPAGE) once `after` more bytes have been reserved
 * from now: 0 at once, ARENA_HUGE_NEVER never (the default).
 * - At once, for the arena of a template that many children fork() from:
 *   fork copies one page-table entry per 2 MiB instead of 512.
 * - After a few MiB (ARENA_HUGE_WHEN_BIG), for a program's: one that
 *   allocates a lot faults once per 2 MiB instead of 512 times, and a
 *   small one never zeroes a 2 MiB page it would not fill.
 * A call with after > 0 leaves the rest of a current huge chunk unused:
 * the next allocation (a forked child's) starts a chunk of its own. */
#define ARENA_HUGE_NEVER ((size_t)-1)
#define ARENA_HUGE_WHEN_BIG ((size_t)2 << 20)
void arena_use_huge_pages(Arena *a, size_t after);

/* Copy of s[0..n) with a NUL after it. */
char *arena_strndup(Arena *a, const char *s, size_t n);

#endif
