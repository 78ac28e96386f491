#!/bin/sh
# conformance_probe3.sh — tests/conformance/probe3 (probes of aggregation, subqueries, database
# functions, transactions, raw SQL and indexes, written to find where ormkata and Django 5.2
# part) identical to Django in every field, but for the ones listed in
# tests/conformance/probe3/KNOWN_DIFFERENCES; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe3
