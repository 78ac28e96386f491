/*
 * workspace.h — the learner's workspace: answer files and progress.
 *
 * A workspace is a folder. Answers are plain Python files laid out like the
 * lessons, DIR/<lesson-slug>/<kata-name>.py (DIR/<kata id>.py), created from
 * the kata's starter on first use so that any editor can open them. The
 * progress database, DIR/progress.sqlite (SQLite, WAL), records every
 * attempt (kata, time, passed, per-check results as JSON, query count, hints
 * seen), how many hints each kata has shown, and small per-kata key/value
 * pairs the app keeps (last opened kata, cursor, scroll).
 *
 * Every write is crash-safe: files are written to a temporary file in the
 * same folder, fsync'd, then renamed over the old one (and the folder
 * fsync'd); database changes are transactions. A crash leaves either the old
 * or the new content, never a mix.
 *
 * Nothing here prints. Functions that can fail return 0 on success and -1
 * with a message in err (errlen bytes, may be NULL/0) on failure.
 */
#ifndef ORMKATA_WORKSPACE_H
#define ORMKATA_WORKSPACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "grade.h"
#include "kata.h"

typedef struct Workspace Workspace;

/* The workspace folder to use: `flag` (from --workspace) when not NULL,
 * else $ORMKATA_WORKSPACE, else $XDG_DATA_HOME/ormkata/workspace, else
 * $HOME/.local/share/ormkata/workspace. malloc'd; NULL when none can be
 * found (no HOME). */
char *workspace_default_dir(const char *flag);

/* Open (creating folders and the progress database when missing) the
 * workspace at dir. NULL with a message in err on failure. */
Workspace *workspace_open(const char *dir, char *err, size_t errlen);
void workspace_close(Workspace *ws);
const char *workspace_dir(const Workspace *ws);

/* DIR/<kata id>.py (malloc'd). */
char *workspace_answer_path(const Workspace *ws, const Kata *k);

/* The answer's text (malloc'd, NUL-terminated; *len its length), created
 * from the starter first when the file does not exist. NULL with err set
 * on failure. */
char *workspace_load_answer(Workspace *ws, const Kata *k, size_t *len, char *err, size_t errlen);

/* Replace the answer's text atomically (temp + fsync + rename). */
int workspace_save_answer(Workspace *ws, const Kata *k, const char *src, size_t len,
                          char *err, size_t errlen);

/* Put the starter back (atomically). The old answer is kept beside it as
 * <name>.py.bak, so a reset is never a loss. */
int workspace_reset_answer(Workspace *ws, const Kata *k, char *err, size_t errlen);

/* Write data to path atomically, creating missing parent folders:
 * path.tmp.<pid> in the same folder, fsync, rename, fsync of the folder. */
int workspace_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen);

/* ---- progress ---- */

typedef enum KataStatus { KATA_NEW = 0, KATA_TRIED, KATA_PASSED } KataStatus;

/* "new", "tried", "passed". Static. */
const char *workspace_status_name(KataStatus s);

/* passed once passed in any attempt; tried when attempted; else new. */
KataStatus workspace_status(Workspace *ws, const char *kata_id);

/* Record one attempt (one transaction): kata id, time now, passed, the
 * per-check JSON (grade_checks_json), the query count (grade_answer_queries), and the
 * hints seen so far. */
int workspace_record(Workspace *ws, const GradeResult *r, char *err, size_t errlen);

/* Number of attempts recorded for a kata. */
int workspace_attempts(Workspace *ws, const char *kata_id);

/* Hints shown so far for the kata (0 when none). */
int workspace_hints_seen(Workspace *ws, const char *kata_id);
/* Count one more hint shown, up to `max`; returns the new count (>= 1), or
 * -1 on failure. */
int workspace_hint_next(Workspace *ws, const char *kata_id, int max, char *err, size_t errlen);

/* Small per-kata settings the app keeps ("cursor" → "12:4", "scroll" …);
 * kata_id "" holds global ones ("last_kata" → "01-lazy/02-count").
 * get returns a malloc'd copy or NULL when unset; set with value NULL
 * removes the key. */
char *workspace_get(Workspace *ws, const char *kata_id, const char *key);
int workspace_set(Workspace *ws, const char *kata_id, const char *key, const char *value);

#endif
