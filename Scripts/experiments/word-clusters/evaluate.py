"""Proxy classifier: TF-IDF(sublinear) word 1-2grams + char_wb 2-5grams -> LinearSVC.
Baseline vs lexicon variants. Usage: python3 evaluate.py [--C 1.0] [--bank-seeds 0] [--only base,v1,v2,v3,v4]"""
import re, json, time, argparse, numpy as np, scipy.sparse as sp
from common import encoder_vocabulary, normalise, read_labelled
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC
from sklearn.model_selection import train_test_split

ap = argparse.ArgumentParser()
ap.add_argument("--C", type=float, default=None)
ap.add_argument("--tuneC", action="store_true")
ap.add_argument("--bank-seeds", default="0")
ap.add_argument("--only", default="base,v1,v2,v3,v4")
ap.add_argument("--weights", default="", help="V4 weights only, comma-separated")
ap.add_argument("--dims", type=int, default=0, help="V4: keep this many principal components (0: all 384)")
ap.add_argument("--encoder-words-only", action="store_true", help="V4: only the encoder's own whole words, none taken from the datasets")
ap.add_argument("--out", default="results.jsonl")
ap.add_argument("--ks", default="500,1000,2000")
args = ap.parse_args()

WORD = re.compile(r"[a-z]+")
norm = normalise

# ---- lexicons ----
words = [l.rstrip("\n") for l in open("words.txt", encoding="utf-8")]
class _Clusters(dict):
    def __missing__(self, k):
        self[k] = dict(l.rstrip("\n").split("\t") for l in open(f"clusters_k{k}.tsv", encoding="utf-8"))
        return self[k]
clusters = _Clusters()
nbrs = {}
for l in open("neighbours.tsv", encoding="utf-8"):
    if l.startswith("#"): continue
    p = l.rstrip("\n").split("\t")
    nbrs[p[0]] = [(p[i], float(p[i + 1])) for i in range(1, len(p), 2)]

def base_mats(tr, te):
    wv = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"[a-z0-9]+", min_df=1)
    cv = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1)
    Xtr = sp.hstack([wv.fit_transform(tr), cv.fit_transform(tr)]).tocsr()
    return Xtr, (lambda texts: sp.hstack([wv.transform(texts), cv.transform(texts)]).tocsr())

def lex_block(tr_tok, te_tok, w):
    v = TfidfVectorizer(analyzer=lambda s: s, sublinear_tf=True)
    return w * v.fit_transform(tr_tok), w * v.transform(te_tok)

def fit_pred(Xtr, ytr, Xte, C):
    clf = LinearSVC(C=C, max_iter=5000).fit(Xtr, ytr)
    return clf.predict(Xte)

def metrics(name, pred, yte):
    pred = np.asarray(pred); yte = np.asarray(yte)
    if name == "clinc":
        ins = yte != "oos"
        return {"inscope_acc": float((pred[ins] == yte[ins]).mean()), "oos_recall": float((pred[~ins] == "oos").mean()),
                "correct": (pred == yte).astype(int).tolist()}
    return {"acc": float((pred == yte).mean()), "correct": (pred == yte).astype(int).tolist()}

# ---- datasets ----
ctr_x, ctr_y = read_labelled("clinc150/train.csv")
cva_x, cva_y = read_labelled("clinc150/val.csv")
btx, bty = read_labelled("banking77/train.csv")
sets = {"clinc": [(ctr_x, ctr_y, cva_x, cva_y, None)]}
sets["bank"] = []
for s in [int(x) for x in args.bank_seeds.split(",")]:
    a, b, c, d = train_test_split(btx, bty, test_size=0.2, random_state=s, stratify=bty)
    sets["bank"].append((a, c, b, d, s))

def choose_C():
    # tune C on a train-internal stratified 80/20 split of CLINC train (val untouched)
    a, b, c, d = train_test_split(ctr_x, ctr_y, test_size=0.2, random_state=123, stratify=ctr_y)
    Xa, tf = base_mats([norm(t) for t in a], None); Xb = tf([norm(t) for t in b])
    res = {}
    for C in [0.1, 0.3, 1.0, 3.0]:
        m = metrics("clinc", fit_pred(Xa, c, Xb, C), d); res[C] = m["inscope_acc"]
        print(f"  C={C}: train-internal in-scope acc {m['inscope_acc']:.4f}, oos recall {m['oos_recall']:.4f}", flush=True)
    return max(res, key=res.get)

C = args.C
if C is None or args.tuneC:
    C = choose_C(); print("chosen C", C, flush=True)

