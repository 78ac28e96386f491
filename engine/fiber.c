/*
 * fiber.c — mmap'd stacks and the context switch under generator
 * functions (fiber.h says what is promised).
 *
 * On x86-64 the switch is eight instructions of assembly: push the
 * callee-saved registers and the SSE/x87 control words, swap stack
 * pointers, pop. Elsewhere it is ucontext's swapcontext (which also saves
 * the signal mask: a system call per switch, so slower, but the same
 * behaviour). A fiber never unwinds into another: gen.c catches every
 * exception and every fatal stop at the fiber's base and switches back.
 */
#include "fiber.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#if !defined(__x86_64__) || defined(FIBER_UCONTEXT)
#define FIBER_USE_UCONTEXT 1
#include <ucontext.h>
#endif

/* ---------------------------------------------------------------- */
/* AddressSanitizer's fiber annotations                             */
/* ---------------------------------------------------------------- */

#if defined(__SANITIZE_ADDRESS__)
#define FIBER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FIBER_ASAN 1
#endif
#endif

#ifdef FIBER_ASAN
void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size);
void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old, size_t *size_old);
void __asan_unpoison_memory_region(void const volatile *addr, size_t size);
#endif

/* The context being left by the switch in progress on this thread: the
 * arriving side records the left stack's bounds there (ASan tells them). */
static _Thread_local FiberCtx *switch_from;

static inline void before_switch(FiberCtx *from, FiberCtx *to, int final)
{
    switch_from = from;
#ifdef FIBER_ASAN
    __sanitizer_start_switch_fiber(final ? NULL : &from->fake_stack, to->stack_lo, to->stack_size);
#else
    (void)to;
    (void)final;
#endif
}

/* In the context just switched into (`self`). */
static inline void after_switch(FiberCtx *self)
{
#ifdef FIBER_ASAN
    FiberCtx *from = switch_from;
    const void *lo = NULL;
    size_t size = 0;
    __sanitizer_finish_switch_fiber(self->fake_stack, &lo, &size);
    if (from && !from->stack_lo) {
        from->stack_lo = lo;
        from->stack_size = size;
    }
#else
    (void)self;
#endif
}

/* ---------------------------------------------------------------- */
/* Fibers and their stacks                                          */
/* ---------------------------------------------------------------- */

/* Released stacks kept for reuse. Untouched pages of a stack cost
 * nothing; a generator may recurse as deep as the budget's max_depth
 * allows, as the run itself may (interp.c gives that one 256 MiB). */
enum { POOL_MAX = 8 };

struct Fiber {
    FiberCtx ctx;
    void *map;                  /* guard page + stack */
    size_t maplen;
    void (*fn)(void *);
    void *arg;
#ifdef FIBER_USE_UCONTEXT
    ucontext_t uc;
#endif
    struct Fiber *next_free;
};

/* Released stacks, shared by every thread (the grader may run variants on
 * threads of their own). */
static Fiber *pool;
static int npool;
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;

static size_t page_size(void)
{
    long p = sysconf(_SC_PAGESIZE);
    return p > 0 ? (size_t)p : 4096;
}

#ifdef FIBER_USE_UCONTEXT

/* ucontext: a FiberCtx's sp points at its ucontext_t. */
static void uc_entry(unsigned hi, unsigned lo)
{
    Fiber *f = (Fiber *)(((uintptr_t)hi << 32) | (uintptr_t)lo);
    f->fn(f->arg);
    abort();    /* fn switches away for the last time instead of returning */
}

static void ctx_init(Fiber *f)
{
    getcontext(&f->uc);
    f->uc.uc_stack.ss_sp = (char *)f->ctx.stack_lo;
    f->uc.uc_stack.ss_size = f->ctx.stack_size;
    f->uc.uc_link = NULL;
    uintptr_t p = (uintptr_t)f;
    makecontext(&f->uc, (void (*)(void))uc_entry, 2, (unsigned)(p >> 32), (unsigned)(p & 0xffffffffu));
    f->ctx.sp = &f->uc;
}

static void raw_switch(FiberCtx *from, FiberCtx *to)
{
    ucontext_t here;
    from->sp = &here;
    swapcontext(&here, (ucontext_t *)to->sp);
}

#else

