#!/bin/sh
# conformance_probe4.sh — tests/conformance/probe4 (fourth probe round: code as learners and
# instructors write it — query counting with CaptureQueriesContext and connection.queries, N+1
# loops, printing, Decimal/date arithmetic, full_clean, F() updates, atomic transfers, raw SQL with
# f-strings and params, explain() and indexes) identical to Django in every field, but for the
# ones listed in tests/conformance/probe4/KNOWN_DIFFERENCES; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe4
