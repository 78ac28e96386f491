/*
 * mk/fixture_image.c — a build-time tool: write the serialized database
 * of a kata fixture variant, which mk/fixture_images.c then embeds in the
 * binary (so no run generates the 5,000 entries again).
 *
 *   fixture_image VARIANT OUT.db
 *   fixture_image schema OUT.db     the empty schema (no rows)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int fixture_prebuilt_schema(const unsigned char **image, size_t *n)
{
    (void)image;
    (void)n;
    return 0;
}

/* The empty schema, serialized. */
static int schema_image(unsigned char **img, size_t *n, char **err)
{
    sqlite3 *db = NULL;
    int rc = FIXTURE_EINTERNAL;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK && (rc = fixture_create_schema(db, err)) == FIXTURE_OK) {
        sqlite3_int64 len = 0;
        *img = sqlite3_serialize(db, "main", &len, 0);
        *n = (size_t)len;
        rc = *img ? FIXTURE_OK : FIXTURE_EINTERNAL;
    }
    sqlite3_close(db);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: fixture_image VARIANT|schema OUT.db\n");
        return 2;
    }
    unsigned char *img = NULL;
    size_t n = 0;
    char *err = NULL;
    int rc = !strcmp(argv[1], "schema") ? schema_image(&img, &n, &err)
                                        : fixture_build_image(atoi(argv[1]), &img, &n, &err);
    if (rc != FIXTURE_OK) {
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
