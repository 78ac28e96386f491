/*
 * mk/lex_images.c — the embedded modules' tokens (engine/lex_image.h),
 * written at build time by mk/lex_image.c and embedded here with .incbin.
 * IMG_DIR is the build's gen/ folder (set by the Makefile).
 */
#include "lex_image.h"

__asm__(".section .rodata\n"
        ".balign 16\n"
        ".global lex_image_data\n"
        "lex_image_data:\n"
        ".incbin \"" IMG_DIR "/lex_image.bin\"\n"
        ".global lex_image_data_end\n"
        "lex_image_data_end:\n"
        ".previous\n");
