/*
 * term.h — the terminal: the only part of ormkata that talks to curses.
 *
 * It sets the terminal up and restores it on every way out (a normal end,
 * atexit, SIGTERM/SIGHUP/SIGINT, and fatal signals, where it writes the
 * saved terminal modes back with async-signal-safe calls only); decodes
 * keys into events; and copies a cell grid to the screen, mapping roles to
 * the colours the terminal has (256 → 8 → none; none also when NO_COLOR is
 * set) and glyphs to ASCII when the locale is not UTF-8.
 */
#ifndef ORMKATA_TERM_H
#define ORMKATA_TERM_H

#include <stdbool.h>
#include <stddef.h>

#include "grid.h"

/* Keys: a Unicode code point for text; control characters 1..31 for
 * Ctrl-letters (Ctrl-A = 1); the K_* values below for the rest; K_ALT|ch
 * for Alt (or Esc) followed by ch. */
enum {
    K_BASE = 0x110000,
    K_UP, K_DOWN, K_LEFT, K_RIGHT, K_HOME, K_END, K_PGUP, K_PGDN,
    K_INSERT, K_DELETE, K_BACKSPACE, K_ENTER, K_TAB, K_BTAB, K_ESC,
    K_CLEFT, K_CRIGHT, K_CUP, K_CDOWN, K_CHOME, K_CEND,
    K_F1, K_F2, K_F3, K_F4, K_F5, K_F6, K_F7, K_F8, K_F9, K_F10, K_F11, K_F12,
    K_ALT = 0x1000000
};
#define K_CTRL(c) ((c) & 0x1f)

typedef enum EvType {
    EV_NONE,        /* nothing happened before the timeout */
    EV_KEY,
    EV_RESIZE,      /* w, h set */
    EV_SIGNAL,      /* SIGTERM, SIGHUP or SIGINT arrived: save and quit */
    EV_FILE         /* the watched answer file changed outside the app */
} EvType;

typedef struct Event {
    EvType type;
    int key;
    int w, h;
} Event;

/* What the terminal can do (after term_init). */
typedef struct TermCaps {
    int colors;     /* 256, 8 or 0 */
    bool utf8;
} TermCaps;

/* Set up curses (raw keys, no echo, keypad, alternate screen) and the
 * restoring handlers. Returns 0, or -1 with a message in err. */
int term_init(char *err, size_t errlen);
/* Restore the terminal; safe to call any number of times. */
void term_restore(void);
bool term_active(void);
TermCaps term_caps(void);
void term_size(int *w, int *h);

/* Wait up to timeout_ms (-1: forever) for an event. */
Event term_poll(int timeout_ms);
/* The signal number that ended the app (0 when none). */
int term_signal(void);

/* Draw g (same size as the screen) and show it. */
void term_blit(const Grid *g);

/* Leave curses for a while (to run $EDITOR), and come back. */
void term_suspend(void);
void term_resume(void);

/* A function the fatal-signal handler calls before restoring the terminal
 * (the app passes one that saves the answer with async-signal-safe calls).
 * NULL removes it. */
void term_on_fatal(void (*fn)(void));

/* The role → colour/attribute choice term_blit makes, exposed for tests:
 * fills pair_fg and pair_bg (colour numbers, -1 default) and returns the
 * curses-independent AT_* attributes to add, for `colors` 256, 8 or 0. */
int term_style_for(int colors, int fg, int bg, int *pair_fg, int *pair_bg);

/* Decode the rest of an escape sequence the terminfo entry did not list:
 * intro '[' or 'O', then seq up to its final byte ("4~", "1;5C", "P").
 * Returns a K_* key or 0 when unknown. */
int term_decode_seq(char intro, const char *seq);

/* Decide the colour depth from the environment and the terminal's colour
 * count: 0 when NO_COLOR is set (non-empty) or the terminal has < 8. */
int term_color_depth(const char *no_color, bool has_colors, int ncolors);

#endif
