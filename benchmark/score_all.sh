#!/bin/bash
# The scorer's line on every labelled set we may read: openings + full (default), openings2/train and
# each benchmark/blind/<SET>/ (never openings2/check: score that one alone, summary line only).
#   usage: benchmark/score_all.sh OUTFILE   (from the project root; compare two runs with diff)
set -u
cd "$(dirname "$0")/.." || exit 1
export PATH=$PWD/.venv/bin:$PATH
scorer=../shared/tools/score_corpus.py
{
  echo "default $(python3 $scorer 2>/dev/null | tail -1)"
  echo "train $(python3 $scorer --corpus ../shared/corpus/openings2/train 2>/dev/null | tail -1)"
  for d in benchmark/blind/*/; do
    [ -n "$(ls "$d"*.json 2>/dev/null)" ] || continue  # an audit's texts: unlabelled, not a set
    echo "$(basename "$d") $(python3 $scorer --corpus "$d" 2>/dev/null | tail -1)"
  done
} > "${1:?usage: benchmark/score_all.sh OUTFILE}"