/* ormkata_fiber_swap(void **save_sp, void *new_sp): System V x86-64. */
void ormkata_fiber_swap(void **save_sp, void *new_sp);
void ormkata_fiber_entry(void);
__asm__(
    ".text\n"
    ".globl ormkata_fiber_swap\n"
    ".type ormkata_fiber_swap,@function\n"
    "ormkata_fiber_swap:\n"
    "    pushq %rbp\n"
    "    pushq %rbx\n"
    "    pushq %r12\n"
    "    pushq %r13\n"
    "    pushq %r14\n"
    "    pushq %r15\n"
    "    subq $8, %rsp\n"
    "    stmxcsr (%rsp)\n"
    "    fnstcw 4(%rsp)\n"
    "    movq %rsp, (%rdi)\n"
    "    movq %rsi, %rsp\n"
    "    ldmxcsr (%rsp)\n"
    "    fldcw 4(%rsp)\n"
    "    addq $8, %rsp\n"
    "    popq %r15\n"
    "    popq %r14\n"
    "    popq %r13\n"
    "    popq %r12\n"
    "    popq %rbx\n"
    "    popq %rbp\n"
    "    ret\n"
    ".size ormkata_fiber_swap, .-ormkata_fiber_swap\n"
    /* A new fiber's first "return" lands here: r12 = arg, r13 = fn. */
    ".globl ormkata_fiber_entry\n"
    ".type ormkata_fiber_entry,@function\n"
    "ormkata_fiber_entry:\n"
    "    movq %r12, %rdi\n"
    "    callq *%r13\n"
    "    ud2\n"
    ".size ormkata_fiber_entry, .-ormkata_fiber_entry\n");

static void ctx_init(Fiber *f)
{
    uintptr_t top = ((uintptr_t)f->ctx.stack_lo + f->ctx.stack_size) & ~(uintptr_t)15;
    uint64_t *sp = (uint64_t *)(top - 64 - 16);
    sp[0] = 0x1F80u | ((uint64_t)0x037Fu << 32);    /* MXCSR, x87 control word */
    sp[1] = 0;                                      /* r15 */
    sp[2] = 0;                                      /* r14 */
    sp[3] = (uint64_t)(uintptr_t)f->fn;             /* r13 */
    sp[4] = (uint64_t)(uintptr_t)f->arg;            /* r12 */
    sp[5] = 0;                                      /* rbx */
    sp[6] = 0;                                      /* rbp */
    sp[7] = (uint64_t)(uintptr_t)ormkata_fiber_entry;
    f->ctx.sp = sp;
}

static void raw_switch(FiberCtx *from, FiberCtx *to)
{
    ormkata_fiber_swap(&from->sp, to->sp);
}

#endif

Fiber *fiber_new(size_t stack, void (*fn)(void *), void *arg)
{
    if (!stack)
        stack = FIBER_STACK_DEFAULT;
    pthread_mutex_lock(&pool_lock);
    Fiber *f = NULL;
    for (Fiber **p = &pool; *p; p = &(*p)->next_free)
        if ((*p)->ctx.stack_size == stack) {
            f = *p;
            *p = f->next_free;
            npool--;
            break;
        }
    pthread_mutex_unlock(&pool_lock);
    if (!f) {
        f = calloc(1, sizeof *f);
        if (!f)
            return NULL;
        size_t guard = page_size();
        f->maplen = stack + guard;
        f->map = mmap(NULL, f->maplen, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                      -1, 0);
        if (f->map == MAP_FAILED) {
            free(f);
            return NULL;
        }
        mprotect(f->map, guard, PROT_NONE);
        f->ctx.stack_lo = (char *)f->map + guard;
        f->ctx.stack_size = stack;
    }
    f->ctx.fake_stack = NULL;
    f->fn = fn;
    f->arg = arg;
    f->next_free = NULL;
    ctx_init(f);
    return f;
}

FiberCtx *fiber_ctx(Fiber *f) { return &f->ctx; }

void fiber_release(Fiber *f)
{
    if (!f)
        return;
#ifdef FIBER_ASAN
    /* The frames still on the stack (a paused generator's, or the base
     * frames of a finished one, which never return) leave their redzones
     * poisoned; the next fiber given this stack would trip over them. The
     * used part is from the saved stack pointer (less a page, for the
     * switch's own frame) to the top. */
    char *lo = (char *)f->ctx.stack_lo, *hi = lo + f->ctx.stack_size;
    char *from = (char *)((uintptr_t)f->ctx.sp & ~(uintptr_t)4095) - 4096;
    if (from < lo || from > hi)
        from = lo;
    __asan_unpoison_memory_region(from, (size_t)(hi - from));
#endif
    pthread_mutex_lock(&pool_lock);
    if (npool < POOL_MAX) {
        f->next_free = pool;
        pool = f;
        npool++;
        f = NULL;
    }
    pthread_mutex_unlock(&pool_lock);
    if (!f)
        return;
    munmap(f->map, f->maplen);
    free(f);
}

void fiber_switch(FiberCtx *from, FiberCtx *to)
{
    before_switch(from, to, 0);
    raw_switch(from, to);
    after_switch(from);
}

_Noreturn void fiber_switch_final(FiberCtx *from, FiberCtx *to)
{
    before_switch(from, to, 1);
    raw_switch(from, to);
    abort();    /* nothing switches back into a finished fiber */
}

void fiber_started(FiberCtx *self)
{
    after_switch(self);
}
