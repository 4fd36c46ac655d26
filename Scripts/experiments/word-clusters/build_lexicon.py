"""Embeds every whole word of the model's vocabulary and of the datasets (each word alone), then
writes words.txt, embeddings_f16.npy, neighbours.tsv (top 5 by cosine) and clusters_k{500,1000,2000}.tsv
(k-means on the L2-normalised vectors). About 25 minutes on 2 cores."""
import re, csv, numpy as np, time
import os
# The shared datasets beside the checkout (or $SWITCHBOARD_DATASETS); outputs go to the working
# directory.
DATASETS = os.environ.get("SWITCHBOARD_DATASETS") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "datasets")
from encoder import Encoder
from sklearn.cluster import KMeans
vocab = [l.rstrip("\n") for l in open(os.path.join(os.environ.get("MODEL_DIR", "model"), "vocab.txt"), encoding="utf-8")]
vw = {t for t in vocab if re.fullmatch(r"[a-z]{2,}", t)}
ds_words = set()
for f in [os.path.join(DATASETS, p) for p in
          ("clinc150/train.csv", "clinc150/val.csv", "banking77/train.csv")]:
    for row in csv.DictReader(open(f, encoding="utf-8")):
        for wd in re.split(r"[^a-z]+", row["text"].lower()):
            if wd: ds_words.add(wd)
words = sorted(vw | ds_words)
print(f"vocab.txt whole words: {len(vw)}; dataset words: {len(ds_words)}; dataset-only: {len(ds_words - vw)}; total: {len(words)}")
enc = Encoder()
t = time.time()
E = enc.encode(words, batch_size=512)
print(f"embedded {len(words)} words in {time.time()-t:.1f}s")
np.save("embeddings_f16.npy", E.astype(np.float16))
open("words.txt", "w").write("\n".join(words) + "\n")

words = [l.rstrip("\n") for l in open("words.txt", encoding="utf-8")]
E = np.load("embeddings_f16.npy").astype(np.float32)
E /= np.linalg.norm(E, axis=1, keepdims=True)
# nearest neighbours (cosine), top-5 excluding self
t = time.time()
with open("neighbours.tsv", "w", encoding="utf-8") as f:
    f.write("# word\tn1\tcos1\tn2\tcos2\t...\tn5\tcos5\n")
    for s in range(0, len(words), 2000):
        S = E[s:s+2000] @ E.T
        for r in range(S.shape[0]): S[r, s + r] = -9
        top = np.argpartition(-S, 5, axis=1)[:, :5]
        for r in range(S.shape[0]):
            tt = top[r][np.argsort(-S[r, top[r]])]
            f.write(words[s+r] + "\t" + "\t".join(f"{words[j]}\t{S[r,j]:.3f}" for j in tt) + "\n")
print(f"neighbours done {time.time()-t:.1f}s", flush=True)
# spherical-ish k-means: Euclidean k-means on L2-normalised vectors (equivalent ranking to cosine)
for k in [500, 1000, 2000]:
    t = time.time()
    km = KMeans(n_clusters=k, n_init=1, max_iter=100, random_state=0).fit(E)
    lab = km.labels_
    with open(f"clusters_k{k}.tsv", "w", encoding="utf-8") as f:
        for i in sorted(range(len(words)), key=lambda i: words[i]):
            f.write(f"{words[i]}\t{lab[i]}\n")
    sz = np.bincount(lab, minlength=k)
    print(f"k={k}: {time.time()-t:.1f}s, cluster sizes min/median/max {sz.min()}/{int(np.median(sz))}/{sz.max()}, "
          f"file bytes {os.path.getsize(f'clusters_k{k}.tsv')}, words {len(words)}", flush=True)
