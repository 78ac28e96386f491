#!/bin/sh
# conformance_probe14.sh — tests/conformance/probe14 (fourteenth probe round: typed Django code
# under `from __future__ import annotations` with `X | Y` unions — get-or-none helpers, QuerySet
# helpers, a dataclass DTO, NamedTuple/TypedDict rows, get_type_hints, isinstance against unions)
# identical to Django in every field, but for the ones listed in
# tests/conformance/probe14/KNOWN_DIFFERENCES; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe14
