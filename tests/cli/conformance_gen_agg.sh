#!/bin/sh
# conformance_gen_agg.sh — tests/conformance/gen_agg (700 random aggregation chains written
# by tests/conformance/make_gen_agg.py) identical to Django in every field; see
# tests/conformance/check.sh.
exec sh tests/conformance/check.sh gen_agg
