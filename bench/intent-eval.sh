#!/usr/bin/env bash
# Intent classifier on a labelled set, trained through the product's own training code:
#   bench/intent-eval.sh <train.csv> <test.csv> [out-of-scope.csv]   (CSV text,category with a header; xSID .tsv too)
#   bench/intent-eval.sh --validate <train.csv>                       (settings compared on a split of train only)
# Embeddings are cached in target/intent-embeddings.bin; delete it to time a cold training run.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q ${MAVEN_OFFLINE:+-o} test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java ${INTENT_EVAL_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.kefu.bench.IntentEval "$@"
