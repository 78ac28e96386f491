#!/bin/sh
# conformance_core.sh — tests/conformance/core (lazy_, get404_, chain_, model_, qs_, lookups_, err_) identical to
# Django 5.2 in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh core
