#!/bin/sh
# conformance_probe22.sh — tests/conformance/probe22 (twenty-second probe round: set operations,
# dates(), nulls ordering, get_or_create/update_or_create variants, bulk_update, iterator,
# values()/annotate() grouping) identical to Django in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe22
