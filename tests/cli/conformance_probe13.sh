#!/bin/sh
# conformance_probe13.sh — tests/conformance/probe13 (thirteenth probe round: __regex/__iregex
# filters with Python-only regular-expression syntax on the engine's own re, and the re module
# over ORM results) identical to Django in every field, but for the ones listed in
# tests/conformance/probe13/KNOWN_DIFFERENCES; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe13
