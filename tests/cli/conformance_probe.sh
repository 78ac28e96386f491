#!/bin/sh
# conformance_probe.sh — tests/conformance/probe (281 probes of every kind, written to find
# where ormkata and Django 5.2 part) identical to Django in every field, but for the ones
# listed in tests/conformance/probe/KNOWN_DIFFERENCES; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe
