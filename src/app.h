/*
 * app.h — the ncurses app: `ormkata` with no arguments.
 *
 * On a terminal it opens the course map, lessons and katas (editor, checks,
 * SQL pane) and runs until the learner quits; every exit path restores the
 * terminal and saves the answer being edited. When stdout is not a terminal
 * it prints a short plain-text progress summary and how to continue.
 */
#ifndef ORMKATA_APP_H
#define ORMKATA_APP_H

/* Run the app. argv[0] is the program name; recognised options:
 *   --workspace DIR   where answers and progress live
 *   --lessons DIR     where the lessons are (default: ./lessons, else the
 *                     installed data directory)
 *   --no-watch        do not watch the answer file for outside changes
 * Returns the process exit status (0; 2 on bad usage; 3 when the terminal
 * cannot be set up). */
int app_main(int argc, char **argv);

#endif
