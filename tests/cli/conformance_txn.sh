#!/bin/sh
# conformance_txn.sh — tests/conformance/txn (transactions, raw SQL, indexes) identical to
# Django 5.2 in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh txn
