#!/bin/sh
# conformance_probe31.sh — tests/conformance/probe31 (thirty-first probe round: Python over
# query results, cached_property, isocalendar, the ORM's class hierarchy, bitwise expressions)
# identical to Django in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe31
