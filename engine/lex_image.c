/*
 * lex_image.c — finds an embedded module's tokens in the build-time image
 * (see lex_image.h; the image is written by mk/lex_image.c).
 */
#include "lex_image.h"

#include <string.h>

#include "embedded.h"

/* The image's header, or NULL when it was made by another build (other
 * Token layout, other module list). */
static const LexImageHeader *image_header(void)
{
    size_t n = (size_t)(lex_image_data_end - lex_image_data);
    const LexImageHeader *h = (const LexImageHeader *)(const void *)lex_image_data;
    if (n < sizeof *h || memcmp(h->magic, LEX_IMAGE_MAGIC, sizeof h->magic) != 0 ||
        h->version != LEX_IMAGE_VERSION || h->tok_size != sizeof(Token) || h->nmods != embedded_py_count ||
        n < sizeof *h + sizeof(LexImageMod) * h->nmods)
        return NULL;
    return h;
}

int lex_image_find(const char *src, size_t len, LexResult *out)
{
    const LexImageHeader *h = image_header();
    if (!h)
        return 0;
    const LexImageMod *mods = (const LexImageMod *)(const void *)(lex_image_data + sizeof *h);
    for (size_t i = 0; i < h->nmods; i++) {
        if (embedded_py[i].src != src)
            continue;
        const LexImageMod *m = &mods[i];
        if (m->ntoks == 0 || m->src_len != len)
            return 0;
        memset(out, 0, sizeof *out);
        out->src = src;
        out->len = len;
        /* the parser only reads tokens; the casts keep LexResult's type */
        out->toks = (Token *)(const void *)(lex_image_data + m->toks_off);
        out->ntoks = (int)m->ntoks;
        out->line_start = (const uint32_t *)(const void *)(lex_image_data + m->lines_off);
        out->nlines = (int)m->nlines;
        out->blocks = (const LexBlock *)(const void *)(lex_image_data + m->blocks_off);
        out->nblocks = (int)m->nblocks;
        return 1;
    }
    return 0;
}
