#!/bin/sh
# conformance_probe18.sh — tests/conformance/probe18 (eighteenth probe round: match statements over
# values()/values_list() rows, model instances, a QuerySet, an Http404 in a case) identical to
# Django in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe18
