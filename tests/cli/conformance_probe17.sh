#!/bin/sh
# conformance_probe17.sh — tests/conformance/probe17 (seventeenth probe round: a standalone
# script's boilerplate — os.environ, django.setup(), settings.configure(), os.path) identical to
# Django in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe17
