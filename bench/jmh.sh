#!/usr/bin/env bash
# Runs the project's JMH benchmarks (src/test/java, e.g. org.kefu.bench.FieldCipherBenchmark).
#
# Usage: bench/jmh.sh [JMH args...]
#   bench/jmh.sh                          all benchmarks, -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1
#   bench/jmh.sh FieldCipherBenchmark     one class (JMH takes benchmark regexps)
#   bench/jmh.sh -t 2 -rf json encrypt    any JMH option; one given here replaces the default above
#                                         (write options as separate words: "-i 10", not "-i10")
#   bench/jmh.sh -h                       JMH's own help
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

mvn -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt

# JMH refuses an option given twice, so a default is only added when the caller did not give it.
defaults=(-f 1 -wi 3 -w 2s -i 5 -r 2s -t 1)
args=()
for (( k = 0; k < ${#defaults[@]}; k += 2 )); do
    option="${defaults[k]}"
    given=false
    for arg in "$@"; do
        [[ "$arg" == "$option" ]] && given=true
    done
    $given || args+=("$option" "${defaults[k + 1]}")
done

exec java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main "${args[@]}" "$@"
