/*
 * mk/lex_image.c — a build-time tool: tokenize every embedded module
 * (embedded_py[], linked in from the build's gen/embedded_py.c) with the
 * engine's own lexer and write the tokens as one image, which
 * mk/lex_images.c embeds in the binary. A run then parses the ORM's
 * modules straight from that image (engine/lex_image.c) instead of
 * tokenizing about 300 KB of source in every process.
 *
 *   lex_image OUT.bin
 *
 * The layout (native byte order and struct layout: the image is made and
 * read by the same build) is described in engine/lex_image.h. A module
 * the image cannot stand for (its source has a tokenizer error or is not
 * already in normalised form) is written with no tokens; the run then
 * tokenizes it as before.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "interp_int.h"
#include "lex.h"
#include "lex_image.h"

/* Append n bytes to the growing image; returns their offset. */
static size_t put(unsigned char **img, size_t *len, size_t *cap, const void *p, size_t n)
{
    while (*len + n + 8 > *cap) {
        *cap = *cap ? *cap * 2 : 1 << 20;
        *img = realloc(*img, *cap);
        if (!*img) {
            fprintf(stderr, "lex_image: out of memory\n");
            exit(1);
        }
    }
    while (*len % 8) /* every array starts 8-aligned */
        (*img)[(*len)++] = 0;
    size_t off = *len;
    memcpy(*img + off, p, n);
    *len += n;
    return off;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: lex_image OUT.bin\n");
        return 2;
    }
    Interp *I = calloc(1, sizeof *I);
    if (!I)
        return 1;
    arena_init(&I->arena, 0);

    size_t nmods = embedded_py_count;
    LexImageHeader h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, LEX_IMAGE_MAGIC, sizeof h.magic);
    h.version = LEX_IMAGE_VERSION;
    h.tok_size = (uint32_t)sizeof(Token);
    h.nmods = (uint32_t)nmods;
    LexImageMod *mods = calloc(nmods ? nmods : 1, sizeof *mods);
    unsigned char *img = NULL;
    size_t len = 0, cap = 0;
    put(&img, &len, &cap, &h, sizeof h);
    size_t mods_off = put(&img, &len, &cap, mods, sizeof *mods * nmods);

    for (size_t i = 0; i < nmods; i++) {
        const char *src = embedded_py[i].src;
        size_t n = strlen(src);
        LexResult R;
        lex_run(I, embedded_py[i].filename, src, n, &R);
        LexImageMod *m = &mods[i];
        m->src_len = (uint32_t)n;
        if (R.has_error || R.len != n || memcmp(R.src, src, n) != 0) {
            fprintf(stderr, "lex_image: %s is tokenized at run time (%s)\n", embedded_py[i].filename,
                    R.has_error ? R.error.msg : "not in normalised form");
            continue;
        }
        m->ntoks = (uint32_t)R.ntoks;
        m->nlines = (uint32_t)R.nlines;
        m->toks_off = put(&img, &len, &cap, R.toks, sizeof(Token) * (size_t)R.ntoks);
        /* line_start has nlines + 2 entries (index 0 and the one past the
         * last line are not lines, but the parser may read the latter) */
        m->lines_off = put(&img, &len, &cap, R.line_start, sizeof(uint32_t) * (size_t)(R.nlines + 2));
        /* every block that closes, in token order (lex_block's table) */
        LexBlock *blocks = calloc((size_t)R.ntoks, sizeof *blocks);
        if (!blocks)
            return 1;
        int nb = 0;
        for (int k = 0; k < R.ntoks; k++)
            if (R.toks[k].kind == T_INDENT && lex_block_scan(&R, k, &blocks[nb]))
                nb++;
        m->nblocks = (uint32_t)nb;
        m->blocks_off = put(&img, &len, &cap, blocks, sizeof *blocks * (size_t)nb);
        free(blocks);
    }
    memcpy(img + mods_off, mods, sizeof *mods * nmods);

    FILE *f = fopen(argv[1], "wb");
    if (!f || fwrite(img, 1, len, f) != len || fclose(f) != 0) {
        perror(argv[1]);
        return 1;
    }
    free(img);
    free(mods);
    arena_free(&I->arena);
    free(I);
    return 0;
}
