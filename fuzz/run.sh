#!/bin/sh
# fuzz/run.sh FUZZER SECONDS — run the libFuzzer target for SECONDS.
#
# The working corpus is build-fuzz/corpus (kept between runs, so coverage
# accumulates); tests/lang/*.py and bench/*.py seed it read-only.
# fuzz/python.dict gives the mutator Python's keywords and operators.
# Crashes, leaks and timeouts are written to build-fuzz/crashes/ and make
# the script exit non-zero. Replay one with: FUZZER build-fuzz/crashes/FILE
set -u
fuzzer=${1:?usage: fuzz/run.sh FUZZER SECONDS}
seconds=${2:-300}
cd "$(dirname "$0")/.." || exit 2
mkdir -p build-fuzz/corpus build-fuzz/crashes
seeds=""
for d in tests/lang bench; do
    ls $d/*.py > /dev/null 2>&1 && seeds="$seeds $d"
done
echo "fuzz: $fuzzer for ${seconds}s (corpus build-fuzz/corpus, seeds:${seeds:- none})"
exec "$fuzzer" \
    -max_total_time="$seconds" \
    -max_len=8192 \
    -timeout=5 \
    -rss_limit_mb=2048 \
    -print_final_stats=1 \
    -dict=fuzz/python.dict \
    -artifact_prefix=build-fuzz/crashes/ \
    build-fuzz/corpus $seeds < /dev/null
