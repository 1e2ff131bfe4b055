#!/usr/bin/env bash
# The mutual-check pairing benchmark: solve time and gap to lower bounds on generated cycles, no server, no database.
# Usage: bench/pairing.sh [sizes…] [--seeds N] [--bound-iterations N]   (default: 200 500, 5 seeds)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl core -am test-compile
mvn -B -q -o -pl core -am dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
# The sibling module from this worktree's build, never a jar another worktree left in the shared ~/.m2.
deps=$(tr ':' '\n' < core/target/bench.cp | grep -v '/jp/medsec/' | paste -sd: -)
java -cp "core/target/test-classes:core/target/classes:domain/target/classes:$deps" jp.medsec.peercheck.PairingBench "$@"
