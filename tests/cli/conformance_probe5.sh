#!/bin/sh
# conformance_probe5.sh — tests/conformance/probe5 (fifth probe round: lookups with edge values —
# LIKE escaping of %, _ and \, iexact/None, in with empty lists, querysets, None and generators,
# range over dates and datetimes, isnull across relations, regex, date/time part transforms with
# gt/lte; DecimalField/FloatField conversions and full_clean validation; model instances with
# explicit pks, deleted pks, unknown kwargs, equality and repr) identical to Django in every
# field, but for the ones listed in tests/conformance/probe5/KNOWN_DIFFERENCES; see
# tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe5
