#!/bin/sh
# conformance_probe29.sh — tests/conformance/probe29 (twenty-ninth probe round: database
# functions as transforms — register_lookup(Length), ExtractYear behind __year, bilateral
# transforms under __in and __range) identical to Django in every field; see
# tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe29
