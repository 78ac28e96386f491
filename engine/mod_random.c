/*
 * mod_random.c — `_random`: CPython's MT19937 generator (Modules/
 * _randommodule.c), bit for bit, so a seeded kata-Python `random` gives
 * the numbers CPython gives. The class `_random.MT` holds one state;
 * engine/py/random.py turns seeds into init_by_array keys and builds
 * every distribution on random() and getrandbits() as Lib/random.py does.
 */
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "interp_int.h"
#include "mod_random.h"
#include "num.h"

enum { MT_N = 624, MT_M = 397 };

typedef struct MtObj {
    Obj hdr;
    int index;
    uint32_t state[MT_N];
} MtObj;

static MtObj *mt_self(Interp *I, Value v)
{
    Class *c = class_of(I, v);
    if (!(v.tag == V_OBJ && c->inst_size == sizeof(MtObj) && !strcmp(c->name->s, "MT")))
        exc_raisef(I, I->cls.TypeError, "descriptor requires a '_random.MT' object");
    return (MtObj *)v.u.o;
}

/* genrand_uint32 of mt19937ar.c, as CPython has it. */
static uint32_t genrand_uint32(MtObj *self)
{
    static const uint32_t mag01[2] = { 0x0U, 0x9908b0dfU };
    uint32_t *mt = self->state;
    uint32_t y;
    if (self->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        self->index = 0;
    }
    y = mt[self->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void init_genrand(MtObj *self, uint32_t s)
{
    uint32_t *mt = self->state;
    mt[0] = s;
    for (int mti = 1; mti < MT_N; mti++)
        mt[mti] = (1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + (uint32_t)mti);
    self->index = MT_N;
}

static void init_by_array(MtObj *self, const uint32_t *key, size_t key_length)
{
    uint32_t *mt = self->state;
    init_genrand(self, 19650218U);
    size_t i = 1, j = 0;
    size_t k = (MT_N > key_length ? MT_N : key_length);
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= key_length)
            j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;
}

static Value mt_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    MtObj *o = obj_alloc(I, cls, sizeof(MtObj));
    init_genrand(o, 19650218U);
    return v_obj(o);
}

/* MT.init_by_array(self, words): words is a list of ints in [0, 2**32). */
static Value mt_init_by_array(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (argc != 2 || !(argv[1].tag == V_OBJ && argv[1].u.o->cls == I->cls.list))
        exc_raisef(I, I->cls.TypeError, "init_by_array() takes a list of ints");
    MtObj *self = mt_self(I, argv[0]);
    List *l = (List *)argv[1].u.o;
    size_t n = l->len ? (size_t)l->len : 1;
    uint32_t *key = arena_alloc(&I->arena, n * sizeof *key);
    key[0] = 0;
    for (int64_t i = 0; i < l->len; i++)
        key[i] = (uint32_t)int_as_i64(I, l->items[i]);
    init_by_array(self, key, n);
    return v_none();
}

/* MT.random(self): a float in [0, 1) with 53 random bits. */
static Value mt_random(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    MtObj *self = mt_self(I, argv[0]);
    uint32_t a = genrand_uint32(self) >> 5, b = genrand_uint32(self) >> 6;
    return v_float((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

/* MT.genrand32(self, k): the next output shifted down to k bits (1..32). */
static Value mt_genrand32(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    MtObj *self = mt_self(I, argv[0]);
    int64_t k = argc > 1 ? int_as_i64(I, argv[1]) : 32;
    if (k < 1 || k > 32)
        exc_raisef(I, I->cls.ValueError, "k must be in 1..32");
    return v_int(genrand_uint32(self) >> (32 - k));
}

/* MT.getstate(self): (624 words..., index) as CPython's getstate. */
static Value mt_getstate(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    MtObj *self = mt_self(I, argv[0]);
    Tuple *t = tuple_new(I, MT_N + 1);
    for (int i = 0; i < MT_N; i++)
        t->items[i] = v_int(self->state[i]);
    t->items[MT_N] = v_int(self->index);
    return v_obj(t);
}

static Value mt_setstate(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    MtObj *self = mt_self(I, argv[0]);
    if (argc != 2 || !(argv[1].tag == V_OBJ && argv[1].u.o->cls == I->cls.tuple))
        exc_raisef(I, I->cls.TypeError, "state vector must be a tuple");
    Tuple *t = (Tuple *)argv[1].u.o;
    if (t->len != MT_N + 1)
        exc_raisef(I, I->cls.ValueError, "state vector is the wrong size");
    for (int i = 0; i < MT_N; i++) {
        int64_t w = int_as_i64(I, t->items[i]);
        if (w < 0 || w > 0xffffffffLL)
            exc_raisef(I, I->cls.OverflowError, "Python int too large to convert to C unsigned long");
        self->state[i] = (uint32_t)w;
    }
    int64_t index = int_as_i64(I, t->items[MT_N]);
    if (index < 0 || index > MT_N)
        exc_raisef(I, I->cls.ValueError, "invalid state");
    self->index = (int)index;
    return v_none();
}

/* _random.urandom_words(n): n 32-bit words from the OS (for unseeded use). */
static Value r_urandom_words(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    int64_t n = argc ? int_as_i64(I, argv[0]) : 0;
    if (n < 0 || n > MT_N)
        exc_raisef(I, I->cls.ValueError, "bad word count");
    uint32_t buf[MT_N];
    size_t want = (size_t)n * sizeof buf[0], got = 0;
    while (got < want) {
        ssize_t r = getrandom((char *)buf + got, want - got, 0);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    if (got < want) { /* no OS randomness: fall back to the clock and pid, as CPython does */
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        for (int64_t i = 0; i < n; i++)
            buf[i] = (uint32_t)(ts.tv_nsec + i * 2654435761U) ^ (uint32_t)getpid() ^ (uint32_t)ts.tv_sec;
    }
    Value *items = arena_alloc(&I->arena, (size_t)(n ? n : 1) * sizeof *items);
    for (int64_t i = 0; i < n; i++)
        items[i] = v_int(buf[i]);
    return v_obj(list_from(I, n, items));
}

static const TypeOps mt_ops = { .new_ = mt_new };

Module *mod_random_init(Interp *I)
{
    Module *m = module_new(I, "_random");
    Class *mt = class_new_native(I, "MT", "_random", NULL, &mt_ops, sizeof(MtObj), 0);
    class_add_method(I, mt, "init_by_array", mt_init_by_array);
    class_add_method(I, mt, "random", mt_random);
    class_add_method(I, mt, "genrand32", mt_genrand32);
    class_add_method(I, mt, "getstate", mt_getstate);
    class_add_method(I, mt, "setstate", mt_setstate);
    module_set(I, m, "MT", v_obj(mt));
    module_add_fn(I, m, "urandom_words", r_urandom_words);
    return m;
}
