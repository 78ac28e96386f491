#!/bin/sh
# conformance_probe6.sh — tests/conformance/probe6 (sixth probe round: views and HTTP as learners
# write them — RequestFactory and QueryDict, HttpResponse/JsonResponse, Http404 and the shortcuts,
# class-based View, Paginator over querysets) identical to Django in every field, but for the ones
# listed in tests/conformance/probe6/KNOWN_DIFFERENCES; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe6
