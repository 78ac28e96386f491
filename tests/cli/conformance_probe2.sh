#!/bin/sh
# conformance_probe2.sh — tests/conformance/probe2 (second probe round: laziness, related
# managers, get_object_or_404 and views, chains) identical to Django in every field, but for the
# ones listed in tests/conformance/probe2/KNOWN_DIFFERENCES; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe2
