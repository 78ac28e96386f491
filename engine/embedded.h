/*
 * embedded.h — kata-Python modules compiled into the binary.
 *
 * The ORM (engine/py/django/…) and the models (data/models/NAME.py) are
 * Python source; mk/embed_py.sh turns them into the table below at build
 * time, and builtins_init registers each entry with interp_add_source_module
 * so `import django.db.models` or `from blog.models import Entry` loads it
 * on first use.
 */
#ifndef ORMKATA_EMBEDDED_H
#define ORMKATA_EMBEDDED_H

#include <stddef.h>

typedef struct EmbeddedPy {
    const char *module;     /* dotted module name, "blog.models" */
    const char *filename;   /* as shown in tracebacks, "blog/models.py" */
    const char *src;        /* UTF-8 source text */
} EmbeddedPy;

extern const EmbeddedPy embedded_py[];
extern const size_t embedded_py_count;

#endif
