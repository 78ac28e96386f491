#!/bin/sh
# conformance_agg.sh — tests/conformance/agg (aggregation and query expressions) identical to
# Django 5.2 in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh agg
