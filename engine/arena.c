/*
 * arena.c — the run's bump allocator (see arena.h for the promises).
 *
 * Chunks come from malloc: 1 MiB by default, or exactly the request when a
 * single allocation is larger. The memory budget counts bytes handed out, so
 * a program that asks for `[0] * 10**9` is refused before anything is taken.
 */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>


struct ArenaChunk {
    ArenaChunk *prev;
    size_t size;                /* bytes of data[] */
    size_t mapped;              /* bytes mmap()ed for a huge chunk; 0: malloc()ed */
    _Alignas(16) char data[];
};

enum { CHUNK_DEFAULT = 1 << 20, ALIGN = 16, HUGE_PAGE = 2 << 20 };

void arena_init(Arena *a, size_t limit)
{
    memset(a, 0, sizeof *a);
    a->limit = limit;
    a->huge_from = ARENA_HUGE_NEVER;
}

void arena_free(Arena *a)
{
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *prev = c->prev;
        if (c->mapped)
            munmap(c, c->mapped);
        else
            free(c);
        c = prev;
    }
    a->head = NULL;
    a->cur = a->end = NULL;
    a->used = a->reserved = 0;
}

static int over_limit(Arena *a, size_t n)
{
    if (a->limit == 0)
        return 0;
    return n > a->limit || a->used > a->limit - n;
}

static void *refuse(Arena *a, size_t n)
{
    if (a->on_limit)
        a->on_limit(a->ctx, n);
    return NULL;
}

/* A 2 MiB chunk on a 2 MiB boundary, advised for a transparent huge page;
 * NULL when the system will not map one. */
static ArenaChunk *map_huge_chunk(void)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    size_t span = 2 * (size_t)HUGE_PAGE;
    char *p = mmap(NULL, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    char *c = (char *)(((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
    if (c > p)
        munmap(p, (size_t)(c - p));
    if (c + HUGE_PAGE < p + span)
        munmap(c + HUGE_PAGE, (size_t)(p + span - (c + HUGE_PAGE)));
    (void)madvise(c, HUGE_PAGE, MADV_HUGEPAGE);
    ArenaChunk *chunk = (ArenaChunk *)c;
    chunk->size = HUGE_PAGE - sizeof *chunk;
    chunk->mapped = HUGE_PAGE;
    return chunk;
#else
    return NULL;
#endif
}

static int new_chunk(Arena *a, size_t need)
{
    ArenaChunk *c = a->reserved >= a->huge_from && need <= HUGE_PAGE / 2 ? map_huge_chunk() : NULL;
    size_t size = c ? c->size : need > CHUNK_DEFAULT / 2 ? need : CHUNK_DEFAULT;
    if (!c) {
        c = malloc(sizeof *c + size);
        if (!c)
            return 0;
        c->size = size;
        c->mapped = 0;
    }
    c->prev = a->head;
    a->head = c;
    a->cur = c->data;
    a->end = c->data + size;
    a->reserved += size;
    return 1;
}

/* The allocator behind arena_alloc and arena_alloc_raw; zero: clear the block. */
static inline __attribute__((always_inline)) void *alloc(Arena *a, size_t n, int zero)
{
    if (n == 0)
        n = 1;
    if (n > SIZE_MAX / 2)
        return refuse(a, n);
    n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (over_limit(a, n))
        return refuse(a, n);
    if (!a->cur || (size_t)(a->end - a->cur) < n) {
        if (n > CHUNK_DEFAULT / 2) {
            /* A big block gets a chunk of its own, slotted behind the
             * current one so the bump pointer keeps its free space. */
            ArenaChunk *c = malloc(sizeof *c + n);
            if (!c)
                return refuse(a, n);
            a->reserved += n;
            a->used += n;
            c->size = n;
            c->mapped = 0;
            if (a->head) {
                c->prev = a->head->prev;
                a->head->prev = c;
            } else {
                c->prev = NULL;
                a->head = c;
                a->cur = a->end = c->data + n;
            }
            if (zero)
                memset(c->data, 0, n);
            return c->data;
        }
        if (!new_chunk(a, n))
            return refuse(a, n);
    }
    void *p = a->cur;
    a->cur += n;
    a->used += n;
    if (zero)
        memset(p, 0, n);
    return p;
}

void *arena_alloc(Arena *a, size_t n)
{
    return alloc(a, n, 1);
}

void *arena_alloc_raw(Arena *a, size_t n)
{
    return alloc(a, n, 0);
}

static inline __attribute__((always_inline)) void *grow(Arena *a, void *p, size_t old, size_t n, int zero)
{
    if (!p)
        return alloc(a, n, zero);
    if (n <= old)
        return p;
    size_t old_al = (old + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    size_t n_al = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    /* The most recent allocation can grow in place. */
    if ((char *)p + old_al == a->cur && (size_t)(a->end - (char *)p) >= n_al) {
        size_t extra = n_al - old_al;
        if (over_limit(a, extra))
            return refuse(a, extra);
        if (zero)
            memset(a->cur, 0, extra);
        a->cur += extra;
        a->used += extra;
        return p;
    }
    void *q = alloc(a, n, zero);
    if (q)
        memcpy(q, p, old);
    return q;
}

void *arena_realloc(Arena *a, void *p, size_t old, size_t n)
{
    return grow(a, p, old, n, 1);
}

void *arena_realloc_raw(Arena *a, void *p, size_t old, size_t n)
{
    return grow(a, p, old, n, 0);
}

void arena_shrink(Arena *a, void *p, size_t old, size_t n)
{
    size_t old_al = (old + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    size_t n_al = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (!p || n_al >= old_al || (char *)p + old_al != a->cur)
        return;
    a->cur = (char *)p + n_al;
    a->used -= old_al - n_al;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = 0;
    }
    return p;
}

void arena_use_huge_pages(Arena *a, size_t after)
{
    /* A template sealed for fork: leave the rest of the current huge
     * chunk, so what comes next goes to chunks of its own. A forked child
     * writing there would copy the template's pages one by one (and split
     * its huge pages) where fresh ones are only zeroed. */
    if (after > 0 && a->head && a->head->mapped)
        a->cur = a->end;
    a->huge_from = after > ARENA_HUGE_NEVER - a->reserved ? ARENA_HUGE_NEVER : a->reserved + after;
}
