#!/bin/sh
# conformance_probe24.sh — tests/conformance/probe24 (twenty-fourth probe round: plain Python over
# ORM results: groupby/Counter/statistics, Decimal and date formatting, json, Decimal aggregates)
# identical to Django in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe24
