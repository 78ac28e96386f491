#!/bin/sh
# conformance_probe16.sh — tests/conformance/probe16 (sixteenth probe round: multiple inheritance —
# QuerySet, view, dict and exception mixins, Manager.from_queryset over a mixed QuerySet)
# identical to Django in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe16
