#!/bin/sh
# conformance_probe30.sh — tests/conformance/probe30 (thirtieth probe round: connections,
# router and DEFAULT_DB_ALIAS, using() an alias that does not exist, connection as Django's
# ConnectionProxy; QuerySet odds and ends) identical to Django in every field; see
# tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe30
