from django.http import Http404
try:
    raise Http404
except Http404 as e:
    result = (str(e), repr(e), e.args)
