#!/bin/sh
# conformance_gen.sh — tests/conformance/gen (600 random QuerySet chains written by
# tests/conformance/make_gen.py) identical to Django in every field; see
# tests/conformance/check.sh.
exec sh tests/conformance/check.sh gen
