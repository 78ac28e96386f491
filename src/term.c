/*
 * term.c — the terminal layer (see term.h). The only file that includes
 * curses: set-up and restore, signals, key decoding, colours, and copying a
 * cell grid to the screen.
 *
 * Restoring from a fatal signal cannot call curses (not async-signal-safe),
 * so term_init saves what is needed beforehand: the terminal's modes
 * (termios) and the escape strings that leave the alternate screen and show
 * the cursor; the handler writes those back with tcsetattr() and write().
 */
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#define NCURSES_WIDECHAR 1
#include <curses.h>

#include "term.h"

static bool active;
static bool handlers_set;
static TermCaps caps;
static SCREEN *screen;
static struct termios saved_modes;
static bool have_modes;
static char restore_seq[256];      /* sgr0 + cnorm + rmcup, for the fatal path */
static size_t restore_len;
static volatile sig_atomic_t got_signal;
static void (*fatal_fn)(void);

/* ------------------------------------------------------------ colours */

/* 256-colour palette per role (-1 is the terminal's default). */
static const short fg256[FG__COUNT] = {
    [FG_NORMAL] = -1, [FG_DIM] = 245, [FG_TITLE] = 75, [FG_HEADING] = 214, [FG_EMPH] = 180,
    [FG_CODE] = 150, [FG_LINK] = 39, [FG_KEYWORD] = 170, [FG_STRING] = 114, [FG_NUMBER] = 173,
    [FG_COMMENT] = 244, [FG_BUILTIN] = 81, [FG_DEFNAME] = 221, [FG_PASS] = 78, [FG_FAIL] = 203,
    [FG_TRIED] = 179, [FG_NEW] = 250, [FG_GUTTER] = 242, [FG_BADGE] = 179, [FG_BADGE_HOT] = 203,
    [FG_DUP] = 203, [FG_SIMILAR] = 179, [FG_KEY] = 75, [FG_ERROR] = 203, [FG_BORDER] = 240,
    [FG_SQLKW] = 110,
};
static const short bg256[BG__COUNT] = {
    [BG_NONE] = -1, [BG_SELECT] = 24, [BG_BAR] = 236, [BG_CURLINE] = 235, [BG_PANEL] = 234,
};
static const short fg8[FG__COUNT] = {
    [FG_NORMAL] = -1, [FG_DIM] = -1, [FG_TITLE] = COLOR_CYAN, [FG_HEADING] = COLOR_YELLOW,
    [FG_EMPH] = -1, [FG_CODE] = COLOR_GREEN, [FG_LINK] = COLOR_BLUE, [FG_KEYWORD] = COLOR_MAGENTA,
    [FG_STRING] = COLOR_GREEN, [FG_NUMBER] = COLOR_CYAN, [FG_COMMENT] = -1, [FG_BUILTIN] = COLOR_CYAN,
    [FG_DEFNAME] = COLOR_YELLOW, [FG_PASS] = COLOR_GREEN, [FG_FAIL] = COLOR_RED,
    [FG_TRIED] = COLOR_YELLOW, [FG_NEW] = -1, [FG_GUTTER] = -1, [FG_BADGE] = COLOR_YELLOW,
    [FG_BADGE_HOT] = COLOR_RED, [FG_DUP] = COLOR_RED, [FG_SIMILAR] = COLOR_YELLOW,
    [FG_KEY] = COLOR_CYAN, [FG_ERROR] = COLOR_RED, [FG_BORDER] = -1, [FG_SQLKW] = COLOR_CYAN,
};
static const short bg8[BG__COUNT] = {
    [BG_NONE] = -1, [BG_SELECT] = COLOR_BLUE, [BG_BAR] = -1, [BG_CURLINE] = -1, [BG_PANEL] = -1,
};

/* Attributes a role gets without colour (htop's monochrome scheme): the
 * meaning is carried by bold/dim/underline/reverse, next to a glyph and a
 * word the views always draw. */
static int mono_attr(int fg, int bg)
{
    int a = 0;
    switch (fg) {
    case FG_TITLE: case FG_HEADING: case FG_KEYWORD: case FG_DEFNAME: case FG_PASS:
    case FG_FAIL: case FG_BADGE: case FG_KEY: case FG_ERROR: case FG_DUP:
        a |= AT_BOLD;
        break;
    case FG_BADGE_HOT:
        a |= AT_BOLD | AT_UNDERLINE;
        break;
    case FG_DIM: case FG_COMMENT: case FG_GUTTER: case FG_BORDER: case FG_NEW:
        a |= AT_DIM;
        break;
    case FG_LINK: case FG_SIMILAR:
        a |= AT_UNDERLINE;
        break;
    default:
        break;
    }
    if (bg == BG_SELECT || bg == BG_BAR)
        a |= AT_REVERSE;
    return a;
}

