#!/usr/bin/env bash
# The benchmark suite of followup-bot: builds the jar, runs every test tagged "benchmark" inside -Xmx256m
# (start-up, conversation heap, delivery throughput and due-work cost, Slack ack latency and intake steps, a
# 20,000-member Monday through the Slack emulator at Slack's limits),
# then prints one line per figure: BENCH <name> <value> <unit>. About five minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/../../.."
rm -f target/bench/results.txt
mvn -B -q -Pbenchmark verify
echo
echo "Figures (also in target/bench/results.txt):"
cat target/bench/results.txt
