/*
 * mod_django_core.c — django.core.exceptions, written as embedded Python
 * (the classes are plain Exception subclasses whose behaviour, notably
 * ValidationError's message/messages/message_dict, is easiest to keep
 * identical to Django in Python), plus the C API of mod_django_core.h that
 * lets the ORM raise them and derive per-model exception classes.
 */
#include "mod_django_core.h"

#include <stdarg.h>
#include <string.h>

#include "eval.h"
#include "interp_int.h"
#include "parse.h"

static const char *const exc_names[DJ_EXC__COUNT] = {
    "ObjectDoesNotExist", "MultipleObjectsReturned", "FieldError", "FieldDoesNotExist",
    "ValidationError", "SuspiciousOperation", "PermissionDenied", "ImproperlyConfigured",
    "EmptyResultSet", "FullResultSet", "BadRequest",
};

static const char core_exceptions_src[] =
    "NON_FIELD_ERRORS = '__all__'\n"
    "class FieldDoesNotExist(Exception):\n"
    "    pass\n"
    "class AppRegistryNotReady(Exception):\n"
    "    pass\n"
    "class ObjectDoesNotExist(Exception):\n"
    "    silent_variable_failure = True\n"
    "class MultipleObjectsReturned(Exception):\n"
    "    pass\n"
    "class SuspiciousOperation(Exception):\n"
    "    pass\n"
    "class SuspiciousMultipartForm(SuspiciousOperation):\n"
    "    pass\n"
    "class SuspiciousFileOperation(SuspiciousOperation):\n"
    "    pass\n"
    "class DisallowedHost(SuspiciousOperation):\n"
    "    pass\n"
    "class DisallowedRedirect(SuspiciousOperation):\n"
    "    pass\n"
    "class TooManyFieldsSent(SuspiciousOperation):\n"
    "    pass\n"
    "class TooManyFilesSent(SuspiciousOperation):\n"
    "    pass\n"
    "class RequestDataTooBig(SuspiciousOperation):\n"
    "    pass\n"
    "class RequestAborted(Exception):\n"
    "    pass\n"
    "class BadRequest(Exception):\n"
    "    pass\n"
    "class PermissionDenied(Exception):\n"
    "    pass\n"
    "class ViewDoesNotExist(Exception):\n"
    "    pass\n"
    "class MiddlewareNotUsed(Exception):\n"
    "    pass\n"
    "class ImproperlyConfigured(Exception):\n"
    "    pass\n"
    "class FieldError(Exception):\n"
    "    pass\n"
    "def _make_hashable(value):\n"
    "    if isinstance(value, dict):\n"
    "        return tuple(sorted((k, _make_hashable(v)) for k, v in value.items()))\n"
    "    if isinstance(value, (list, tuple)):\n"
    "        return tuple(_make_hashable(v) for v in value)\n"
    "    return value\n"
    "class ValidationError(Exception):\n"
    "    def __init__(self, message, code=None, params=None):\n"
    "        super().__init__(message, code, params)\n"
    "        if isinstance(message, ValidationError):\n"
    "            if hasattr(message, 'error_dict'):\n"
    "                message = message.error_dict\n"
    "            elif not hasattr(message, 'message'):\n"
    "                message = message.error_list\n"
    "            else:\n"
    "                message, code, params = message.message, message.code, message.params\n"
    "        if isinstance(message, dict):\n"
    "            self.error_dict = {}\n"
    "            for field, messages in message.items():\n"
    "                if not isinstance(messages, ValidationError):\n"
    "                    messages = ValidationError(messages)\n"
    "                self.error_dict[field] = messages.error_list\n"
    "        elif isinstance(message, list):\n"
    "            self.error_list = []\n"
    "            for m in message:\n"
    "                if not isinstance(m, ValidationError):\n"
    "                    m = ValidationError(m)\n"
    "                if hasattr(m, 'error_dict'):\n"
    "                    self.error_list.extend(sum(m.error_dict.values(), []))\n"
    "                else:\n"
    "                    self.error_list.extend(m.error_list)\n"
    "        else:\n"
    "            self.message = message\n"
    "            self.code = code\n"
    "            self.params = params\n"
    "            self.error_list = [self]\n"
    "    @property\n"
    "    def message_dict(self):\n"
    "        getattr(self, 'error_dict')\n"
    "        return dict(self)\n"
    "    @property\n"
    "    def messages(self):\n"
    "        if hasattr(self, 'error_dict'):\n"
    "            return sum(dict(self).values(), [])\n"
    "        return list(self)\n"
    "    def update_error_dict(self, error_dict):\n"
    "        if hasattr(self, 'error_dict'):\n"
    "            for field, error_list in self.error_dict.items():\n"
    "                error_dict.setdefault(field, []).extend(error_list)\n"
    "        else:\n"
    "            error_dict.setdefault(NON_FIELD_ERRORS, []).extend(self.error_list)\n"
    "        return error_dict\n"
    "    def __iter__(self):\n"
    "        out = []\n"
    "        if hasattr(self, 'error_dict'):\n"
    "            for field, errors in self.error_dict.items():\n"
    "                out.append((field, list(ValidationError(errors))))\n"
    "        else:\n"
    "            for error in self.error_list:\n"
    "                message = error.message\n"
    "                if error.params:\n"
    "                    message %= error.params\n"
    "                out.append(str(message))\n"
    "        return iter(out)\n"
    "    def __str__(self):\n"
    "        if hasattr(self, 'error_dict'):\n"
    "            return repr(dict(self))\n"
    "        return repr(list(self))\n"
    "    def __repr__(self):\n"
    "        return 'ValidationError(%s)' % self\n"
    "    def __eq__(self, other):\n"
    "        if not isinstance(other, ValidationError):\n"
    "            return NotImplemented\n"
    "        return hash(self) == hash(other)\n"
    "    def __hash__(self):\n"
    "        if hasattr(self, 'message'):\n"
    "            return hash((self.message, self.code, _make_hashable(self.params)))\n"
    "        if hasattr(self, 'error_dict'):\n"
    "            return hash(_make_hashable(self.error_dict))\n"
    "        return hash(tuple(sorted(self.error_list, key=lambda e: e.message)))\n"
    "class EmptyResultSet(Exception):\n"
    "    pass\n"
    "class FullResultSet(Exception):\n"
    "    pass\n"
    "class SynchronousOnlyOperation(Exception):\n"
    "    pass\n";

