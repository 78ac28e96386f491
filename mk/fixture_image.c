/*
 * mk/fixture_image.c — a build-time tool: write the serialized database
 * of a kata fixture variant, which mk/fixture_images.c then embeds in the
 * binary (so no run generates the 5,000 entries again).
 *
 *   fixture_image VARIANT OUT.db
 */
#include <stdio.h>
#include <stdlib.h>

#include <sqlite3.h>

#include "fixture.h"

/* This tool is what makes the prebuilt images: it has none. */
int fixture_prebuilt(int variant, const unsigned char **image, size_t *n)
{
    (void)variant;
    (void)image;
    (void)n;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: fixture_image VARIANT OUT.db\n");
        return 2;
    }
    unsigned char *img = NULL;
    size_t n = 0;
    char *err = NULL;
    if (fixture_build_image(atoi(argv[1]), &img, &n, &err) != FIXTURE_OK) {
        fprintf(stderr, "fixture_image: %s\n", err ? err : "failed");
        return 1;
    }
    FILE *f = fopen(argv[2], "wb");
    if (!f || fwrite(img, 1, n, f) != n || fclose(f) != 0) {
        perror(argv[2]);
        return 1;
    }
    sqlite3_free(img);
    return 0;
}
