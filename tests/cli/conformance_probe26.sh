#!/bin/sh
# conformance_probe26.sh — tests/conformance/probe26 (twenty-sixth probe round: CaptureQueriesContext,
# connection.execute_wrapper with blockers and SQL-changing wrappers, assertNumQueries) identical to
# Django in every field but the listed savepoint names; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe26