int term_style_for(int colors, int fg, int bg, int *pair_fg, int *pair_bg)
{
    if (fg < 0 || fg >= FG__COUNT)
        fg = FG_NORMAL;
    if (bg < 0 || bg >= BG__COUNT)
        bg = BG_NONE;
    *pair_fg = *pair_bg = -1;
    if (colors >= 256) {
        *pair_fg = fg256[fg];
        *pair_bg = bg256[bg];
        return fg == FG_TITLE || fg == FG_HEADING || fg == FG_KEY || fg == FG_FAIL ||
               fg == FG_PASS ? AT_BOLD : 0;
    }
    if (colors >= 8) {
        *pair_fg = fg8[fg];
        *pair_bg = bg8[bg];
        int a = 0;
        if (fg == FG_DIM || fg == FG_COMMENT || fg == FG_GUTTER || fg == FG_NEW || fg == FG_BORDER)
            a |= AT_DIM;
        if (fg == FG_TITLE || fg == FG_HEADING || fg == FG_KEY || fg == FG_FAIL || fg == FG_PASS)
            a |= AT_BOLD;
        if (bg == BG_BAR)
            a |= AT_REVERSE;
        return a;
    }
    return mono_attr(fg, bg);
}

int term_color_depth(const char *no_color, bool has_colors, int ncolors)
{
    if (no_color && *no_color)
        return 0;
    if (!has_colors || ncolors < 8)
        return 0;
    return ncolors >= 256 ? 256 : 8;
}

static short pairs[FG__COUNT][BG__COUNT];
static short next_pair = 1;

/* The curses pair for (fg, bg), made on first use; 0 when none are left. */
static short pair_for(int fg, int bg, int *extra)
{
    int pf, pb;
    *extra = term_style_for(caps.colors, fg, bg, &pf, &pb);
    if (!caps.colors || (pf == -1 && pb == -1))
        return 0;
    if (pairs[fg][bg])
        return pairs[fg][bg];
    if (next_pair >= COLOR_PAIRS)
        return 0;
    short p = next_pair++;
    init_pair(p, (short)pf, (short)pb);
    pairs[fg][bg] = p;
    return p;
}

static attr_t curses_attr(int a)
{
    attr_t r = 0;
    if (a & AT_BOLD)
        r |= A_BOLD;
    if (a & AT_UNDERLINE)
        r |= A_UNDERLINE;
    if (a & AT_REVERSE)
        r |= A_REVERSE;
    if (a & AT_DIM)
        r |= A_DIM;
#ifdef A_ITALIC
    if (a & AT_ITALIC)
        r |= A_ITALIC;
#endif
    return r;
}

/* ------------------------------------------------------------ signals */

static void write_restore(void)
{
    if (restore_len) {
        ssize_t w = write(STDOUT_FILENO, restore_seq, restore_len);
        (void)w;
    }
    if (have_modes)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes);
}

