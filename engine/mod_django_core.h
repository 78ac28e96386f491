/*
 * mod_django_core.h — django.core.exceptions and the C API the ORM uses to
 * raise Django's exceptions and to create per-model DoesNotExist /
 * MultipleObjectsReturned subclasses; also the helper that builds a module
 * from embedded Python source (used by the django.* modules).
 *
 * Every function may raise (exc.h). They work before the program imports
 * django.core.exceptions: the module is imported on demand.
 */
#ifndef ORMKATA_MOD_DJANGO_CORE_H
#define ORMKATA_MOD_DJANGO_CORE_H

#include "obj.h"

typedef enum DjExc {
    DJ_OBJECT_DOES_NOT_EXIST, DJ_MULTIPLE_OBJECTS_RETURNED, DJ_FIELD_ERROR,
    DJ_FIELD_DOES_NOT_EXIST, DJ_VALIDATION_ERROR, DJ_SUSPICIOUS_OPERATION,
    DJ_PERMISSION_DENIED, DJ_IMPROPERLY_CONFIGURED, DJ_EMPTY_RESULT_SET,
    DJ_FULL_RESULT_SET, DJ_BAD_REQUEST, DJ_EXC__COUNT
} DjExc;

/* Create django.core.exceptions (registered by builtins.c). */
Module *mod_django_core_exceptions_init(Interp *I);

/* The class django.core.exceptions.<which>. */
Class *django_exc_class(Interp *I, DjExc which);
/* raise <which>(message) with a printf-formatted message. */
_Noreturn void django_raisef(Interp *I, DjExc which, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A new exception class `name` deriving from `base` (e.g. Entry.DoesNotExist
 * from ObjectDoesNotExist), with __module__ `module` and __qualname__
 * `qualname` ("Entry.DoesNotExist"), as Django's ModelBase makes them. */
Class *django_exc_subclass(Interp *I, const char *name, const char *qualname, const char *module,
                           Class *base);

/* Build module `name` by running embedded Python `src` in it. `filename`
 * should start with '<' (frames in it are not the learner's). A syntax
 * error in src is an internal bug: raised as SystemError. */
Module *django_module_from_source(Interp *I, const char *name, const char *filename, const char *src);

/* The module registered as `name`, initialised now if it was not yet,
 * WITHOUT attaching it to its parent package. A package's init uses it to
 * load its submodules (interp_import would import the package being
 * initialised again, a circular import). */
Module *django_preload(Interp *I, const char *name);

#endif
