/*
 * gen.h — generator functions: a def (or lambda) whose body holds `yield`
 * or `yield from` returns a generator object when called, and the body
 * runs on a fiber of its own (fiber.h), resumed by next()/send()/throw()/
 * close() and paused at each yield, as CPython 3.11 behaves.
 *
 * The class `generator` is created here and shared with comp.c's
 * generator expressions (both are `generator` objects, as in CPython).
 */
#ifndef ORMKATA_GEN_H
#define ORMKATA_GEN_H

#include "obj.h"

struct Func;
struct Frame;
struct Node;

/* Create the class `generator` (I->cls.generator) and its methods. */
void gen_init(Interp *I);

/* A generator object for a call of f whose arguments are bound in
 * loc[0 .. f->scope->nslots) (copied: loc may be on the value stack). */
Value gen_new(Interp *I, struct Func *f, const Value *loc);

/* Evaluate `yield x` / `yield from x` in frame fr of a running generator
 * (the scope pass allows them nowhere else). */
Value gen_yield_expr(Interp *I, struct Frame *fr, struct Node *n);
Value gen_yield_from(Interp *I, struct Frame *fr, struct Node *n);

/* What next(it) raises when `it` is exhausted: StopIteration(value) for a
 * generator that has just returned a value, else the class StopIteration. */
Value gen_stop_exc(Interp *I, Value it);

/* Unmap the fibers of generators left unfinished (interp_free). */
void gen_release_all(Interp *I);

#endif
