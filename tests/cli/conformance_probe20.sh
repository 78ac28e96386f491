#!/bin/sh
# conformance_probe20.sh — tests/conformance/probe20 (twentieth probe round: Q/F/aggregate/function
# reprs, _meta, query.where, integer lookups' float rounding and 64-bit overflow, managers printed)
# identical to Django in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe20
