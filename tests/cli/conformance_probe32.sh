#!/bin/sh
# conformance_probe32.sh — tests/conformance/probe32 (thirty-second probe round: relation
# lookups, DISTINCT with values_list, Exists over nothing, SyntaxError in run --json)
# identical to Django in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe32
