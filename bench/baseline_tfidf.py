#!/usr/bin/env python3
"""The obvious alternative to src/events: scikit-learn TF-IDF + cosine + connected components.

    /usr/bin/python3 bench/baseline_tfidf.py ant [threshold]     # ANT corpus: time, peak memory, events
    /usr/bin/python3 bench/baseline_tfidf.py basil               # BASIL: B-cubed F1 per threshold

Prints one JSON line. Cosine is computed in row blocks (never the dense all-pairs matrix);
no date window, no background-sentence handling: that is what the TypeScript grouping adds.
Peak memory is this process's max RSS (resource.getrusage).
"""
import glob
import json
import os
import resource
import sys
import time

try:
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from sklearn.feature_extraction.text import TfidfVectorizer
except ImportError as e:  # reported by bench/events.ts as a skip
    print(json.dumps({"skipped": f"scikit-learn not available: {e}"}))
    sys.exit(0)

DATA = "/work/shared/data"
BLOCK = 1000


def load_ant():
    docs = []
    for path in sorted(glob.glob(os.path.join(DATA, "ant-corpus-multisource", "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    docs.append((r["docno"], r.get("title", "") + "\n" + r.get("text", "")))
    return docs


def load_basil():
    docs, gold = [], []
    for path in sorted(glob.glob(os.path.join(DATA, "basil", "articles", "*", "*.json"))):
        with open(path, encoding="utf-8") as f:
            r = json.load(f)
        body = "\n\n".join(" ".join(p) for p in r["body-paragraphs"])
        docs.append((os.path.basename(path), r["title"] + "\n" + body))
        gold.append(r["triplet-uuid"])
    return docs, gold


def group(texts, threshold):
    x = TfidfVectorizer(sublinear_tf=True, min_df=1).fit_transform(texts)
    n = x.shape[0]
    rows, cols = [], []
    xt = x.T.tocsr()
    for start in range(0, n, BLOCK):
        sims = (x[start:start + BLOCK] @ xt).toarray()
        r, c = np.nonzero(sims >= threshold)
        keep = c > r + start
        rows.append(r[keep] + start)
        cols.append(c[keep])
    rows = np.concatenate(rows) if rows else np.array([], dtype=int)
    cols = np.concatenate(cols) if cols else np.array([], dtype=int)
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    return labels


def bcubed(labels, gold):
    from collections import Counter
    pairs = Counter(zip(labels, gold))
    psize, gsize = Counter(labels), Counter(gold)
    p = sum(pairs[(l, g)] / psize[l] for l, g in zip(labels, gold)) / len(gold)
    r = sum(pairs[(l, g)] / gsize[g] for l, g in zip(labels, gold)) / len(gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "ant"
    if mode == "basil":
        docs, gold = load_basil()
        texts = [t for _, t in docs]
        scores = {str(t): round(bcubed(list(group(texts, t)), gold), 3) for t in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)}
        best = max(scores, key=scores.get)
        print(json.dumps({"corpus": "basil", "b3f1_by_threshold": scores, "best_threshold": float(best), "best_b3f1": scores[best]}))
        return
    threshold = float(sys.argv[2]) if len(sys.argv) > 2 else 0.3
    t0 = time.perf_counter()
    docs = load_ant()
    t1 = time.perf_counter()
    labels = group([t for _, t in docs], threshold)
    t2 = time.perf_counter()
    sizes = np.bincount(labels)
    print(json.dumps({
        "corpus": "ant", "articles": len(docs), "threshold": threshold,
        "load_s": round(t1 - t0, 2), "group_s": round(t2 - t1, 2),
        "events": int(len(sizes)), "largest_event": int(sizes.max()),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }))


if __name__ == "__main__":
    main()
