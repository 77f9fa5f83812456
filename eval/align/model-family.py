#!/usr/bin/env python3
"""Does another model family link claims better than the shipped logistic regression?

    npx tsx eval/align/export-pairs.ts /tmp/pairs.csv
    /usr/bin/python3 eval/align/model-family.py /tmp/pairs.csv

Leave-one-event-out over the annotated events (the read wild groups join every training, as in
`npm run train`), each pair weighted as the training script weighs it (1000 x weight x language
weight / the event's pairs). Prints, for the held-out scores of all candidate pairs: average
precision and the share of same-fact candidates found at precision 0.9, for all events, Arabic and
English. Logistic regression on standardised features (scikit-learn, C=1) stands for the shipped
model (it gives the figures of `npx tsx eval/align-diag.ts`); boosted stumps (depth-1 trees) and
depth-2 trees are the small explainable alternatives the issue names. A check, not a recipe:
nothing here is shipped. Needs numpy and scikit-learn (Debian: python3-sklearn); deterministic.
"""
import csv
import sys
from collections import Counter

try:
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score, precision_recall_curve
    from sklearn.preprocessing import StandardScaler
except ImportError:
    print("skipped: needs numpy and scikit-learn (apt-get install python3-sklearn)")
    sys.exit(0)

if len(sys.argv) < 2:
    print("usage: model-family.py PAIRS.csv (from eval/align/export-pairs.ts)", file=sys.stderr)
    sys.exit(2)

rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))[1:]
event = np.array([r[0] for r in rows])
lang = np.array([r[1] for r in rows])
y = np.array([int(r[2]) for r in rows])
weight = np.array([float(r[3]) for r in rows])
X = np.array([[float(v) for v in r[4:]] for r in rows])
annotated = lang != "wild"
per_language = Counter({e: l for e, l in zip(event[annotated], lang[annotated])}.values())
most = max(per_language.values())
size = Counter(event)
W = np.array([1000 * w * (most / per_language[l] if l in per_language else 1.0) / size[e] for e, l, w in zip(event, lang, weight)])


def recall_at(labels, scores, precision=0.9):
    p, r, _ = precision_recall_curve(labels, scores)
    ok = p >= precision
    return r[ok].max() if ok.any() else 0.0


MODELS = {
    "logistic regression": lambda: LogisticRegression(C=1.0, max_iter=3000),
    "boosted stumps (200, rate 0.1)": lambda: GradientBoostingClassifier(max_depth=1, n_estimators=200, learning_rate=0.1, random_state=0),
    "boosted depth-2 trees (200, rate 0.05)": lambda: GradientBoostingClassifier(max_depth=2, n_estimators=200, learning_rate=0.05, random_state=0),
}
held = np.where(annotated)[0]
for name, make in MODELS.items():
    scores = np.zeros(len(rows))
    for e in sorted(set(event[annotated])):
        train, test = event != e, event == e
        model = make()
        if isinstance(model, LogisticRegression):
            scale = StandardScaler().fit(X[train])
            model.fit(scale.transform(X[train]), y[train], sample_weight=W[train])
            scores[test] = model.predict_proba(scale.transform(X[test]))[:, 1]
        else:
            model.fit(X[train], y[train], sample_weight=W[train])
            scores[test] = model.predict_proba(X[test])[:, 1]
    yy, ss, en = y[held], scores[held], lang[held] == "en"
    parts = [f"{label} AP {average_precision_score(yy[m], ss[m]):.3f}, recall at 0.9 {recall_at(yy[m], ss[m]):.3f}" for label, m in (("all", np.ones_like(en)), ("Arabic", ~en), ("English", en))]
    print(f"{name}: " + "; ".join(parts), flush=True)
