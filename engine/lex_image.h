/*
 * lex_image.h — the tokens of the embedded modules, made at build time.
 *
 * mk/lex_image.c runs lex_run() over every entry of embedded_py[] when the
 * binary is built and writes the results as one image; mk/lex_images.c
 * embeds it (lex_image_data). lex_image_find() hands a module's tokens to
 * the parser as a LexResult that points into the image and at the
 * embedded source itself: nothing is tokenized or copied at run time.
 * The image also lists every indented block (LexResult.blocks), so the
 * parser steps over a lazily parsed def body without reading its tokens.
 * tests/unit/test_lex_image.c checks that the image equals what lex_run()
 * produces now.
 */
#ifndef ORMKATA_LEX_IMAGE_H
#define ORMKATA_LEX_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#include "lex.h"

#define LEX_IMAGE_MAGIC "OKLEXIMG"
enum { LEX_IMAGE_VERSION = 2 };

/* The image: this header, then nmods LexImageMod records (one for each
 * embedded_py[] entry, in order), then the arrays they point at. Offsets
 * are in bytes from the start of the image; every array is 8-aligned. */
typedef struct LexImageHeader {
    char magic[8];              /* LEX_IMAGE_MAGIC, no NUL */
    uint32_t version;           /* LEX_IMAGE_VERSION */
    uint32_t tok_size;          /* sizeof(Token) of the build that made it */
    uint32_t nmods;             /* embedded_py_count */
    uint32_t pad;
} LexImageHeader;

typedef struct LexImageMod {
    uint32_t src_len;           /* strlen of the source it was made from */
    uint32_t ntoks;             /* 0: not in the image (tokenized at run time) */
    uint32_t nlines;
    uint32_t nblocks;
    uint64_t toks_off;          /* ntoks Tokens */
    uint64_t lines_off;         /* nlines + 2 line offsets (LexResult.line_start) */
    uint64_t blocks_off;        /* nblocks LexBlocks: every block that closes, in order */
} LexImageMod;

/* The embedded image (mk/lex_images.c). */
extern const unsigned char lex_image_data[], lex_image_data_end[];

/* If `src` (len bytes) is the source of an embedded_py[] entry that the
 * image holds, fill *out with its tokens (read-only, static: never freed)
 * and return 1; otherwise return 0 and leave *out alone. */
int lex_image_find(const char *src, size_t len, LexResult *out);

#endif