static void on_fatal(int sig)
{
    if (fatal_fn)
        fatal_fn();
    if (active)
        write_restore();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void on_term(int sig)
{
    got_signal = sig;
}

static void install_handlers(void)
{
    if (handlers_set)
        return;
    handlers_set = true;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_term;        /* no SA_RESTART: a waiting read returns */
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = on_fatal;
    sa.sa_flags = SA_RESETHAND | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
    sigaction(SIGILL, &sa, NULL);
    sigaction(SIGABRT, &sa, NULL);
    sa.sa_handler = SIG_IGN;
    sa.sa_flags = 0;
    sigaction(SIGPIPE, &sa, NULL);
    atexit(term_restore);
}

void term_on_fatal(void (*fn)(void))
{
    fatal_fn = fn;
}

int term_signal(void)
{
    return got_signal;
}

/* ------------------------------------------------------------ set-up */

static void add_cap(const char *name)
{
    char *s = tigetstr((char *)name);
    if (!s || s == (char *)-1)
        return;
    size_t n = strlen(s);
    if (restore_len + n < sizeof restore_seq) {
        memcpy(restore_seq + restore_len, s, n);
        restore_len += n;
    }
}

int term_init(char *err, size_t errlen)
{
    setlocale(LC_ALL, "");
    const char *cs = nl_langinfo(CODESET);
    const char *ascii = getenv("ORMKATA_ASCII");
    caps.utf8 = cs && !strcmp(cs, "UTF-8") && !(ascii && *ascii && strcmp(ascii, "0"));
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        snprintf(err, errlen, "not a terminal");
        return -1;
    }
    have_modes = tcgetattr(STDIN_FILENO, &saved_modes) == 0;
    screen = newterm(NULL, stdout, stdin);
    if (!screen) {
        const char *t = getenv("TERM");
        snprintf(err, errlen, "cannot use the terminal type '%s' (is TERM right?)", t ? t : "");
        return -1;
    }
    set_term(screen);
    active = true;
    restore_len = 0;
    add_cap("sgr0");
    add_cap("cnorm");
    add_cap("rmcup");
    install_handlers();
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(25);
    curs_set(0);
    int colors = 0;
    if (has_colors()) {
        start_color();
        use_default_colors();
        colors = COLORS;
    }
    caps.colors = term_color_depth(getenv("NO_COLOR"), has_colors(), colors);
    memset(pairs, 0, sizeof pairs);
    next_pair = 1;
    return 0;
}

void term_restore(void)
{
    if (!active)
        return;
    active = false;
    curs_set(1);
    endwin();
    if (screen) {
        delscreen(screen);
        screen = NULL;
    }
    if (have_modes)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes);
}

bool term_active(void)
{
    return active;
}

TermCaps term_caps(void)
{
    return caps;
}

void term_size(int *w, int *h)
{
    int y, x;
    getmaxyx(stdscr, y, x);
    *w = x;
    *h = y;
}

void term_suspend(void)
{
    if (!active)
        return;
    def_prog_mode();
    endwin();
}

void term_resume(void)
{
    if (!active)
        return;
    reset_prog_mode();
    clearok(stdscr, TRUE);
    refresh();
}

/* ------------------------------------------------------------ input */

static int map_key(int k)
{
    switch (k) {
    case KEY_UP: return K_UP;
    case KEY_DOWN: return K_DOWN;
    case KEY_LEFT: return K_LEFT;
    case KEY_RIGHT: return K_RIGHT;
    case KEY_HOME: return K_HOME;
    case KEY_END: return K_END;
    case KEY_PPAGE: return K_PGUP;
    case KEY_NPAGE: return K_PGDN;
    case KEY_IC: return K_INSERT;
    case KEY_DC: return K_DELETE;
    case KEY_BACKSPACE: return K_BACKSPACE;
    case KEY_ENTER: return K_ENTER;
    case KEY_BTAB: return K_BTAB;
    case KEY_SLEFT: return K_CLEFT;
    case KEY_SRIGHT: return K_CRIGHT;
    default: break;
    }
    if (k >= KEY_F(1) && k <= KEY_F(12))
        return K_F1 + (k - KEY_F(1));
    /* modified arrows have no fixed codes: ask for their terminfo names */
    const char *name = keyname(k);
    if (name) {
        if (!strcmp(name, "kLFT5") || !strcmp(name, "kLFT3"))
            return K_CLEFT;
        if (!strcmp(name, "kRIT5") || !strcmp(name, "kRIT3"))
            return K_CRIGHT;
        if (!strcmp(name, "kUP5") || !strcmp(name, "kUP3"))
            return K_CUP;
        if (!strcmp(name, "kDN5") || !strcmp(name, "kDN3"))
            return K_CDOWN;
        if (!strcmp(name, "kHOM5"))
            return K_CHOME;
        if (!strcmp(name, "kEND5"))
            return K_CEND;
    }
    return 0;
}

