/*
 * db_hash.h — message digests as lowercase hex (hashlib's hexdigest()),
 * for the MD5()/SHA*() SQL functions; see db_hash.c.
 */
#ifndef ORMKATA_DB_HASH_H
#define ORMKATA_DB_HASH_H

#include <stddef.h>

typedef enum DbHash {
    DB_HASH_MD5, DB_HASH_SHA1, DB_HASH_SHA224, DB_HASH_SHA256, DB_HASH_SHA384, DB_HASH_SHA512
} DbHash;

/* The digest of msg[0..len) as hex into out (at least 129 bytes); returns
 * the number of hex digits written (the string is NUL-terminated). */
int db_hash_hex(DbHash kind, const unsigned char *msg, size_t len, char *out);

#endif
