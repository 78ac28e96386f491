#!/bin/sh
# conformance_probe23.sh — tests/conformance/probe23 (twenty-third probe round: result cache
# reuse, slicing rules, first/last/earliest/latest, combining QuerySets with | and &)
# identical to Django in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe23