int term_decode_seq(char intro, const char *seq)
{
    size_t n = strlen(seq);
    if (!n)
        return 0;
    char fin = seq[n - 1];
    int p1 = atoi(seq), mod = 1;
    const char *semi = strchr(seq, ';');
    if (semi)
        mod = atoi(semi + 1);
    bool ctrl = mod == 5 || mod == 3;   /* Ctrl or Alt */
    switch (fin) {
    case 'A': return ctrl ? K_CUP : K_UP;
    case 'B': return ctrl ? K_CDOWN : K_DOWN;
    case 'C': return ctrl ? K_CRIGHT : K_RIGHT;
    case 'D': return ctrl ? K_CLEFT : K_LEFT;
    case 'H': return ctrl ? K_CHOME : K_HOME;
    case 'F': return ctrl ? K_CEND : K_END;
    case 'Z': return K_BTAB;
    case 'P': case 'Q': case 'R': case 'S':
        return K_F1 + (fin - 'P');
    case '~':
        switch (p1) {
        case 1: case 7: return K_HOME;
        case 2: return K_INSERT;
        case 3: return K_DELETE;
        case 4: case 8: return K_END;
        case 5: return K_PGUP;
        case 6: return K_PGDN;
        case 11: case 12: case 13: case 14: return K_F1 + (p1 - 11);
        case 15: return K_F5;
        case 17: case 18: case 19: case 20: case 21: return K_F6 + (p1 - 17);
        case 23: case 24: return K_F11 + (p1 - 23);
        default: return 0;
        }
    default:
        (void)intro;
        return 0;
    }
}

static int map_char(wint_t c)
{
    switch (c) {
    case '\r': case '\n': return K_ENTER;
    case '\t': return K_TAB;
    case 127: case 8: return K_BACKSPACE;
    case 27: return K_ESC;
    default: return (int)c;
    }
}

Event term_poll(int timeout_ms)
{
    Event ev = { EV_NONE, 0, 0, 0 };
    if (got_signal) {
        ev.type = EV_SIGNAL;
        return ev;
    }
    wtimeout(stdscr, timeout_ms);
    wint_t c;
    int r = wget_wch(stdscr, &c);
    if (r == ERR) {
        if (got_signal)
            ev.type = EV_SIGNAL;
        return ev;
    }
    if (r == KEY_CODE_YES) {
        if (c == KEY_RESIZE) {
            ev.type = EV_RESIZE;
            term_size(&ev.w, &ev.h);
            return ev;
        }
        int k = map_key((int)c);
        if (!k)
            return ev;
        ev.type = EV_KEY;
        ev.key = k;
        return ev;
    }
    ev.type = EV_KEY;
    ev.key = map_char(c);
    if (ev.key == K_ESC) {
        /* Esc followed at once by a key is Alt+key, or an escape sequence
         * the terminfo entry did not know (TERM=vt100 inside a modern
         * terminal sends \e[4~ for End): decode the common ones here */
        wtimeout(stdscr, 0);
        wint_t c2;
        int r2 = wget_wch(stdscr, &c2);
        if (r2 == OK && (c2 == '[' || c2 == 'O')) {
            char seq[16];
            int n = 0;
            wint_t c3;
            while (n < (int)sizeof seq - 1 && wget_wch(stdscr, &c3) == OK) {
                seq[n++] = (char)c3;
                if (c3 >= 0x40 && c3 <= 0x7E)
                    break;
            }
            seq[n] = 0;
            int k = term_decode_seq((char)c2, seq);
            ev.key = k ? k : K_ALT | (int)c2;
        } else if (r2 == OK && c2 != 27) {
            ev.key = K_ALT | map_char(c2);
        } else if (r2 == KEY_CODE_YES) {
            int k = map_key((int)c2);
            if (k == K_LEFT)
                ev.key = K_CLEFT;
            else if (k == K_RIGHT)
                ev.key = K_CRIGHT;
            else if (k)
                ev.key = K_ALT | k;
        }
    }
    return ev;
}

/* ------------------------------------------------------------ output */

void term_blit(const Grid *g)
{
    if (!active)
        return;
    int sw, sh;
    term_size(&sw, &sh);
    for (int y = 0; y < g->h && y < sh; y++) {
        for (int x = 0; x < g->w && x < sw; x++) {
            const Cell *c = &g->cells[y * g->w + x];
            if (c->ch == 0)
                continue;       /* right half of a wide glyph */
            int extra;
            short pair = pair_for(c->fg, c->bg, &extra);
            attr_t a = curses_attr(c->attr | extra);
            wchar_t w[2] = { 0, 0 };
            if (caps.utf8) {
                w[0] = (wchar_t)c->ch;
            } else {
                w[0] = (wchar_t)(unsigned char)grid_ascii(c->ch);
                if (grid_char_width(c->ch) == 2 && x + 1 < g->w)
                    mvaddch(y, x + 1, ' ');
            }
            cchar_t cc;
            setcchar(&cc, w, a, pair, NULL);
            mvadd_wch(y, x, &cc);
        }
    }
    if (g->cur_visible) {
        curs_set(1);
        move(g->cur_y, g->cur_x);
    } else {
        curs_set(0);
    }
    refresh();
}
