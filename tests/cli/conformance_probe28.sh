#!/bin/sh
# conformance_probe28.sh — tests/conformance/probe28 (twenty-eighth probe round: custom lookups,
# transforms and Func subclasses written as Django's docs write them; explain() through the
# execute wrappers) identical to Django in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe28
