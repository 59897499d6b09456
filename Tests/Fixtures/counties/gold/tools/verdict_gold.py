"""What the verdict-gold scripts of this folder share: the two texts of a pair, normalized as the
reference does, the labels, and the checks that write and re-read a gold file.

A script makes one `Pair`, labels with its `Q` (a target quantity) and `T` (a task), and calls
`main()`; `--show` prints every record, `--uncovered` the plan's numbers in no target span. Every
quote must occur exactly once in its part (or inside a unique context string given with it);
target spans must not overlap; the written file is re-read and its offsets checked.
(The machinery is that of shared/corpus/counties/gold/tools/label_verdicts_*.py.)
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent          # .../Tests/Fixtures/counties/gold/tools
CORPUS = HERE.parents[1]                        # .../Tests/Fixtures/counties
sys.path.insert(0, str(HERE.parents[3] / "Support"))
from normalize import normalize  # noqa: E402

OUTCOMES = {"reached", "exceeded", "short", "done", "progress", "silent"}


class Pair:
    """A plan report and the next report of the same place, with the parts labels come from."""

    def __init__(self, plan_file, review_file, plan_part, review_part, place):
        self.plan_file, self.review_file = plan_file, review_file
        self.out = CORPUS / "gold" / plan_file.replace(".txt", ".verdicts.gold.jsonl")
        self.plan = normalize((CORPUS / plan_file).read_text(encoding="utf-8"))
        self.review = normalize((CORPUS / review_file).read_text(encoding="utf-8"))
        self.plan_lo = self.plan.index(plan_part[0])
        self.plan_hi = self.plan.index(plan_part[1], self.plan_lo)
        self.rev_lo = self.review.index(review_part[0])
        self.rev_hi = self.review.index(review_part[1], self.rev_lo)
        assert self.plan_lo < self.plan_hi and self.rev_lo < self.rev_hi
        assert place in self.plan[self.plan_lo:self.plan_hi] and place in self.review[self.rev_lo:self.rev_hi]
        self.labels = []

    def label(self, kind, target, outcome, actual=None, evidence=None, optional=False, tctx=None, ectx=None,
              split=False):
        """One labelled commitment.  actual: (value, unit) with scale words applied; split=True
        marks a figure outcome whose review figures are given per part (no single actual)."""
        self.labels.append(dict(kind=kind, target=target, outcome=outcome, actual=actual, evidence=evidence,
                                optional=optional, tctx=tctx, ectx=ectx, split=split))

    def Q(self, *a, **k):
        self.label("quantity", *a, **k)

    def T(self, *a, **k):
        self.label("task", *a, **k)

    @staticmethod
    def locate(text, quote, lo, hi, ctx):
        """Offset of `quote` inside text[lo:hi]; it (or its context string) must occur exactly once there."""
        if ctx is None:
            i = text.find(quote, lo, hi)
            assert i >= 0, f"not found in part: {quote}"
            assert text.find(quote, i + 1, hi) < 0, f"occurs more than once in part: {quote}"
            return i
        j = text.find(ctx, lo, hi)
        assert j >= 0, f"context not found in part: {ctx}"
        assert text.find(ctx, j + 1, hi) < 0, f"context occurs more than once in part: {ctx}"
        k = ctx.find(quote)
        assert k >= 0, f"quote not in its context: {quote}"
        return j + k

    def build(self):
        records = [{"type": "pair", "plan": self.plan_file, "review": self.review_file}]
        seen = []
        for lab in self.labels:
            s = self.locate(self.plan, lab["target"], self.plan_lo, self.plan_hi, lab["tctx"])
            e = s + len(lab["target"])
            for (a, b, q) in seen:
                assert e <= a or s >= b, f"target spans overlap: {q} / {lab['target']}"
            seen.append((s, e, lab["target"]))
            outcome = lab["outcome"]
            assert outcome in OUTCOMES, outcome
            if outcome == "silent":
                assert lab["evidence"] is None and lab["actual"] is None, lab["target"]
                ev = None
            else:
                assert lab["evidence"], f"evidence missing: {lab['target']}"
                es = self.locate(self.review, lab["evidence"], self.rev_lo, self.rev_hi, lab["ectx"])
                ev = {"start": es, "end": es + len(lab["evidence"]), "quote": lab["evidence"]}
            if outcome in ("reached", "exceeded", "short") and not (lab["optional"] or lab["split"]):
                assert lab["actual"] is not None, f"figure outcome without actual: {lab['target']}"
            act = None
            if lab["actual"] is not None:
                v, u = lab["actual"]
                act = {"value": v, "unit": u}
            rec = {"type": "verdict",
                   "target": {"kind": lab["kind"], "start": s, "end": e, "quote": lab["target"]},
                   "outcome": outcome, "actual": act, "evidence": ev}
            if lab["optional"]:
                rec["optional"] = True
            records.append(rec)
        records[1:] = sorted(records[1:], key=lambda r: r["target"]["start"])
        return records

    def validate(self):
        """Re-read the written file: every line parses, offsets slice to the quotes, targets lie in
        the plan part and evidence in the review part."""
        lines = self.out.read_text(encoding="utf-8").splitlines()
        assert lines[0] == json.dumps({"type": "pair", "plan": self.plan_file, "review": self.review_file},
                                      ensure_ascii=False, separators=(",", ":"))
        for line in lines[1:]:
            r = json.loads(line)
            assert r["type"] == "verdict" and r["target"]["kind"] in ("quantity", "task")
            assert r["outcome"] in OUTCOMES
            t = r["target"]
            assert self.plan[t["start"]:t["end"]] == t["quote"], t
            assert self.plan_lo <= t["start"] < t["end"] <= self.plan_hi, t
            ev = r["evidence"]
            if r["outcome"] == "silent":
                assert ev is None and r["actual"] is None, t
            else:
                assert self.review[ev["start"]:ev["end"]] == ev["quote"], ev
                assert self.rev_lo <= ev["start"] < ev["end"] <= self.rev_hi, ev
            assert r.get("optional", True) is True
        return len(lines) - 1

    def uncovered(self, records):
        """Numbers of the plan part in no target span (each should be a date, a name, a footnote
        marker or a figure not committed to)."""
        spans = [(r["target"]["start"], r["target"]["end"]) for r in records[1:]]
        for m in re.finditer(r"[0-9][0-9.]*", self.plan[self.plan_lo:self.plan_hi]):
            i = self.plan_lo + m.start()
            if not any(a <= i < b for a, b in spans):
                print(f"  {i:6d} {self.plan[max(self.plan_lo, i - 16):i + 12]!r}")

    def main(self):
        records = self.build()
        with open(self.out, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
        n = self.validate()
        if "--show" in sys.argv:
            for r in records[1:]:
                a = r["actual"]
                print(f"{r['target']['kind'][0]} {'opt ' if r.get('optional') else '    '}{r['outcome']:9s}"
                      f" {r['target']['quote']} | {a['value'] if a else ''}{a['unit'] if a else ''}"
                      f" | {(r['evidence'] or {}).get('quote', '')}")
        if "--uncovered" in sys.argv:
            self.uncovered(records)
        c = Counter((r["target"]["kind"], r["outcome"], bool(r.get("optional"))) for r in records[1:])
        print(f"wrote {self.out.relative_to(CORPUS)}: {n} verdicts")
        for k in sorted(c):
            print(f"  {k[0]:8s} {k[1]:9s} {'optional' if k[2] else 'required'} {c[k]}")
