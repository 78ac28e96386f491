/*
 * regex.h — Python 3.11's regular expressions (the `re` module's syntax and
 * sre's backtracking semantics) over arrays of code points.
 *
 * A pattern is compiled once (regex_compile, engine/regex.c) into a
 * program that regex_exec (engine/regex_exec.c) runs with a backtracking
 * stack on the heap: no C recursion grows with the text. Text and pattern
 * are code points (uint32_t): a str pattern gives Unicode \w \d \s and case
 * folding, a bytes pattern (one code point per byte) ASCII ones. Positions
 * in and out are code-point indices, as Python's str indices.
 *
 * Nothing here knows the interpreter: the caller charges the matcher's
 * steps to its budget through a tick callback that can stop the match.
 */
#ifndef ORMKATA_REGEX_H
#define ORMKATA_REGEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* re's flag values (re.I == 2 …), as CPython numbers them. */
enum {
    REGEX_TEMPLATE = 1, REGEX_I = 2, REGEX_L = 4, REGEX_M = 8, REGEX_S = 16,
    REGEX_U = 32, REGEX_X = 64, REGEX_A = 256, REGEX_DEBUG = 128
};

/* How regex_exec anchors: re.match, re.search, re.fullmatch; or'ed with
 * REGEX_ADVANCE, an empty match at pos is refused (a later one, or a
 * longer one at pos, is taken): what findall, sub and split ask for after
 * an empty match, so that they move on (sre's must_advance). */
enum { REGEX_MATCH = 0, REGEX_SEARCH = 1, REGEX_FULLMATCH = 2, REGEX_ADVANCE = 8 };

/* Results of regex_exec. */
enum { REGEX_NOMATCH = 0, REGEX_FOUND = 1, REGEX_STOPPED = -1, REGEX_NOMEM = -2 };

typedef struct Regex Regex;

/* A compile error: CPython's re.error message and the pattern index it
 * names (-1 when CPython gives none, e.g. "look-behind requires
 * fixed-width pattern"). `kind` is 0 for re.error, 1 for OverflowError
 * ("the repetition number is too large"), 2 for ValueError (flag checks). */
typedef struct RegexError {
    char msg[240];
    long pos;
    int kind;
} RegexError;

/* Compile pat[0..len) with re flags; `bytes` for a bytes pattern. Returns
 * a malloc'd program (regex_free frees it), or NULL with *err filled (also
 * "out of memory" when malloc fails). */
Regex *regex_compile(const uint32_t *pat, size_t len, int flags, bool bytes, RegexError *err);
void regex_free(Regex *re);

/* A copy of re in one block of regex_size(re) bytes at buf (aligned for
 * any type), e.g. in a run's arena; it needs no regex_free. */
size_t regex_size(const Regex *re);
Regex *regex_copy(const Regex *re, void *buf);

/* The flags after inline ones and the str default (re.U added). */
int regex_flags(const Regex *re);
/* Number of capturing groups (Pattern.groups). */
int regex_groups(const Regex *re);
/* The name of group g (1..groups) as UTF-8, or NULL when unnamed. */
const char *regex_group_name(const Regex *re, int g);

/* Called every so often with the steps done since the last call; nonzero
 * stops the match (regex_exec returns REGEX_STOPPED). */
typedef int (*RegexTick)(void *ud, uint64_t steps);

/* Match re against text[0..len) (width 1: one byte per code point, bytes
 * or ASCII text; width 4: uint32_t code points) starting at pos, with the text seen as
 * ending at endpos (pos/endpos already clamped by the caller: 0 <= pos,
 * endpos <= len). On REGEX_FOUND, spans[2g], spans[2g+1] are group g's
 * start and end (-1 when it did not take part), for g in 0..groups, and
 * *lastindex is Match.lastindex (0 for None). `spans` holds
 * 2*(groups+1) entries. `max_stack` caps the backtracking stack in bytes
 * (0: no cap; over it: REGEX_NOMEM). */
int regex_exec(const Regex *re, const void *text, int width, size_t len, size_t pos, size_t endpos,
               int mode, long *spans, int *lastindex, RegexTick tick, void *ud,
               size_t max_stack);

/* Unicode properties sre uses (also for the `re` module's helpers). */
bool regex_is_word(uint32_t c, bool unicode);

#endif
