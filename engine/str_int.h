/*
 * str_int.h — private helpers shared by the files that implement str and
 * bytes (str.c, str_methods.c, str_case.c, str_format.c, bytes.c). Nothing
 * outside those files should include it: the public API is obj.h's "str.c"
 * section.
 */
#ifndef ORMKATA_STR_INT_H
#define ORMKATA_STR_INT_H

#include "interp_int.h"
#include "utf8.h"

/* Per-interpreter state of the str type, hung off I->cls.str->ext. */
typedef struct StrState {
    Str *chars[128];            /* one-character ASCII strings, made on first use */
    /* The last char-index → byte-offset lookup in a non-ASCII string, so a
     * loop indexing s[i], s[i+1], … walks the text only once. */
    const Str *pos_str;
    int64_t pos_char, pos_byte;
} StrState;

/* A Str of `len` bytes whose text the caller fills in (NUL already placed),
 * with nchars = len (ASCII) until the caller says otherwise. Never fails
 * (memory overruns are fatal). */
Str *str_alloc(Interp *I, int64_t len);
/* `t += b` where the slot t held a (see str.c): appends in place into a
 * when `owned`; *owned_out says whether the result may be stored owned.
 * The evaluator (eval_stmt.c) is its only other caller. */
Str *str_iadd(Interp *I, Str *a, bool owned, Str *b, bool *owned_out);
/* The same for bytes (bytes.c). */
Bytes *bytes_iadd(Interp *I, Bytes *a, bool owned, Bytes *b, bool *owned_out);
/* The one-character string for cp (cached for ASCII). */
Str *str_from_cp(Interp *I, uint32_t cp);
/* Byte offset of code point index ci (0 <= ci <= nchars). */
int64_t str_byte_offset(Interp *I, const Str *s, int64_t ci);
/* Code points [cstart, cend) of s as a new string (s itself when whole). */
Str *str_substr(Interp *I, Str *s, int64_t cstart, int64_t cend);
/* Number of code points in s[0..len) (our own valid text). */
int64_t str_count_chars(const char *s, size_t len);
/* sb_finish when the caller knows the code point count. */
Str *sb_finish_n(StrBuf *sb, int64_t nchars);
/* Add code point cp, UTF-8 encoded. */
void sb_addcp(StrBuf *sb, uint32_t cp);
/* Make sure `n` more bytes fit without another reallocation. */
void sb_reserve(StrBuf *sb, size_t n);

/* The str of a method's receiver argv[0], or CPython's "descriptor 'upper'
 * for 'str' objects doesn't apply to a 'int' object". */
Str *str_self(Interp *I, int argc, const Value *argv, const char *meth);

/* CPython's argument-count errors, in the wording each calling convention
 * uses. `n` counts the arguments after the receiver. */
/* "str.upper() takes no arguments (1 given)", "... takes no keyword arguments" */
void str_args_none(Interp *I, const char *qualname, int n, const KwArgs *kw);
/* "str.join() takes exactly one argument (0 given)" */
void str_args_one(Interp *I, const char *qualname, int n, const KwArgs *kw);
/* Old style: "find() takes at least 1 argument (0 given)",
 * "split() takes at most 2 arguments (3 given)". qualname is for the
 * keyword refusal "str.find() takes no keyword arguments" (NULL: not checked). */
void str_args_old(Interp *I, const char *name, const char *qualname, int n, const KwArgs *kw,
                  int min, int max);
/* Argument Clinic style: "replace expected at least 2 arguments, got 1". */
void str_args_clinic(Interp *I, const char *name, const char *qualname, int n,
                     const KwArgs *kw, int min, int max);
/*
 * Positional-or-keyword parameters for the few methods that take keywords
 * (split, splitlines, encode, expandtabs, decode, str()). Fills out[0..nnames)
 * with V_UNSET for missing ones. Errors as CPython:
 * "split() takes at most 2 arguments (3 given)",
 * "'foo' is an invalid keyword argument for split()",
 * "argument for split() given by name ('sep') and position (1)".
 */
void str_args_kw(Interp *I, const char *name, int n, const Value *args, const KwArgs *kw,
                 int nnames, const char *const *names, Value *out);

/* A slice bound for find/count/startswith…: None/unset → dflt, else an
 * index (TypeError "slice indices must be integers or None or have an
 * __index__ method"), clamped CPython's way to [0, len]. */
int64_t str_slice_bound(Interp *I, Value v, int64_t len, int64_t dflt);
/* An integer argument ("'str' object cannot be interpreted as an integer"). */
int64_t str_arg_index(Interp *I, Value v);

/* Register the methods of str_methods.c / str_case.c / str_format.c. */
void str_methods_init(Interp *I, Class *cls);
void str_case_init(Interp *I, Class *cls);
void str_format_init(Interp *I, Class *cls);

/* The hash str and bytes share (never -1). */
int64_t str_hash_bytes(const void *data, size_t n);

/* Byte search helpers (memmem with a fast one-byte path). */
const char *str_memfind(const char *hay, size_t hlen, const char *needle, size_t nlen);
const char *str_memrfind(const char *hay, size_t hlen, const char *needle, size_t nlen);

/* The UTF-8 codec with CPython's errors for encode/decode: Bytes from text
 * and Str from bytes. encoding: "utf-8", "ascii", "latin-1" and spellings;
 * errors: "strict", "ignore", "replace" (and "backslashreplace" on encode). */
Bytes *str_encode(Interp *I, Str *s, const char *encoding, const char *errors);
Str *str_decode(Interp *I, const unsigned char *p, size_t len, const char *encoding,
                const char *errors);

static inline bool str_is_ascii(const Str *s) { return s->nchars == s->len; }

#endif
