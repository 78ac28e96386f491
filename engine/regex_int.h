/*
 * regex_int.h — what regex.c (parser, code generator) and regex_exec.c
 * (the backtracking matcher) share: the program's instructions and the
 * compiled Regex. Not for other files.
 */
#ifndef ORMKATA_REGEX_INT_H
#define ORMKATA_REGEX_INT_H

#include "regex.h"

/* Instruction flags (RxInst.fl). */
enum {
    RXF_ICASE = 1,      /* case-insensitive */
    RXF_UNI = 2,        /* Unicode classes and folding (str without re.A) */
    RXF_MULTI = 4,      /* ^ $ at lines */
    RXF_DOTALL = 8      /* . matches \n */
};

typedef enum {
    RX_CHAR,            /* arg: the code point */
    RX_ANY,             /* . */
    RX_CLASS,           /* arg: class index */
    RX_AT,              /* arg: RxAt */
    RX_SPLIT,           /* try x, else y */
    RX_JMP,             /* x */
    RX_SAVE,            /* arg: capture slot (2g start, 2g+1 end) */
    RX_REP_INIT,        /* arg: repeat index: count = -1, last = none */
    RX_REP_UNTIL,       /* arg: repeat; min, max (-1 = no max), greedy; body at pc+1; y: exit */
    RX_ONE,             /* single-width item at pc+1 repeated min..max; greedy 0/1/2; y: exit */
    RX_BACKREF,         /* arg: group */
    RX_LOOK,            /* neg, behind (width in min); y: after RX_LOOK_END */
    RX_LOOK_END,
    RX_ATOMIC,          /* y: after RX_ATOMIC_END */
    RX_ATOMIC_END,
    RX_COND,            /* arg: group; y: the "no" branch */
    RX_MATCH
} RxOp;

typedef enum {
    AT_BEGIN, AT_BEGIN_LINE, AT_BEGIN_STRING, AT_END, AT_END_LINE, AT_END_STRING,
    AT_BOUNDARY, AT_NON_BOUNDARY
} RxAt;

typedef struct RxInst {
    uint8_t op, fl, greedy, neg;
    uint32_t arg;
    int32_t y;
    long min, max;
} RxInst;

/* Class categories (RxClass.cats bits). */
enum { CAT_DIGIT = 1, CAT_NOT_DIGIT = 2, CAT_WORD = 4, CAT_NOT_WORD = 8, CAT_SPACE = 16,
       CAT_NOT_SPACE = 32 };

typedef struct RxClass {
    uint32_t *ranges;   /* lo, hi pairs */
    int nranges;
    int cats;
    bool negate;
} RxClass;

struct Regex {
    RxInst *code;
    int ncode;
    RxClass *classes;
    int nclasses;
    int groups;         /* capturing groups */
    int nrepeats;       /* RX_REP_* counters */
    int flags;
    char **names;       /* [groups + 1], NULL when unnamed */
    bool bytes;
};

/* Character tests shared by both files. */
uint32_t regex_lower(uint32_t c, bool uni);
uint32_t regex_upper(uint32_t c, bool uni);
bool regex_class_has(const RxClass *k, uint32_t c, int fl);

#endif
