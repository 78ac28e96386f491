/*
 * unparse.h — an expression's syntax tree back to source text, the way
 * CPython's compiler writes annotations under `from __future__ import
 * annotations` (PEP 563): normalised spacing, reprs for constants, and
 * only the parentheses operator precedence needs.
 */
#ifndef ORMKATA_UNPARSE_H
#define ORMKATA_UNPARSE_H

#include "ast.h"

/* The source text of expression `e` as CPython 3.11's ast_unparse.c writes
 * an annotation (`int|None` → "int | None", `Dict[str,int]` →
 * "Dict[str, int]", `'Entry'` → "'Entry'"). The Str lives in the arena.
 * Raises only on memory exhaustion (reprs of constants). */
Str *unparse_expr(Interp *I, const Node *e);

#endif
