"""django.shortcuts: get_object_or_404 and get_list_or_404 (views only:
they raise Http404, which Django's handler turns into a 404 response)."""
from django.http import Http404


def _get_queryset(klass):
    if hasattr(klass, "_default_manager"):
        return klass._default_manager.all()
    return klass


def get_object_or_404(klass, *args, **kwargs):
    queryset = _get_queryset(klass)
    if not hasattr(queryset, "get"):
        klass__name = klass.__name__ if isinstance(klass, type) else klass.__class__.__name__
        raise ValueError("First argument to get_object_or_404() must be a Model, Manager, "
                         "or QuerySet, not '%s'." % klass__name)
    try:
        return queryset.get(*args, **kwargs)
    except queryset.model.DoesNotExist:
        raise Http404("No %s matches the given query." % queryset.model._meta.object_name)


def get_list_or_404(klass, *args, **kwargs):
    queryset = _get_queryset(klass)
    if not hasattr(queryset, "filter"):
        klass__name = klass.__name__ if isinstance(klass, type) else klass.__class__.__name__
        raise ValueError("First argument to get_list_or_404() must be a Model, Manager, or "
                         "QuerySet, not '%s'." % klass__name)
    obj_list = list(queryset.filter(*args, **kwargs))
    if not obj_list:
        raise Http404("No %s matches the given query." % queryset.model._meta.object_name)
    return obj_list


def render(request, template_name, context=None, content_type=None, status=None, using=None):
    raise NotImplementedError("render() is not available in ormkata: return a JsonResponse or HttpResponse.")


def resolve_url(to, *args, **kwargs):
    if hasattr(to, "get_absolute_url"):
        return to.get_absolute_url()
    if isinstance(to, str) and to.startswith(("./", "../")):
        return to
    from django.urls import NoReverseMatch, reverse
    try:
        return reverse(to, args=args, kwargs=kwargs)
    except NoReverseMatch:
        if callable(to):
            raise
        if "/" not in to and "." not in to:
            raise
    return to


def redirect(to, *args, permanent=False, preserve_request=False, **kwargs):
    from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
    redirect_class = HttpResponsePermanentRedirect if permanent else HttpResponseRedirect
    return redirect_class(resolve_url(to, *args, **kwargs), preserve_request=preserve_request)
