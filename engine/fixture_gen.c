/*
 * fixture_gen.c — generates the rows of the kata fixture.
 *
 * The fixture is the data every kata runs on: 20+ blogs with 5,000+ entries
 * (2005-2025) and their authors, 500+ books with authors, publishers and
 * stores, and a small bank. Rows come from pools of names and phrases and a
 * seeded PRNG (splitmix64), using integer arithmetic only and one PRNG draw
 * per statement (C leaves the order of calls within an expression
 * unspecified), so every machine and compiler produces the same rows.
 * Variant 1 has round sizes and friendly ids (Beatles Blog is blog 1, Alice
 * account 1); other variants draw other sizes, names, orders and values.
 *
 * Values are shaped the way Django 5.2's SQLite backend stores them: dates
 * 'YYYY-MM-DD', datetimes 'YYYY-MM-DD HH:MM:SS[.ffffff]' (USE_TZ=False),
 * decimals as the text of the Decimal ('23.09'; Django binds str(Decimal)
 * and the column's NUMERIC affinity converts it), floats as REAL literals.
 *
 * Edge cases lessons rely on (tests/unit/test_fixture.c checks them): a blog
 * with no entries ("Coming Soon") and one with a single entry ("One Hit
 * Wonder"), entries without authors, authors who never wrote, headlines
 * repeated across blogs (never within one), "Lennon"/"lennon"/"LENNON"
 * casings, quotes, % and _ in text, empty bodies, an author with an empty
 * e-mail, a publisher with no books, a store with none and one with three,
 * a free book, an account at 0 and one with no transfers.
 */
#include "fixture_gen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ PRNG */

/* splitmix64: tiny, fast, and the same sequence everywhere. */
typedef struct Rng {
    uint64_t s;
} Rng;

