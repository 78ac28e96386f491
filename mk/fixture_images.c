/*
 * mk/fixture_images.c — the kata fixture's database images (variants 1
 * and 2, and the empty schema), written at build time by mk/fixture_image.c and embedded here
 * with .incbin. IMG_DIR is the build's gen/ folder (set by the Makefile).
 */
#include <stddef.h>

#include "fixture.h"

#define INCBIN(name, file)                                                   \
    __asm__(".section .rodata\n"                                            \
            ".balign 16\n"                                                  \
            ".global " #name "\n" #name ":\n"                               \
            ".incbin \"" file "\"\n"                                        \
            ".global " #name "_end\n" #name "_end:\n"                       \
            ".previous\n")

INCBIN(ormkata_fixture_v1, IMG_DIR "/fixture_v1.db");
INCBIN(ormkata_fixture_v2, IMG_DIR "/fixture_v2.db");
INCBIN(ormkata_fixture_schema, IMG_DIR "/fixture_schema.db");

extern const unsigned char ormkata_fixture_v1[], ormkata_fixture_v1_end[];
extern const unsigned char ormkata_fixture_v2[], ormkata_fixture_v2_end[];
extern const unsigned char ormkata_fixture_schema[], ormkata_fixture_schema_end[];

int fixture_prebuilt_schema(const unsigned char **image, size_t *n)
{
    *image = ormkata_fixture_schema;
    *n = (size_t)(ormkata_fixture_schema_end - ormkata_fixture_schema);
    return 1;
}

int fixture_prebuilt(int variant, const unsigned char **image, size_t *n)
{
    if (variant == 1) {
        *image = ormkata_fixture_v1;
        *n = (size_t)(ormkata_fixture_v1_end - ormkata_fixture_v1);
    } else if (variant == 2) {
        *image = ormkata_fixture_v2;
        *n = (size_t)(ormkata_fixture_v2_end - ormkata_fixture_v2);
    } else {
        return 0;
    }
    return 1;
}
