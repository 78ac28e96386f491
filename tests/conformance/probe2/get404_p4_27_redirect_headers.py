# HttpResponseRedirect sets Location; status 302; permanent 301.
from django.http import HttpResponseRedirect, HttpResponsePermanentRedirect

r = HttpResponseRedirect("/x/?a=1")
p = HttpResponsePermanentRedirect("/y/")
result = (r.status_code, r["Location"], r.url, p.status_code, p.reason_phrase)
