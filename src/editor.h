/*
 * editor.h — the text buffer behind the kata view's editor: lines, a cursor,
 * undo/redo, a line clipboard, scrolling. Pure logic: no terminal, no files.
 *
 * Positions are (row, byte offset in the row); the cursor always sits on a
 * UTF-8 character boundary. Edits that follow each other (typing a word,
 * deleting with backspace) merge into one undo step. Tab inserts spaces up
 * to the next multiple of 4; Enter keeps the line's indent and adds 4 after
 * a line ending in ':'; Backspace in leading blanks removes back to the
 * previous multiple of 4.
 *
 * Memory: the Editor owns everything it points to (malloc); editor_free
 * releases it. Allocation failures leave the buffer unchanged (the edit is
 * dropped) — the functions never crash on out-of-memory.
 */
#ifndef ORMKATA_EDITOR_H
#define ORMKATA_EDITOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct EdLine {
    char *s;
    int len, cap;
} EdLine;

typedef struct EdSnap EdSnap;

typedef struct Editor {
    EdLine *lines;
    int n, cap;
    int cy, cx;             /* cursor: row, byte offset */
    int want;               /* column wanted by vertical moves (display columns) */
    int top, left;          /* first row / column shown */
    EdSnap *undo, *redo;    /* stacks (linked) */
    int nundo;
    int last_op;            /* kind of the last edit, for merging undo steps */
    char *clip;             /* line clipboard: whole lines joined with '\n' */
    unsigned long version;  /* bumps on every change to the text */
} Editor;

/* Movement commands. */
typedef enum EdMove {
    ED_LEFT, ED_RIGHT, ED_UP, ED_DOWN, ED_HOME, ED_END, ED_PGUP, ED_PGDN,
    ED_WORD_LEFT, ED_WORD_RIGHT, ED_TOP, ED_BOTTOM
} EdMove;

void editor_init(Editor *e);
void editor_free(Editor *e);

/* Replace the whole text (undo history cleared, cursor at the start). */
void editor_set_text(Editor *e, const char *s, size_t n);
/* The text as one malloc'd string, lines joined by '\n' and ending with one
 * (unless empty). *n gets its length. NULL when out of memory. */
char *editor_text(const Editor *e, size_t *n);

/* Moves; `page` is the number of visible rows (for PGUP/PGDN). */
void editor_move(Editor *e, EdMove m, int page);
/* Put the cursor at (row, display column), clamped. */
void editor_goto(Editor *e, int row, int col);

/* Edits. Each returns true when the text changed. */
bool editor_insert(Editor *e, uint32_t ch);         /* a printable character */
bool editor_insert_text(Editor *e, const char *s, size_t n);  /* pasted text */
bool editor_newline(Editor *e);                     /* Enter with auto-indent */
bool editor_tab(Editor *e);
bool editor_backspace(Editor *e);
bool editor_delete(Editor *e);
bool editor_cut_line(Editor *e);    /* cut the cursor's line into the clipboard */
bool editor_copy_line(Editor *e);   /* copy it (text unchanged: returns false) */
bool editor_paste(Editor *e);       /* insert the clipboard's lines above the cursor's line */
bool editor_undo(Editor *e);
bool editor_redo(Editor *e);

/* Display column of the cursor (tabs count 1, wide glyphs 2). */
int editor_col(const Editor *e);
/* Keep the cursor inside a view of rows×cols by moving top/left. */
void editor_scroll(Editor *e, int rows, int cols);

/* Syntax roles per byte (values are FG_* from grid.h). */
/* Python: `state` carries an open triple-quoted string between lines
 * (0 none, 1 ''', 2 """); pass 0 for the first line. */
void editor_hl_python(const char *s, int n, int *state, uint8_t *roles);
/* SQL keywords, strings, numbers, quoted identifiers. */
void editor_hl_sql(const char *s, int n, uint8_t *roles);

#endif
