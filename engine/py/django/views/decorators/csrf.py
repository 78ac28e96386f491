"""django.views.decorators.csrf: ormkata has no CSRF middleware, so these only mark the view
(csrf_exempt sets view.csrf_exempt = True, as Django does) or return it unchanged."""
from functools import wraps


def csrf_exempt(view_func):
    @wraps(view_func)
    def _view_wrapper(request, *args, **kwargs):
        return view_func(request, *args, **kwargs)

    _view_wrapper.csrf_exempt = True
    return _view_wrapper


def csrf_protect(view_func):
    return view_func


def requires_csrf_token(view_func):
    return view_func


def ensure_csrf_cookie(view_func):
    return view_func
