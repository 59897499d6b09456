#!/usr/bin/env python3
"""Turns hand-written verdict labels into a gold file with offsets (shared/spec/verdicts.md).

    label_verdicts.py LABELS.tsv PLAN_NORMALIZED.txt REVIEW_NORMALIZED.txt PLAN_NAME REVIEW_NAME > GOLD.jsonl

LABELS.tsv has one label a line, tab-separated: kind (quantity|task), the plan's quote, the
outcome, the actual ("5.2 %", "12440000 人" or "-"), the review's evidence quote (or "-"), and
"optional" or "required". '#' lines are comments. A line "after<TAB>TEXT" in the labels makes
the following plan quotes be searched after TEXT (the plan part's heading); "review<TAB>TEXT"
does the same for evidence. Normalized texts come from `luoshi extract FILE --format text`.
The labels are the judgement; this script only finds where each quote is, and fails loudly
when a quote is not in the text or not unique after the anchor.
"""
import json
import sys


def find(text, quote, after, what):
    at = text.find(quote, after)
    if at < 0:
        sys.exit(f"{what} not found: {quote}")
    return at


def main():
    labels, plan_path, review_path, plan_name, review_name = sys.argv[1:6]
    plan = open(plan_path, encoding="utf-8").read()
    review = open(review_path, encoding="utf-8").read()
    plan_after = review_after = 0
    print(json.dumps({"type": "pair", "plan": plan_name, "review": review_name}, ensure_ascii=False))
    for n, line in enumerate(open(labels, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields[0] == "after":
            plan_after = find(plan, fields[1], 0, f"line {n}: anchor")
            continue
        if fields[0] == "review":
            review_after = find(review, fields[1], 0, f"line {n}: anchor")
            continue
        kind, quote, outcome, actual, evidence, need = fields
        start = find(plan, quote, plan_after, f"line {n}: plan quote")
        record = {
            "type": "verdict",
            "target": {"kind": kind, "start": start, "end": start + len(quote), "quote": quote},
            "outcome": outcome,
            "actual": None,
            "evidence": None,
        }
        if actual != "-":
            value, unit = actual.split(" ")
            record["actual"] = {"value": float(value), "unit": unit}
        if evidence != "-":
            at = find(review, evidence, review_after, f"line {n}: evidence")
            record["evidence"] = {"start": at, "end": at + len(evidence), "quote": evidence}
        if need == "optional":
            record["optional"] = True
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
