/* The fuzzer builds the engine alone: no prebuilt fixture or schema images. */
#include <stddef.h>

#include "fixture.h"

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
