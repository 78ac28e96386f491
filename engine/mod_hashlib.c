/*
 * mod_hashlib.c — `_hashlib`: digest/hexdigest(name, data), the one-shot digests
 * of db_hash.c (the SQL functions MD5()…SHA512() share them) for
 * engine/py/hashlib.py, which keeps the data of each hash object and asks
 * for its digest when it is read.
 */
#include <string.h>

#include "db_hash.h"
#include "interp_int.h"
#include "mod_hashlib.h"
#include "utf8.h"

static const struct { const char *name; DbHash kind; } algorithms[] = {
    { "md5", DB_HASH_MD5 },       { "sha1", DB_HASH_SHA1 },     { "sha224", DB_HASH_SHA224 },
    { "sha256", DB_HASH_SHA256 }, { "sha384", DB_HASH_SHA384 }, { "sha512", DB_HASH_SHA512 },
};

/* The digest of argv[1] (bytes) by the algorithm named argv[0], as hex
 * into out (130 bytes); its length. */
static int digest_hex(Interp *I, const char *fname, int argc, const Value *argv, const KwArgs *kw, char *out)
{
    args_exact(I, fname, argc, kw, 2);
    Str *name = v_as_str(I, argv[0], "name");
    if (!(argv[1].tag == V_OBJ && class_of(I, argv[1]) == I->cls.bytes))
        exc_raisef(I, I->cls.TypeError, "%s(): data must be bytes", fname);
    Bytes *b = (Bytes *)argv[1].u.o;
    for (size_t i = 0; i < sizeof algorithms / sizeof *algorithms; i++)
        if (!strcmp(name->s, algorithms[i].name))
            return db_hash_hex(algorithms[i].kind, (const unsigned char *)b->s, (size_t)b->len, out);
    exc_raisef(I, I->cls.ValueError, "unsupported hash type %s", name->s);
}

/* hexdigest(name, data): the digest of the bytes data as lowercase hex. */
static Value h_hexdigest(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    char out[130];
    int n = digest_hex(I, "hexdigest", argc, argv, kw, out);
    return v_obj(str_new_n(I, out, (size_t)n, n));
}

/* digest(name, data): the same digest as bytes. */
static Value h_digest(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    char out[130];
    int n = digest_hex(I, "digest", argc, argv, kw, out);
    unsigned char raw[64];
    for (int i = 0; i < n / 2; i++)
        raw[i] = (unsigned char)(ascii_hex_value(out[2 * i]) << 4 | ascii_hex_value(out[2 * i + 1]));
    return v_obj(bytes_new(I, raw, (size_t)n / 2));
}

Module *mod_hashlib_init(Interp *I)
{
    Module *m = module_new(I, "_hashlib");
    module_add_fn(I, m, "hexdigest", h_hexdigest);
    module_add_fn(I, m, "digest", h_digest);
    return m;
}
