#!/bin/sh
# conformance_probe21.sh — tests/conformance/probe21 (twenty-first probe round: field class
# hierarchy, shortcut misuse, RawQuerySet, transaction API misuse, indexes and EXPLAIN)
# identical to Django in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe21
