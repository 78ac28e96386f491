/*
 * fiber.h — C stacks of their own: for each program run, and for each
 * generator function.
 *
 * The evaluator is recursive C. A program runs on a large stack of its own
 * (interp_run), whatever the host gave the calling thread; a generator
 * paused at a `yield` keeps its C frames on a stack of its own. Each is a
 * fiber. fiber_switch() saves the running context and jumps to another;
 * nothing else is saved (the callers, interp.c and gen.c, save the
 * interpreter's per-thread state around it).
 *
 * Stacks are mmap'd (the size asked for reserved, pages touched only as the
 * fiber uses them, a guard page below) and go back to a small pool when a
 * fiber is released; a fork()ed child inherits the pool, so a template's
 * children find the run stack already mapped. Under AddressSanitizer every
 * switch is announced with __sanitizer_start/finish_switch_fiber.
 */
#ifndef ORMKATA_FIBER_H
#define ORMKATA_FIBER_H

#include <stddef.h>

/* A saved context: the stack pointer of a paused fiber (or of the thread
 * that switched into one), plus its stack's bounds for the sanitizer. */
typedef struct FiberCtx {
    void *sp;
    const void *stack_lo;       /* lowest address of its stack (ASan), or NULL */
    size_t stack_size;
    void *fake_stack;           /* ASan's fake-stack handle while switched out */
} FiberCtx;

typedef struct Fiber Fiber;

/* A new fiber that will run fn(arg) on its first fiber_switch into it,
 * on a stack of `stack` bytes (0: FIBER_STACK_DEFAULT). fn must never
 * return: it switches away for the last time instead (with
 * fiber_switch_final). NULL when no stack could be mapped. Release with
 * fiber_release once it will not run again. */
enum { FIBER_STACK_DEFAULT = 64u << 20 };
Fiber *fiber_new(size_t stack, void (*fn)(void *), void *arg);
FiberCtx *fiber_ctx(Fiber *f);
void fiber_release(Fiber *f);

/* Save the current context in *from and continue in *to. Returns when
 * something switches back into *from. */
void fiber_switch(FiberCtx *from, FiberCtx *to);
/* The same, for a fiber leaving for the last time (its stack may be
 * reused as soon as it is back in the pool). */
_Noreturn void fiber_switch_final(FiberCtx *from, FiberCtx *to);

/* Call first thing in a fiber's fn: finishes the switch that started it. */
void fiber_started(FiberCtx *self);

#endif
