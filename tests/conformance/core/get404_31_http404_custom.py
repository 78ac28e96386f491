# Http404 is an Exception; its message is what you pass.
from django.http import Http404

try:
    raise Http404("No blog here")
except Exception as exc:
    result = (type(exc).__name__, str(exc), isinstance(exc, Exception))