/* Parse and run `src` as the body of a new module; the module is returned
 * (the import machinery records it). */
Module *django_module_from_source(Interp *I, const char *name, const char *filename, const char *src)
{
    size_t len = strlen(src);
    ParseError pe;
    memset(&pe, 0, sizeof pe);
    Node *tree = parse_module(I, filename, src, len, &pe);
    if (!tree)
        exc_raisef(I, I->cls.SystemError, "%s line %d: %s", filename, pe.line, pe.msg);
    Str *file = str_from_cstr(I, filename);
    eval_register_source(I, file, src, len);
    Module *m = module_new(I, name);
    module_set(I, m, "__file__", v_obj(file));
    module_set(I, m, "__builtins__", v_obj(I->builtins));
    eval_module(I, tree, m, file);
    return m;
}

Module *mod_django_core_exceptions_init(Interp *I)
{
    return django_module_from_source(I, "django.core.exceptions", "<django/core/exceptions.py>",
                                     core_exceptions_src);
}

Class *django_exc_class(Interp *I, DjExc which)
{
    Module *m = interp_import(I, str_intern_cstr(I, "django.core.exceptions"));
    Value c = dict_get_cstr(I, m->dict, exc_names[which]);
    if (c.tag != V_OBJ || c.u.o->cls != I->cls.type)
        exc_raisef(I, I->cls.ImportError, "cannot import name '%s' from 'django.core.exceptions'",
                   exc_names[which]);
    return (Class *)c.u.o;
}

_Noreturn void django_raisef(Interp *I, DjExc which, const char *fmt, ...)
{
    Class *cls = django_exc_class(I, which);
    va_list ap;
    va_start(ap, fmt);
    Str *msg = str_vfmt(I, fmt, ap);
    va_end(ap);
    exc_raise_arg(I, cls, v_obj(msg));
}

Class *django_exc_subclass(Interp *I, const char *name, const char *qualname, const char *module,
                           Class *base)
{
    Dict *ns = dict_new(I);
    dict_set_str(I, ns, I->names.__module__, str_value(I, module));
    dict_set_str(I, ns, I->names.__qualname__, str_value(I, qualname));
    return class_new_python(I, str_intern_cstr(I, name), str_intern_cstr(I, qualname), base, ns);
}

Module *django_preload(Interp *I, const char *name)
{
    for (ModuleEntry *e = I->modules; e; e = e->next) {
        if (strcmp(e->name, name) != 0)
            continue;
        if (e->mod)
            return e->mod;
        if (!e->init)
            break;
        if (e->loading)
            exc_raisef(I, I->cls.ImportError, "cannot import name '%s' (circular import)", name);
        e->loading = 1;
        Module *m = e->init(I);
        e->loading = 0;
        e->mod = m;
        return m;
    }
    return interp_import(I, str_intern_cstr(I, name));
}
