"""Table from result files (results.jsonl unless named): deltas vs baseline with paired-bootstrap 95% CI (CLINC in-scope rows; Banking77 pooled over seeds)."""
import json, sys, numpy as np
from common import read_labelled

rows = {}
for f in sys.argv[1:] or ["results.jsonl"]:
    for l in open(f):
        r = json.loads(l); rows[r["variant"]] = r
base = rows["baseline"]
_, y = read_labelled("clinc150/val.csv")
ins = np.array([t != "oos" for t in y])
seeds = sorted({k.split("_")[0] for k in base if k.startswith("bank") and k.endswith("_acc")})
rng = np.random.default_rng(0)
def ci(a, b, B=2000):
    d = np.asarray(a, float) - np.asarray(b, float); n = len(d)
    bs = d[rng.integers(0, n, (B, n))].mean(1)
    return d.mean(), np.percentile(bs, 2.5), np.percentile(bs, 97.5)
print(f"{'variant':22s} {'CLINC in-scope':>15s} {'d (95% CI)':>24s} {'oos rec':>8s} {'Bank77 acc (mean seeds)':>24s} {'per-seed':>24s} {'d (95% CI)':>24s}")
for v, r in rows.items():
    c = np.array(r["clinc0_correct"]); cb = np.array(base["clinc0_correct"])
    dc = ci(c[ins], cb[ins])
    bk = np.concatenate([r[f"{s}_correct"] for s in seeds]); bb = np.concatenate([base[f"{s}_correct"] for s in seeds])
    db = ci(bk, bb)
    per = "/".join(f"{100*r[f'{s}_acc']:.2f}" for s in seeds)
    print(f"{v:22s} {100*r['clinc0_inscope_acc']:15.2f} {100*dc[0]:+7.2f} [{100*dc[1]:+.2f},{100*dc[2]:+.2f}] {100*r['clinc0_oos_recall']:8.1f} "
          f"{100*np.mean([r[f'{s}_acc'] for s in seeds]):24.2f} {per:>24s} {100*db[0]:+7.2f} [{100*db[1]:+.2f},{100*db[2]:+.2f}]")
