#!/usr/bin/env bash
# Builds benchmarks/target/benchmarks.jar, runs the JMH suite and the cold-start benchmark, and
# prints the goal ratios with confidence intervals and PASS/MISS (RatioReport).
#
#   benchmarks/run.sh            quick run (~3-4 min on 2 cores): -f 1 -wi 5 -i 5, 1 s each
#   benchmarks/run.sh --full     publication run (~16 min): -f 2 -wi 10 -i 10, 1 s each
#   benchmarks/run.sh --report   only print the report of the last run's results files
#   benchmarks/run.sh [--full] -- EXTRA_JMH_ARGS   e.g. -- -prof jfr, or a row regex like 'read$'
#
# Results: target/jmh-result.json (suite) and target/jmh-coldstart.json (cold start).
# Every row is measured in the same run, on one thread, with -prof gc (B/op).
set -euo pipefail
cd "$(dirname "$0")"

mode=quick
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --full) mode=full; shift ;;
    --quick) mode=quick; shift ;;
    --report) mode=report; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

jar=target/benchmarks.jar
result=target/jmh-result.json
cold=target/jmh-coldstart.json

if [ "$mode" != report ]; then
  echo "== building $jar"
  (cd .. && ./mvnw -B -q -pl benchmarks -am package -DskipTests)

  case "$mode" in
    quick) suite=(-f 1 -wi 5 -w 1s -i 5 -r 1s) ;;
    full) suite=(-f 2 -wi 10 -w 1s -i 10 -r 1s) ;;
  esac

  echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "== suite ($mode): ${suite[*]} -t 1 -prof gc"
  java -jar "$jar" 'org\.eventreport\.benchmarks\.ReportBenchmarks\.' \
    "${suite[@]}" -t 1 -prof gc -rf json -rff "$result" "${extra[@]}"

  echo "== cold start: -bm ss -f 5 -wi 0 -i 1"
  java -jar "$jar" 'org\.eventreport\.benchmarks\.ColdStart\.' \
    -bm ss -f 5 -wi 0 -i 1 -tu ms -rf json -rff "$cold"
fi

echo
echo "== report ($(nproc) cores, $(java -version 2>&1 | head -1))"
java -cp "$jar" org.eventreport.benchmarks.RatioReport "$result" "$cold"