def variants():
    only = args.only.split(",")
    if "base" in only: yield ("baseline", {})
    if "v1" in only:
        for k in [int(x) for x in args.ks.split(",")]:
            for w in [0.3, 0.5, 1.0]:
                yield (f"V1 k={k} w={w}", {"v1": (k, w)})
    if "v2" in only:
        for mode in ["append", "subst"]:
            for t in [0.5, 0.6, 0.7]:
                yield (f"V2 {mode} t={t}", {"v2": (mode, t)})
    if "v3" in only:
        for w in [0.2, 0.3, 0.5]:
            yield (f"V3 top3 w={w}", {"v3": w})
    if "v4" in only:
        for w in ([float(x) for x in args.weights.split(",")] if args.weights else [0.3, 0.5, 1.0, 2.0, 3.0]):
            yield (f"V4 mean vector w={w}" + (f" dims={args.dims}" if args.dims else "")
                   + (" encoder words only" if args.encoder_words_only else ""), {"v4": w})

_vectors = None
def mean_vectors(texts):
    """Per text, the L2-normalised mean of its words' encoder vectors (a dense block)."""
    global _vectors
    if _vectors is None:
        matrix = np.load("embeddings_f16.npy").astype(np.float32)
        if args.dims:
            centred = matrix - matrix.mean(0)
            _, _, components = np.linalg.svd(centred, full_matrices=False)
            matrix = centred @ components[: args.dims].T
        keep = set(words)
        if args.encoder_words_only:
            keep = set(encoder_vocabulary())
        _vectors = (matrix, {word: i for i, word in enumerate(words) if word in keep})
    matrix, position = _vectors
    out = np.zeros((len(texts), matrix.shape[1]), np.float32)
    for r, text in enumerate(texts):
        rows = [position[x] for x in WORD.findall(text) if x in position]
        if rows:
            v = matrix[rows].mean(0)
            out[r] = v / max(np.linalg.norm(v), 1e-9)
    return out

def v2_text(t, trvocab, mode, thr):
    out = []
    for tok in t.split():
        if tok.isalpha() and tok not in trvocab:
            rep = next((n for n, c in nbrs.get(tok, []) if c >= thr and n in trvocab), None)
            if rep is not None:
                out += [rep] if mode == "subst" else [tok, rep]; continue
        out.append(tok)
    return " ".join(out)

def v2_stats(te, trvocab, thr):
    oov = [tok for t in te for tok in t.split() if tok.isalpha() and tok not in trvocab]
    hit = [tok for tok in oov if any(c >= thr and n in trvocab for n, c in nbrs.get(tok, []))]
    return len(oov), len(hit)

cache = {}
fout = open(args.out, "a")
for vname, cfg in variants():
    row = {"variant": vname, "C": C}
    t0 = time.time()
    for dname, splits in sets.items():
        for si, (tr, ytr, te, yte, seed) in enumerate(splits):
            key = (dname, si)
            if key not in cache:
                trn, ten = [norm(x) for x in tr], [norm(x) for x in te]
                Xtr, tf = base_mats(trn, None)
                cache[key] = (trn, ten, Xtr, tf, tf(ten), set(w for x in trn for w in x.split()))
            trn, ten, Xtr, tf, Xte, trvocab = cache[key]
            if "v1" in cfg:
                k, w = cfg["v1"]; cl = clusters[k]
                toks = lambda L: [["k%s" % cl[x] for x in WORD.findall(s) if x in cl] for s in L]
                A, B = lex_block(toks(trn), toks(ten), w)
                Xtr2, Xte2 = sp.hstack([Xtr, A]).tocsr(), sp.hstack([Xte, B]).tocsr()
            elif "v2" in cfg:
                mode, thr = cfg["v2"]
                Xtr2, Xte2 = Xtr, tf([v2_text(x, trvocab, mode, thr) for x in ten])
                n_oov, n_hit = v2_stats(ten, trvocab, thr)
                row[f"{dname}{si}_oov_tokens"] = n_oov; row[f"{dname}{si}_oov_mapped"] = n_hit
            elif "v3" in cfg:
                w = cfg["v3"]
                toks = lambda L: [["n:" + n for x in WORD.findall(s) for n, c in nbrs.get(x, [])[:3]] for s in L]
                A, B = lex_block(toks(trn), toks(ten), w)
                Xtr2, Xte2 = sp.hstack([Xtr, A]).tocsr(), sp.hstack([Xte, B]).tocsr()
            elif "v4" in cfg:
                w = cfg["v4"]
                A, B = mean_vectors(trn), mean_vectors(ten)
                Xtr2 = sp.hstack([Xtr, sp.csr_matrix(w * A)]).tocsr()
                Xte2 = sp.hstack([Xte, sp.csr_matrix(w * B)]).tocsr()
            else:
                Xtr2, Xte2 = Xtr, Xte
            m = metrics(dname, fit_pred(Xtr2, ytr, Xte2, C), yte)
            for kk, vv in m.items(): row[f"{dname}{si}_{kk}"] = vv
    row["secs"] = round(time.time() - t0, 1)
    fout.write(json.dumps(row) + "\n"); fout.flush()
    print(json.dumps({k: v for k, v in row.items() if "correct" not in k}), flush=True)
