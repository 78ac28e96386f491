"""django.urls, for a project whose URLconf is empty (ormkata has no URL routing): reverse()
finds no pattern and raises NoReverseMatch with Django's message; Resolver404 for resolve()."""
from django.http import Http404


class NoReverseMatch(Exception):
    pass


class Resolver404(Http404):
    pass


def reverse(viewname, urlconf=None, args=None, kwargs=None, current_app=None, *, query=None,
            fragment=None):
    if args and kwargs:
        raise ValueError("Don't mix *args and **kwargs in call to reverse()!")
    m = getattr(viewname, "__module__", None)
    n = getattr(viewname, "__name__", None)
    lookup_view_s = "%s.%s" % (m, n) if m is not None and n is not None else viewname
    raise NoReverseMatch("Reverse for '%(view)s' not found. '%(view)s' is not "
                         "a valid view function or pattern name." % {"view": lookup_view_s})


def resolve(path, urlconf=None):
    raise Resolver404({"tried": [], "path": str(path).lstrip("/")})
