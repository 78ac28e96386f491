#!/bin/sh
# conformance_probe12.sh — tests/conformance/probe12 (twelfth probe round: the ORM combined with
# the Python features kata Python only just gained — generator functions over QuerySets,
# TextChoices/IntegerChoices and enum.Enum values in filters, dataclasses built from rows, typing
# annotations, contextlib.contextmanager around atomic() and CaptureQueriesContext,
# assertNumQueries outside a runner, abc.ABC helpers, functools.reduce over Q, statistics against
# Avg, sys.stdout.write) identical to Django in every field, but for the ones listed in
# tests/conformance/probe12/KNOWN_DIFFERENCES; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe12