static uint64_t rng_next(Rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* A number in [0, n) (n >= 1), by multiply-shift on the top 32 bits. */
static int rng_below(Rng *r, int n)
{
    return (int)(((rng_next(r) >> 32) * (uint64_t)(uint32_t)n) >> 32);
}

/* True with probability percent/100. */
static int rng_chance(Rng *r, int percent)
{
    return rng_below(r, 100) < percent;
}

static int32_t days_from_civil(int y, int m, int d);

/* A random day of year y (days 1-28 only, so every month works). Each draw is
 * its own statement: C leaves the order of calls in one expression unspecified,
 * and the output must not depend on the compiler. */
static int32_t rng_day_in_year(Rng *r, int y)
{
    int m = 1 + rng_below(r, 12);
    int d = 1 + rng_below(r, 28);
    return days_from_civil(y, m, d);
}

static void shuffle_ints(Rng *r, int *a, int n)
{
    for (int i = n - 1; i > 0; i--) {
        int j = rng_below(r, i + 1);
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

/* ------------------------------------------------------------------ dates */

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
static int32_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int32_t z, int *y, int *m, int *d)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

/* 'YYYY-MM-DD' into out (at least 11 bytes); returns the length (10). */
static size_t format_date(char *out, int32_t day)
{
    int y, m, d;
    civil_from_days(day, &y, &m, &d);   /* years 1000-9999 only: the fixture's are 1985-2025 */
    out[0] = (char)('0' + y / 1000 % 10);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
    return 10;
}

/* ------------------------------------------------------------------ text helpers */

/* Append NUL-terminated s to dst (capacity cap, current length n), truncating;
 * returns the new length. dst stays NUL-terminated. */
static size_t cat(char *dst, size_t cap, size_t n, const char *s)
{
    while (*s && n + 1 < cap)
        dst[n++] = *s++;
    dst[n] = '\0';
    return n;
}

/* Append template `t` with every "{}" replaced by `arg`. */
static size_t cat_fill(char *dst, size_t cap, size_t n, const char *t, const char *arg)
{
    while (*t && n + 1 < cap) {
        if (t[0] == '{' && t[1] == '}') {
            n = cat(dst, cap, n, arg);
            t += 2;
        } else {
            dst[n++] = *t++;
        }
    }
    dst[n] = '\0';
    return n;
}

static void ascii_case(char *s, int upper)
{
    for (; *s; s++) {
        if (upper && *s >= 'a' && *s <= 'z')
            *s = (char)(*s - 'a' + 'A');
        else if (!upper && *s >= 'A' && *s <= 'Z')
            *s = (char)(*s - 'A' + 'a');
    }
}

/* ------------------------------------------------------------------ tables */

/* Column order is the model's field order, as Django's INSERTs have it. */
static const FixtureTable TABLES[FT_COUNT] = {
    {"blog_blog", 3, {"id", "name", "tagline"}},
    {"blog_author", 3, {"id", "name", "email"}},
    {"blog_entry", 9, {"id", "blog_id", "headline", "body_text", "pub_date", "mod_date",
                       "number_of_comments", "number_of_pingbacks", "rating"}},
    {"blog_entry_authors", 3, {"id", "entry_id", "author_id"}},
    {"books_author", 3, {"id", "name", "age"}},
    {"books_publisher", 2, {"id", "name"}},
    {"books_book", 7, {"id", "name", "pages", "price", "rating", "publisher_id", "pubdate"}},
    {"books_book_authors", 3, {"id", "book_id", "author_id"}},
    {"books_store", 2, {"id", "name"}},
    {"books_store_books", 3, {"id", "store_id", "book_id"}},
    {"bank_account", 3, {"id", "owner", "balance"}},
    {"bank_transfer", 5, {"id", "source_id", "target_id", "amount", "created"}},
};

const FixtureTable *fixture_gen_table(int table)
{
    return &TABLES[table];
}

static FixtureVal vint(int64_t i)
{
    FixtureVal v = {FV_INT, i, NULL};
    return v;
}

static FixtureVal vtext(const char *s)
{
    FixtureVal v = {FV_TEXT, 0, s};
    return v;
}

static FixtureVal vnum(const char *s)
{
    FixtureVal v = {FV_NUM, 0, s};
    return v;
}

/* ------------------------------------------------------------------ the pools */

enum { TH_BEATLES, TH_DJANGO, TH_PYTHON, TH_CHEESE, TH_SQL, TH_LIFE, TH_COUNT };
#define NTOPIC 15
#define NTMPL 30
#define NCOMBO (TH_COUNT * NTOPIC * NTMPL)

typedef struct Theme {
    const char *topics[NTOPIC];
    const char *closers[3];
} Theme;

/* Topics are cased as people write them, so `contains` and `icontains` differ. */
static const Theme THEMES[TH_COUNT] = {
    {{"Lennon", "John Lennon", "Paul McCartney", "Abbey Road", "the White Album", "Sgt. Pepper",
      "Let It Be", "Ringo's drumming", "Yoko Ono", "the Cavern Club", "Revolver", "Penny Lane",
      "George Harrison", "Beatlemania", "lennon's lyrics"},
     {"John Lennon would have had something to say about it.", "Play it loud.",
      "Abbey Road is still on repeat here."}},
    {{"Django", "the Django ORM", "QuerySets", "select_related", "prefetch_related", "migrations",
      "the Django admin", "class-based views", "Django templates", "F() expressions",
      "atomic transactions", "the N+1 problem", "django signals", "get_object_or_404",
      "model managers"},
     {"Django makes this pleasant.", "As always, check the SQL your QuerySets run.",
      "The ORM is lazy; you should be too."}},
    {{"Python", "Python 3.11", "list comprehensions", "generators", "decorators", "type hints",
      "asyncio", "the GIL", "pytest", "dataclasses", "f-strings", "virtualenvs", "packaging",
      "python's data model", "the walrus operator"},
     {"Python makes this easy.", "Readability counts.", "Beautiful is better than ugly."}},
    {{"cheddar", "Gouda", "Brie", "Stilton", "Camembert", "Parmigiano", "goat's cheese", "fondue",
      "Roquefort", "Wensleydale", "Emmental", "Manchego", "raclette", "cheese boards", "Comté"},
     {"Serve at room temperature.", "Cheese makes everything better.",
      "Pair it with a good chutney."}},
    {{"SQLite", "indexes", "EXPLAIN QUERY PLAN", "joins", "PostgreSQL", "window functions",
      "GROUP BY", "NULL", "query plans", "normalisation", "100% test coverage",
      "snake_case names", "deadlocks", "foreign keys", "the LIKE operator"},
     {"Always read the query plan.", "Indexes are not free.", "SQLite handles this well."}},
    {{"remote work", "coffee", "conferences", "open source", "burnout", "code review",
      "pair programming", "DjangoCon", "PyCon", "side projects", "mentoring", "Liverpool",
      "café culture", "the Beatles", "python meetups"},
     {"Take a break now and then.", "See you at the next meetup.", "Coffee helps."}},
};

static const char *const HEADLINE_TMPL[NTMPL] = {
    "Thoughts on {}", "Why I love {}", "What's new with {}", "All about {}", "Notes on {}",
    "A closer look at {}", "Getting started with {}", "{}: a beginner's guide",
    "Ten things about {}", "The trouble with {}", "In defence of {}", "Revisiting {}",
    "{} in practice", "Lessons learned from {}", "A week with {}", "{} tips and tricks",
    "Understanding {}", "{} explained", "Is {} overrated?", "Rethinking {}",
    "Quick note on {}", "Deep dive: {}", "Frequently asked questions about {}", "More on {}",
    "Still thinking about {}", "Everything you know about {} is wrong",
    "How I learned to love {}", "{} for the impatient", "A love letter to {}",
    "Back to basics: {}",
};

static const char *const BODY_OPEN[6] = {
    "This post is about {}.", "Today I want to talk about {}.",
    "I have been thinking about {} a lot lately.", "A reader asked me about {}.",
    "Here is what I learned about {} this month.", "Some notes on {}, mostly for my future self.",
};

static const char *const BODY_FILL[10] = {
    "It turned out to be simpler than I expected.", "There are a few gotchas, though.",
    "The documentation covers most of it.", "I learned this the hard way.",
    "Your mileage may vary.", "Let me know what you think in the comments.",
    "More on this next week.", "Thanks for reading!", "I will keep this short.",
    "This one took a while to write.",
};

enum { BK_NORMAL, BK_FIXED, BK_EMPTY, BK_ONE };

typedef struct BlogDef {
    const char *name, *tagline;
    int theme, kind;
} BlogDef;

/* The first six are in every variant (lessons name them); the rest are drawn. */
#define BLOG_MANDATORY 6
static const BlogDef BLOG_POOL[] = {
    {"Beatles Blog", "All the latest Beatles news.", TH_BEATLES, BK_FIXED},
    {"Django Diary", "Notes on the web framework for perfectionists with deadlines.", TH_DJANGO, BK_FIXED},
    {"Python Pulse", "Weekly Python tips.", TH_PYTHON, BK_FIXED},
    {"Cheddar Talk", "Gouda stuff only.", TH_CHEESE, BK_FIXED},
    {"Coming Soon", "Nothing here yet.", TH_LIFE, BK_EMPTY},
    {"One Hit Wonder", "Just the one post.", TH_BEATLES, BK_ONE},
    {"Abbey Road Reviews", "Track by track, album by album.", TH_BEATLES, BK_NORMAL},
    {"Liverpool Lately", "News from Merseyside.", TH_BEATLES, BK_NORMAL},
    {"Ringo's Rhythm", "Drums, drummers and drumming.", TH_BEATLES, BK_NORMAL},
    {"Lennon Letters", "Imagine all the blog posts.", TH_BEATLES, BK_NORMAL},
    {"The Query Set", "Lazy by default.", TH_DJANGO, BK_NORMAL},
    {"Migration Notes", "Schema changes without tears.", TH_DJANGO, BK_NORMAL},
    {"Template Tales", "Rendering, one block at a time.", TH_DJANGO, BK_NORMAL},
    {"Debug Diaries", "Stories from the stack trace.", TH_DJANGO, BK_NORMAL},
    {"ORM Odyssey", "A long journey through the Django ORM.", TH_DJANGO, BK_NORMAL},
    {"Async Adventures", "await-ing the future.", TH_PYTHON, BK_NORMAL},
    {"Snake Charmer", "Python, gently.", TH_PYTHON, BK_NORMAL},
    {"Test Driven", "Red, green, refactor.", TH_PYTHON, BK_NORMAL},
    {"Tiny Tutorials", "Short lessons for busy people.", TH_PYTHON, BK_NORMAL},
    {"Kata Corner", "Practice makes permanent.", TH_PYTHON, BK_NORMAL},
    {"Pythonic Thoughts", "There should be one obvious way to do it.", TH_PYTHON, BK_NORMAL},
    {"under_score", "snake_case all the way down.", TH_PYTHON, BK_NORMAL},
    {"The Cheese Board", "Reviews from the cheese counter.", TH_CHEESE, BK_NORMAL},
    {"Brie Encounters", "Soft cheese, strong opinions.", TH_CHEESE, BK_NORMAL},
    {"SQL Sundays", "One query every Sunday.", TH_SQL, BK_NORMAL},
    {"Index Matters", "Making slow queries fast.", TH_SQL, BK_NORMAL},
    {"N+1 Hunters", "We find the queries you did not mean to run.", TH_SQL, BK_NORMAL},
    {"Data Driven", "Numbers, tables and the occasional chart.", TH_SQL, BK_NORMAL},
    {"Query Plans Explained", "EXPLAIN before you optimise.", TH_SQL, BK_NORMAL},
    {"The 100% Club", "Coverage, uptime and other percentages.", TH_SQL, BK_NORMAL},
    {"Coffee & Code", "Brewing software since 2009.", TH_LIFE, BK_NORMAL},
    {"Weekend Hacker", "Side projects, Saturday mornings.", TH_LIFE, BK_NORMAL},
    {"Café Society", "Writing from a different café every week.", TH_LIFE, BK_NORMAL},
    {"Open Source Weekly", "What happened in open source this week.", TH_LIFE, BK_NORMAL},
    {"Night Owl Notes", "Written after midnight.", TH_LIFE, BK_NORMAL},
    {"Deploy Friday", "What could possibly go wrong?", TH_LIFE, BK_NORMAL},
};
#define BLOG_POOL_N ((int)(sizeof BLOG_POOL / sizeof BLOG_POOL[0]))

typedef struct NamePart {
    const char *name, *slug;        /* slug: ASCII, lower case, for e-mail addresses */
} NamePart;

#define NFIRST 40
#define NLAST 40
static const NamePart FIRST[NFIRST] = {
    {"Ada", "ada"}, {"Alan", "alan"}, {"Barbara", "barbara"}, {"Brian", "brian"},
    {"Carlos", "carlos"}, {"Chloe", "chloe"}, {"Daniel", "daniel"}, {"Dennis", "dennis"},
    {"Elena", "elena"}, {"Emma", "emma"}, {"Fatima", "fatima"}, {"Grace", "grace"},
    {"Hannah", "hannah"}, {"Hiro", "hiro"}, {"Ines", "ines"}, {"Ivan", "ivan"},
    {"Jamal", "jamal"}, {"Julia", "julia"}, {"Kai", "kai"}, {"Karen", "karen"},
    {"Leo", "leo"}, {"Linus", "linus"}, {"Margaret", "margaret"}, {"Maya", "maya"},
    {"Nadia", "nadia"}, {"Omar", "omar"}, {"Priya", "priya"}, {"Quentin", "quentin"},
    {"Rosa", "rosa"}, {"Sam", "sam"}, {"Siobhán", "siobhan"}, {"Björn", "bjorn"},
    {"Zoë", "zoe"}, {"José", "jose"}, {"Anaïs", "anais"}, {"Tom", "tom"},
    {"Uma", "uma"}, {"Victor", "victor"}, {"Wei", "wei"}, {"Yuki", "yuki"},
};
static const NamePart LAST[NLAST] = {
    {"Smith", "smith"}, {"Jones", "jones"}, {"Taylor", "taylor"}, {"Brown", "brown"},
    {"Williams", "williams"}, {"Wilson", "wilson"}, {"Evans", "evans"}, {"Thomas", "thomas"},
    {"Johnson", "johnson"}, {"Roberts", "roberts"}, {"Walker", "walker"}, {"Wright", "wright"},
    {"Robinson", "robinson"}, {"Thompson", "thompson"}, {"White", "white"}, {"Hughes", "hughes"},
    {"Edwards", "edwards"}, {"Green", "green"}, {"Hall", "hall"}, {"Wood", "wood"},
    {"Harris", "harris"}, {"Clarke", "clarke"}, {"Jackson", "jackson"}, {"Patel", "patel"},
    {"Nguyen", "nguyen"}, {"Kim", "kim"}, {"Chen", "chen"}, {"Okafor", "okafor"},
    {"Kowalski", "kowalski"}, {"Rossi", "rossi"}, {"Silva", "silva"}, {"Novak", "novak"},
    {"Nakamura", "nakamura"}, {"Müller", "muller"}, {"García", "garcia"}, {"O'Brien", "obrien"},
    {"D'Angelo", "dangelo"}, {"van der Berg", "vanderberg"}, {"Lindqvist", "lindqvist"},
    {"Dubois", "dubois"},
};

static const char *const DOMAINS[4] = {"example.com", "example.org", "example.net",
                                       "mail.example.com"};

/* Blog authors every variant has; the Beatles are the Beatles Blog's regulars. */
#define NFIXED_AUTHORS 8
#define NBEATLES 4
static const char *const FIXED_AUTHORS[NFIXED_AUTHORS][2] = {
    {"John Lennon", "john@example.com"}, {"Paul McCartney", "paul@example.com"},
    {"George Harrison", "george@example.com"}, {"Ringo Starr", "ringo@example.com"},
    {"Joe", "joe@example.com"}, {"Ada Lovelace", "ada@example.org"},
    {"Grace Hopper", "grace@example.org"}, {"Anonymous", ""},
};

#define PUB_MANDATORY 3
static const char *const PUBLISHER_POOL[] = {
    "Apress", "Sams", "Prentice Hall", "O'Reilly Media", "No Starch Press", "Manning",
    "Packt", "The Pragmatic Bookshelf", "Addison-Wesley", "Wiley", "Leanpub",
    "Two Scoops Press", "Feisty Duck", "Cheddar & Sons",
};
#define PUBLISHER_POOL_N ((int)(sizeof PUBLISHER_POOL / sizeof PUBLISHER_POOL[0]))

#define NBTMPL 20
#define NBSUBJ 40
static const char *const BOOK_TMPL[NBTMPL] = {
    "{}", "Learning {}", "Mastering {}", "Practical {}", "Pro {}", "{} Cookbook",
    "{} in Action", "{} Unleashed", "{} for Beginners", "The Definitive Guide to {}",
    "Two Scoops of {}", "Teach Yourself {} in 24 Hours", "Head First {}", "{}: The Good Parts",
    "{} Pocket Reference", "Fluent {}", "Effective {}", "The Art of {}", "{} the Hard Way",
    "Essential {}",
};
static const char *const BOOK_SUBJ[NBSUBJ] = {
    "Django", "Python", "SQL", "SQLite", "PostgreSQL", "Web Development", "Data Science",
    "Machine Learning", "Algorithms", "Software Testing", "Clean Code", "Rust", "Go",
    "JavaScript", "Linux", "Git", "Networking", "Security", "Cheese Making", "Home Brewing",
    "Statistics", "Compilers", "Databases", "Regular Expressions", "Concurrency", "REST APIs",
    "Design Patterns", "Unix", "TypeScript", "Refactoring", "Accessibility", "Typography",
    "Gardening", "the Beatles", "Bread Baking", "Chess", "Photography", "Microservices",
    "Kubernetes", "Emacs",
};

/* Amazon stocks nearly everything, Corner Shop three books, Pop-up Shop none. */
#define STORE_MANDATORY 4
static const char *const STORE_POOL[] = {
    "Amazon", "Barnes & Noble", "Corner Shop", "Pop-up Shop", "Powell's Books", "Foyles",
    "Waterstones", "Blackwell's", "Book Depository", "Strand Bookstore", "City Lights",
    "Shakespeare and Company", "Daunt Books", "Hatchards", "Librairie Mollat", "Kinokuniya",
    "Tattered Cover", "Elliott Bay Book Company", "Moe's Books", "Half Price Books",
    "Dussmann das KulturKaufhaus", "El Ateneo Grand Splendid", "Livraria Lello", "Bücherbogen",
};
#define STORE_POOL_N ((int)(sizeof STORE_POOL / sizeof STORE_POOL[0]))

static const char *const OWNER_POOL[] = {
    "Alice", "Bob", "Carol", "Dave", "Eve", "Frank", "Grace", "Heidi", "Ivan", "Judy",
    "Mallory", "Niaj", "Olivia", "Peggy", "Rupert", "Sybil", "Trent", "Victor", "Walter", "Wendy",
};
#define OWNER_POOL_N ((int)(sizeof OWNER_POOL / sizeof OWNER_POOL[0]))

/* ------------------------------------------------------------------ generator state */

typedef struct Sizes {
    int blogs, blog_authors, entries;
    int book_authors, publishers, books, stores;
    int accounts, transfers;
} Sizes;

typedef struct Gen {
    Rng rng;
    FixtureSink *sink;
    int variant;
    int rc;                 /* nonzero once the sink failed or memory ran out */
    Sizes sz;
} Gen;

static void emit(Gen *g, int table, const FixtureVal *v)
{
    if (!g->rc)
        g->rc = g->sink->row(g->sink, table, v);
}

/* Variant 1 has round numbers; every other variant other (larger) counts. */
static void pick_sizes(Gen *g)
{
    Sizes *s = &g->sz;
    if (g->variant == 1) {
        *s = (Sizes){24, 60, 5000, 60, 10, 500, 20, 12, 150};
        return;
    }
    Rng *r = &g->rng;
    s->blogs = 25 + rng_below(r, 4);
    s->blog_authors = 61 + rng_below(r, 10);
    s->entries = 5001 + rng_below(r, 700);
    s->book_authors = 61 + rng_below(r, 10);
    s->publishers = 10;
    s->books = 501 + rng_below(r, 60);
    s->stores = 20;
    s->accounts = 13 + rng_below(r, 5);
    s->transfers = 151 + rng_below(r, 60);
}

/* Choose k of the npool pool indices into out: the first `mandatory` always,
 * the rest at random. Variant 1 keeps pool order (friendly ids: Beatles Blog
 * is blog 1); other variants shuffle, so ids move. npool <= 64. */
static void choose_from_pool(Gen *g, int npool, int mandatory, int k, int *out)
{
    int idx[64];
    for (int i = 0; i < npool; i++)
        idx[i] = i;
    shuffle_ints(&g->rng, idx + mandatory, npool - mandatory);
    memcpy(out, idx, (size_t)k * sizeof *out);
    if (g->variant == 1) {
        for (int i = 1; i < k; i++)         /* insertion sort: k is small */
            for (int j = i; j > 0 && out[j - 1] > out[j]; j--) {
                int t = out[j];
                out[j] = out[j - 1];
                out[j - 1] = t;
            }
    } else {
        shuffle_ints(&g->rng, out, k);
    }
}

/* A set of small integers (at most 4096), one bit each. */
typedef struct Bits {
    uint64_t w[64];
} Bits;

static int bits_test_set(Bits *b, int i)
{
    uint64_t m = (uint64_t)1 << (i & 63);
    int was = (b->w[i >> 6] & m) != 0;
    b->w[i >> 6] |= m;
    return was;
}

/* A free index in [0, n) of b, marked used: random probes, then a scan.
 * Returns -1 when all n are used. */
static int bits_take(Rng *r, Bits *b, int n)
{
    for (int t = 0; t < 24; t++) {
        int i = rng_below(r, n);
        if (!bits_test_set(b, i))
            return i;
    }
    int start = rng_below(r, n);
    for (int k = 0; k < n; k++) {
        int i = (start + k) % n;
        if (!bits_test_set(b, i))
            return i;
    }
    return -1;
}

typedef struct Person {
    char name[64];
    char email[96];
} Person;

/* n people: the `nfixed` fixed ones first (name/email pairs, may be 0), then
 * distinct first+last names from the pools with e-mail addresses. */
static void make_people(Gen *g, Person *p, int n, const char *const (*fixed)[2], int nfixed)
{
    Bits used = {{0}};
    for (int i = 0; i < n; i++) {
        if (i < nfixed) {
            snprintf(p[i].name, sizeof p[i].name, "%s", fixed[i][0]);
            snprintf(p[i].email, sizeof p[i].email, "%s", fixed[i][1]);
            continue;
        }
        int c = bits_take(&g->rng, &used, NFIRST * NLAST);
        const NamePart *f = &FIRST[c / NLAST], *l = &LAST[c % NLAST];
        snprintf(p[i].name, sizeof p[i].name, "%s %s", f->name, l->name);
        const char *dom = DOMAINS[rng_below(&g->rng, 4)];
        if (rng_chance(&g->rng, 4)) {   /* mixed case, for iexact katas */
            snprintf(p[i].email, sizeof p[i].email, "%s.%s@%s", f->slug, l->slug, dom);
            p[i].email[0] = (char)(p[i].email[0] - 'a' + 'A');
            char *dot = strchr(p[i].email, '.');
            if (dot && dot[1] >= 'a' && dot[1] <= 'z')
                dot[1] = (char)(dot[1] - 'a' + 'A');
        } else {
            snprintf(p[i].email, sizeof p[i].email, "%s.%s@%s", f->slug, l->slug, dom);
        }
    }
}

/* ------------------------------------------------------------------ blog */

typedef struct BlogGen {
    int pool;
    int32_t start, end;     /* active days, inclusive */
    int weight, quota;
    int nreg;
    int reg[4];             /* regular authors (indices into the author array) */
} BlogGen;

enum { ST_NORMAL, ST_LOWER, ST_UPPER, ST_HELLO };

typedef struct EntryGen {
    int32_t pub, mod;
    uint64_t seed;          /* drives the body text */
    int blog;               /* index into blogs (id - 1) */
    int combo;              /* theme/topic/template of the headline */
    int idx;                /* generation order: the tie-breaker when sorting */
    uint16_t comments, pingbacks;
    uint8_t rating, style, part, nauth;
    uint16_t auth[3];       /* author indices, ascending */
} EntryGen;

static int entry_cmp(const void *a, const void *b)
{
    const EntryGen *x = a, *y = b;
    if (x->pub != y->pub)
        return x->pub < y->pub ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static void render_headline(char *out, size_t cap, const EntryGen *e)
{
    if (e->style == ST_HELLO) {
        cat(out, cap, 0, "Hello, world!");
        return;
    }
    int theme = e->combo / (NTOPIC * NTMPL);
    int topic = e->combo / NTMPL % NTOPIC;
    const char *tmpl = HEADLINE_TMPL[e->combo % NTMPL];
    size_t n = cat_fill(out, cap, 0, tmpl, THEMES[theme].topics[topic]);
    if (out[0] >= 'a' && out[0] <= 'z')
        out[0] = (char)(out[0] - 'a' + 'A');
    if (e->part > 1) {
        char sfx[24];
        snprintf(sfx, sizeof sfx, " (part %d)", e->part);
        cat(out, cap, n, sfx);
    }
    if (e->style == ST_LOWER)
        ascii_case(out, 0);
    else if (e->style == ST_UPPER)
        ascii_case(out, 1);
}

/* 0 to 4 sentences; about 1 entry in 100 has an empty body (blank=True-like). */
static void render_body(char *out, size_t cap, const EntryGen *e, const char *blog_name)
{
    Rng r = {e->seed};
    out[0] = '\0';
    if (e->style == ST_HELLO) {
        size_t n = cat_fill(out, cap, 0, "Welcome to {}! ", blog_name);
        cat(out, cap, n, "This is the first post; more soon.");
        return;
    }
    if (rng_below(&r, 100) == 0)
        return;
    int theme = e->combo / (NTOPIC * NTMPL);
    const char *topic = THEMES[theme].topics[e->combo / NTMPL % NTOPIC];
    size_t n = cat_fill(out, cap, 0, BODY_OPEN[rng_below(&r, 6)], topic);
    int nfill = 1 + rng_below(&r, 2);
    int first = rng_below(&r, 10);
    for (int i = 0; i < nfill; i++) {
        n = cat(out, cap, n, " ");
        n = cat(out, cap, n, BODY_FILL[(first + 3 * i) % 10]);
    }
    if (rng_chance(&r, 50)) {
        n = cat(out, cap, n, " ");
        cat(out, cap, n, THEMES[theme].closers[rng_below(&r, 3)]);
    }
}

/* Number of comments: many zero, most small, a few popular posts. */
static int draw_comments(Rng *r)
{
    int u = rng_below(r, 1000);
    if (u < 200) return 0;
    if (u < 650) return 1 + rng_below(r, 9);
    if (u < 930) return 10 + rng_below(r, 60);
    return 70 + rng_below(r, 600);
}

static int draw_pingbacks(Rng *r)
{
    int u = rng_below(r, 1000);
    if (u < 450) return 0;
    if (u < 850) return 1 + rng_below(r, 5);
    if (u < 980) return 6 + rng_below(r, 20);
    return 26 + rng_below(r, 150);
}

/* Entry authors: ~8% none, else 1-3, mostly the blog's regulars, sometimes a
 * guest; silent authors never write. Stored ascending, no duplicates. */
static void draw_entry_authors(Gen *g, EntryGen *e, const BlogGen *b, const int *writers,
                               int nwriters)
{
    Rng *r = &g->rng;
    int u = rng_below(r, 100);
    int want = u < 8 ? 0 : u < 65 ? 1 : u < 90 ? 2 : 3;
    e->nauth = 0;
    for (int k = 0; k < want; k++) {
        int a = rng_chance(r, 85) ? b->reg[rng_below(r, b->nreg)]
                                  : writers[rng_below(r, nwriters)];
        int dup = 0;
        for (int j = 0; j < e->nauth; j++)
            dup |= e->auth[j] == a;
        if (dup)
            continue;
        int j = e->nauth++;
        while (j > 0 && e->auth[j - 1] > a) {
            e->auth[j] = e->auth[j - 1];
            j--;
        }
        e->auth[j] = (uint16_t)a;
    }
}

static void gen_blog(Gen *g)
{
    Rng *r = &g->rng;
    const Sizes *sz = &g->sz;
    const int32_t first_day = days_from_civil(2005, 1, 1), last_day = days_from_civil(2025, 12, 31);
    int pick[64];
    BlogGen blogs[64];
    char date1[16], date2[16];

    /* Blogs: which, in what id order, how busy, active when. */
    choose_from_pool(g, BLOG_POOL_N, BLOG_MANDATORY, sz->blogs, pick);
    int total_w = 0, fixed_quota = 0;
    for (int i = 0; i < sz->blogs; i++) {
        BlogGen *b = &blogs[i];
        const BlogDef *d = &BLOG_POOL[pick[i]];
        b->pool = pick[i];
        if (d->kind == BK_FIXED) {
            b->start = first_day;
            b->end = last_day;
            b->weight = 500 + rng_below(r, 600);
        } else {
            int y0 = 2005 + rng_below(r, 16);
            int y1 = rng_chance(r, 50) ? 2025 : y0 + 2 + rng_below(r, 12);
            if (y1 > 2025)
                y1 = 2025;
            b->start = rng_day_in_year(r, y0);
            b->end = y1 == 2025 ? last_day : rng_day_in_year(r, y1);
            int w = 1 + rng_below(r, 18);
            b->weight = d->kind == BK_NORMAL ? w * w : 0;
        }
        b->quota = d->kind == BK_ONE ? 1 : 0;
        fixed_quota += b->quota;
        total_w += b->weight;
    }
    /* Quotas proportional to weight; the rounding remainder goes round-robin. */
    int left = sz->entries - fixed_quota;
    int given = 0;
    for (int i = 0; i < sz->blogs; i++) {
        int q = (int)((int64_t)left * blogs[i].weight / total_w);
        blogs[i].quota += q;
        given += q;
    }
    for (int i = 0; given < left; i = (i + 1) % sz->blogs)
        if (blogs[i].weight) {
            blogs[i].quota++;
            given++;
        }

    /* Authors; a few never write anything. */
    Person *people = malloc((size_t)sz->blog_authors * sizeof *people);
    int *order = malloc((size_t)sz->blog_authors * sizeof *order);
    int *writers = malloc((size_t)sz->blog_authors * sizeof *writers);
    char *silent = calloc((size_t)sz->blog_authors, 1);
    EntryGen *es = malloc((size_t)sz->entries * sizeof *es);
    if (!people || !order || !writers || !silent || !es) {
        g->rc = 1;
        goto out;
    }
    make_people(g, people, sz->blog_authors, FIXED_AUTHORS, NFIXED_AUTHORS);
    for (int i = 0; i < sz->blog_authors; i++)
        order[i] = i;                       /* order[id - 1] = person index */
    if (g->variant != 1)
        shuffle_ints(r, order, sz->blog_authors);
    int pos_of[128];                        /* person index -> author index */
    for (int i = 0; i < sz->blog_authors; i++)
        pos_of[order[i]] = i;
    for (int k = 0; k < 3; k++)             /* silent: generated people only */
        silent[pos_of[NFIXED_AUTHORS + rng_below(r, sz->blog_authors - NFIXED_AUTHORS)]] = 1;
    int nwriters = 0;
    for (int i = 0; i < sz->blog_authors; i++)
        if (!silent[i])
            writers[nwriters++] = i;
    for (int i = 0; i < sz->blogs; i++) {
        BlogGen *b = &blogs[i];
        if (b->pool == 0) {                 /* Beatles Blog: the Beatles */
            b->nreg = NBEATLES;
            for (int k = 0; k < NBEATLES; k++)
                b->reg[k] = pos_of[k];
        } else {
            b->nreg = 1 + rng_below(r, 4);
            for (int k = 0; k < b->nreg; k++)
                b->reg[k] = writers[rng_below(r, nwriters)];
        }
    }

    /* Entries, blog by blog, then put in date order (ids follow dates, as
     * when people post), with a few back-dated imports out of order. */
    int n = 0;
    for (int bi = 0; bi < sz->blogs; bi++) {
        BlogGen *b = &blogs[bi];
        const BlogDef *d = &BLOG_POOL[b->pool];
        Bits used = {{0}};
        int part = 1;
        for (int k = 0; k < b->quota; k++, n++) {
            EntryGen *e = &es[n];
            e->idx = n;
            e->blog = bi;
            int span = b->end - b->start + 1;
            if (d->kind == BK_FIXED && k == 0)
                e->pub = b->start + rng_below(r, 20);
            else if (d->kind == BK_FIXED && k == 1)
                e->pub = b->end - rng_below(r, 20);
            else
                e->pub = b->start + rng_below(r, span);
            int u = rng_below(r, 100);
            int32_t mod = e->pub + (u < 55 ? 0 : u < 85 ? 1 + rng_below(r, 30) : 31 + rng_below(r, 800));
            e->mod = mod > last_day ? last_day : mod;
            e->part = 1;
            e->combo = 0;
            if (k == 0 && (d->kind == BK_FIXED || rng_chance(r, 50))) {
                e->style = ST_HELLO;
            } else {
                int c = -1;
                for (int t = 0; t < 24 && c < 0; t++) {
                    int th = rng_chance(r, 80) ? d->theme : rng_below(r, TH_COUNT);
                    int cand = th * NTOPIC * NTMPL + rng_below(r, NTOPIC * NTMPL);
                    if (!bits_test_set(&used, cand))
                        c = cand;
                }
                if (c < 0)
                    c = bits_take(r, &used, NCOMBO);
                if (c < 0) {                /* every headline used: start part 2 */
                    memset(&used, 0, sizeof used);
                    part++;
                    c = bits_take(r, &used, NCOMBO);
                }
                e->combo = c;
                e->part = (uint8_t)part;
                u = rng_below(r, 100);
                e->style = u < 4 ? ST_LOWER : u < 5 ? ST_UPPER : ST_NORMAL;
            }
            e->seed = rng_next(r);
            e->comments = (uint16_t)draw_comments(r);
            e->pingbacks = (uint16_t)draw_pingbacks(r);
            int d1 = rng_below(r, 6);       /* 0-10, most often 5 */
            e->rating = (uint8_t)(d1 + rng_below(r, 6));
            draw_entry_authors(g, e, b, writers, nwriters);
        }
    }
    qsort(es, (size_t)n, sizeof *es, entry_cmp);
    for (int k = 0; k < n / 100; k++) {
        int i = rng_below(r, n), j = i + 1 + rng_below(r, 300);
        if (j < n) {
            EntryGen t = es[i];
            es[i] = es[j];
            es[j] = t;
        }
    }

    /* Rows. */
    for (int i = 0; i < sz->blogs; i++) {
        const BlogDef *d = &BLOG_POOL[blogs[i].pool];
        FixtureVal v[3] = {vint(i + 1), vtext(d->name), vtext(d->tagline)};
        emit(g, FT_BLOG, v);
    }
    for (int i = 0; i < sz->blog_authors; i++) {
        const Person *p = &people[order[i]];
        FixtureVal v[3] = {vint(i + 1), vtext(p->name), vtext(p->email)};
        emit(g, FT_BLOG_AUTHOR, v);
    }
    for (int i = 0; i < n && !g->rc; i++) {
        char headline[256], body[1024];
        const EntryGen *e = &es[i];
        render_headline(headline, sizeof headline, e);
        render_body(body, sizeof body, e, BLOG_POOL[blogs[e->blog].pool].name);
        format_date(date1, e->pub);
        format_date(date2, e->mod);
        FixtureVal v[9] = {vint(i + 1), vint(e->blog + 1), vtext(headline), vtext(body), vtext(date1),
                           vtext(date2), vint(e->comments), vint(e->pingbacks), vint(e->rating)};
        emit(g, FT_ENTRY, v);
    }
    int64_t link = 0;
    for (int i = 0; i < n && !g->rc; i++)
        for (int k = 0; k < es[i].nauth; k++) {
            FixtureVal v[3] = {vint(++link), vint(i + 1), vint(es[i].auth[k] + 1)};
            emit(g, FT_ENTRY_AUTHORS, v);
        }
out:
    free(people);
    free(order);
    free(writers);
    free(silent);
    free(es);
}

/* ------------------------------------------------------------------ books */

typedef struct BookGen {
    int32_t pubdate;
    int combo;              /* template * NBSUBJ + subject */
    int publisher;          /* index (id - 1) */
    int pages, cents, rating10;
    uint8_t edition, nauth;
    uint16_t auth[4];
} BookGen;

/* Pick an index in [0, n) with probability proportional to w[i]. */
static int pick_weighted(Rng *r, const int *w, int n, int total)
{
    int x = rng_below(r, total);
    for (int i = 0; i < n; i++) {
        if (x < w[i])
            return i;
        x -= w[i];
    }
    return n - 1;
}

static void gen_books(Gen *g)
{
    Rng *r = &g->rng;
    const Sizes *sz = &g->sz;
    char name[160], date[16], price[32], rating[32];
    int pubs[64], stores[64];
    int pub_w[64], pub_total = 0;

    Person *people = malloc((size_t)sz->book_authors * sizeof *people);
    int *auth_w = malloc((size_t)sz->book_authors * sizeof *auth_w);
    BookGen *bk = malloc((size_t)sz->books * sizeof *bk);
    if (!people || !auth_w || !bk) {
        g->rc = 1;
        goto out;
    }

    /* Authors: some prolific, two who never published. */
    make_people(g, people, sz->book_authors, NULL, 0);
    int auth_total = 0;
    for (int i = 0; i < sz->book_authors; i++) {
        int w = 1 + rng_below(r, 6);
        auth_w[i] = w * w;
    }
    for (int k = 0; k < 2;) {
        int a = rng_below(r, sz->book_authors);
        if (auth_w[a]) {
            auth_w[a] = 0;
            k++;
        }
    }
    for (int i = 0; i < sz->book_authors; i++)
        auth_total += auth_w[i];

    /* Publishers: big and small; the last one has no books yet. */
    choose_from_pool(g, PUBLISHER_POOL_N, PUB_MANDATORY, sz->publishers, pubs);
    for (int i = 0; i < sz->publishers; i++) {
        int w = 1 + rng_below(r, 8);
        pub_w[i] = i == sz->publishers - 1 ? 0 : w * w;
        pub_total += pub_w[i];
    }

    /* Books, in the order they were entered (not by date). */
    Bits used = {{0}};
    for (int i = 0; i < sz->books; i++) {
        BookGen *b = &bk[i];
        b->combo = bits_take(r, &used, NBTMPL * NBSUBJ);
        b->edition = 1;
        if (rng_chance(r, 7))
            b->edition = (uint8_t)(2 + rng_below(r, 3));
        int y1 = rng_below(r, 41);          /* the later of two years: recent books are commoner */
        int y2 = rng_below(r, 41);
        b->pubdate = rng_day_in_year(r, 1985 + (y1 > y2 ? y1 : y2));
        b->pages = rng_chance(r, 90) ? 90 + rng_below(r, 800) : 900 + rng_below(r, 700);
        static const int ends[5] = {99, 95, 0, 49, 50};
        int dollars = 9 + rng_below(r, 80);
        b->cents = dollars * 100 + ends[rng_below(r, 5)];
        b->rating10 = rng_chance(r, 85) ? 25 + rng_below(r, 26) : 10 + rng_below(r, 15);
        b->publisher = pick_weighted(r, pub_w, sz->publishers, pub_total);
        int u = rng_below(r, 100);
        int want = u < 55 ? 1 : u < 85 ? 2 : u < 95 ? 3 : 4;
        b->nauth = 0;
        for (int k = 0; k < want; k++) {
            int a = pick_weighted(r, auth_w, sz->book_authors, auth_total);
            int dup = 0;
            for (int j = 0; j < b->nauth; j++)
                dup |= b->auth[j] == a;
            if (dup)
                continue;
            int j = b->nauth++;
            while (j > 0 && b->auth[j - 1] > a) {
                b->auth[j] = b->auth[j - 1];
                j--;
            }
            b->auth[j] = (uint16_t)a;
        }
    }
    /* Edge cases: two titles published twice (by different publishers), one free e-book. */
    for (int k = 0; k < 2; k++) {
        int a = rng_below(r, sz->books), b = rng_below(r, sz->books);
        if (a != b) {
            bk[b].combo = bk[a].combo;
            bk[b].edition = bk[a].edition = 1;
        }
    }
    bk[rng_below(r, sz->books)].cents = 0;

    /* Rows: authors, publishers, books, links. */
    for (int i = 0; i < sz->book_authors; i++) {
        FixtureVal v[3] = {vint(i + 1), vtext(people[i].name), vint(23 + rng_below(r, 60))};
        emit(g, FT_BOOKS_AUTHOR, v);
    }
    for (int i = 0; i < sz->publishers; i++) {
        FixtureVal v[2] = {vint(i + 1), vtext(PUBLISHER_POOL[pubs[i]])};
        emit(g, FT_PUBLISHER, v);
    }
    for (int i = 0; i < sz->books && !g->rc; i++) {
        const BookGen *b = &bk[i];
        size_t n = cat_fill(name, sizeof name, 0, BOOK_TMPL[b->combo / NBSUBJ],
                            BOOK_SUBJ[b->combo % NBSUBJ]);
        if (name[0] >= 'a' && name[0] <= 'z')
            name[0] = (char)(name[0] - 'a' + 'A');
        if (b->edition > 1) {
            static const char *const ed[5] = {"", "", " (2nd Edition)", " (3rd Edition)", " (4th Edition)"};
            cat(name, sizeof name, n, ed[b->edition]);
        }
        snprintf(price, sizeof price, "%d.%02d", b->cents / 100, b->cents % 100);
        snprintf(rating, sizeof rating, "%d.%d", b->rating10 / 10, b->rating10 % 10);
        format_date(date, b->pubdate);
        FixtureVal v[7] = {vint(i + 1), vtext(name), vint(b->pages), vtext(price), vnum(rating),
                           vint(b->publisher + 1), vtext(date)};
        emit(g, FT_BOOK, v);
    }
    int64_t link = 0;
    for (int i = 0; i < sz->books; i++)
        for (int k = 0; k < bk[i].nauth; k++) {
            FixtureVal v[3] = {vint(++link), vint(i + 1), vint(bk[i].auth[k] + 1)};
            emit(g, FT_BOOK_AUTHORS, v);
        }

    /* Stores: each stocks its share of the catalogue. */
    choose_from_pool(g, STORE_POOL_N, STORE_MANDATORY, sz->stores, stores);
    for (int i = 0; i < sz->stores; i++) {
        FixtureVal v[2] = {vint(i + 1), vtext(STORE_POOL[stores[i]])};
        emit(g, FT_STORE, v);
    }
    link = 0;
    for (int i = 0; i < sz->stores; i++) {
        int permille = stores[i] == 0 ? 920 : stores[i] == 3 ? 0 : 20 + rng_below(r, 430);
        int corner = stores[i] == 2, need = 3;     /* Corner Shop: exactly 3 books */
        for (int b = 0; b < sz->books; b++) {
            int in;
            if (corner) {                   /* selection sampling */
                in = rng_below(r, sz->books - b) < need;
                need -= in;
            } else {
                in = rng_below(r, 1000) < permille;
            }
            if (in) {
                FixtureVal v[3] = {vint(++link), vint(i + 1), vint(b + 1)};
                emit(g, FT_STORE_BOOKS, v);
            }
        }
    }
out:
    free(people);
    free(auth_w);
    free(bk);
}

/* ------------------------------------------------------------------ bank */

typedef struct TransferGen {
    int64_t at_us;          /* microseconds since 1970 */
    int source, target, amount;
} TransferGen;

static int transfer_cmp(const void *a, const void *b)
{
    const TransferGen *x = a, *y = b;
    return x->at_us < y->at_us ? -1 : x->at_us > y->at_us;
}

static void gen_bank(Gen *g)
{
    Rng *r = &g->rng;
    const Sizes *sz = &g->sz;
    int owners[64];
    char when[40];
    choose_from_pool(g, OWNER_POOL_N, 0, sz->accounts, owners);
    if (g->variant == 1)                     /* Alice, Bob, Carol, ... in order */
        for (int i = 0; i < sz->accounts; i++)
            owners[i] = i;
    int broke = rng_below(r, sz->accounts);  /* balance 0 */
    int dormant = (broke + 1 + rng_below(r, sz->accounts - 1)) % sz->accounts;  /* no transfers */
    for (int i = 0; i < sz->accounts; i++) {
        int bal = i == broke ? 0 : rng_chance(r, 10) ? 5000 + rng_below(r, 20000)
                                                       : 10 * (1 + rng_below(r, 300));
        FixtureVal v[3] = {vint(i + 1), vtext(OWNER_POOL[owners[i]]), vint(bal)};
        emit(g, FT_ACCOUNT, v);
    }
    TransferGen *t = malloc((size_t)sz->transfers * sizeof *t);
    if (!t) {
        g->rc = 1;
        return;
    }
    /* Created between 2022-01-03 and 2024-01-14 (before the graders' frozen
     * clock, 2024-01-15 12:00); most with microseconds, as auto_now_add has. */
    const int64_t t0 = (int64_t)days_from_civil(2022, 1, 3) * 86400;
    const int64_t t1 = (int64_t)days_from_civil(2024, 1, 15) * 86400;
    for (int i = 0; i < sz->transfers; i++) {
        int64_t minute = rng_below(r, (int)((t1 - t0) / 60));
        int64_t secs = t0 + minute * 60 + rng_below(r, 60);
        int us = rng_chance(r, 85) ? rng_below(r, 1000000) : 0;
        t[i].at_us = secs * 1000000 + us;
        do t[i].source = rng_below(r, sz->accounts); while (t[i].source == dormant);
        do t[i].target = rng_below(r, sz->accounts);
        while (t[i].target == dormant || t[i].target == t[i].source);
        t[i].amount = rng_chance(r, 90) ? 1 + rng_below(r, 300) : 500 + rng_below(r, 1500);
    }
    qsort(t, (size_t)sz->transfers, sizeof *t, transfer_cmp);
    for (int i = 0; i < sz->transfers; i++) {
        int64_t secs = t[i].at_us / 1000000;
        int us = (int)(t[i].at_us % 1000000);
        size_t n = format_date(when, (int32_t)(secs / 86400));
        int sod = (int)(secs % 86400);
        n += (size_t)snprintf(when + n, sizeof when - n, " %02d:%02d:%02d", sod / 3600, sod / 60 % 60, sod % 60);
        if (us)
            snprintf(when + n, sizeof when - n, ".%06d", us);
        FixtureVal v[5] = {vint(i + 1), vint(t[i].source + 1), vint(t[i].target + 1), vint(t[i].amount),
                           vtext(when)};
        emit(g, FT_TRANSFER, v);
    }
    free(t);
}

/* ------------------------------------------------------------------ entry point */

int fixture_gen_run(FixtureSink *sink, int variant)
{
    Gen g;
    memset(&g, 0, sizeof g);
    g.rng.s = 0x6F726D6B6174614BULL ^ ((uint64_t)(unsigned)variant * 0xD1B54A32D192ED03ULL);
    g.sink = sink;
    g.variant = variant;
    pick_sizes(&g);
    gen_blog(&g);
    if (!g.rc)
        gen_books(&g);
    if (!g.rc)
        gen_bank(&g);
    return g.rc;
}
