"""Embeds every whole word of the encoder's vocabulary and of the datasets (each word alone), then
writes words.txt, embeddings_f16.npy, neighbours.tsv (top 5 by cosine) and clusters_k{K}.tsv
(k-means on the L2-normalised vectors), all in the working directory. About 26 minutes on 2 cores:
9 to embed, the rest k-means (10 of them for k = 2000). `--from-embeddings` reads words.txt and
embeddings_f16.npy from an earlier run instead of embedding again."""
import argparse, os, re, time
import numpy as np
from sklearn.cluster import KMeans
from common import encoder_vocabulary, read_labelled


def vocabulary():
    """The encoder's whole lowercase words of two letters or more, and every word of the datasets."""
    words = {t for t in encoder_vocabulary() if re.fullmatch(r"[a-z]{2,}", t)}
    found = set()
    for name in ("clinc150/train.csv", "clinc150/val.csv", "banking77/train.csv"):
        for text in read_labelled(name)[0]:
            found.update(w for w in re.split(r"[^a-z]+", text.lower()) if w)
    print(f"vocab.txt whole words: {len(words)}; dataset words: {len(found)}; "
          f"dataset-only: {len(found - words)}; total: {len(words | found)}")
    return sorted(words | found)


def embed(words):
    from encoder import Encoder
    start = time.time()
    vectors = Encoder().encode(words, batch_size=512).astype(np.float16)
    print(f"embedded {len(words)} words in {time.time() - start:.1f}s")
    np.save("embeddings_f16.npy", vectors)
    open("words.txt", "w", encoding="utf-8").write("\n".join(words) + "\n")
    return vectors


def write_neighbours(words, E):
    """Each word's five nearest words by cosine (itself left out)."""
    start = time.time()
    with open("neighbours.tsv", "w", encoding="utf-8") as f:
        f.write("# word\tn1\tcos1\tn2\tcos2\t...\tn5\tcos5\n")
        for s in range(0, len(words), 2000):
            S = E[s:s + 2000] @ E.T
            for r in range(S.shape[0]): S[r, s + r] = -9
            top = np.argpartition(-S, 5, axis=1)[:, :5]
            for r in range(S.shape[0]):
                best = top[r][np.argsort(-S[r, top[r]])]
                f.write(words[s + r] + "\t" + "\t".join(f"{words[j]}\t{S[r, j]:.3f}" for j in best) + "\n")
    print(f"neighbours done {time.time() - start:.1f}s", flush=True)


def write_clusters(words, E, k):
    """k-means on the L2-normalised vectors (Euclidean there ranks as cosine does)."""
    start = time.time()
    labels = KMeans(n_clusters=k, n_init=1, max_iter=100, random_state=0).fit(E).labels_
    with open(f"clusters_k{k}.tsv", "w", encoding="utf-8") as f:
        for i in sorted(range(len(words)), key=lambda i: words[i]):
            f.write(f"{words[i]}\t{labels[i]}\n")
    sizes = np.bincount(labels, minlength=k)
    print(f"k={k}: {time.time() - start:.1f}s, cluster sizes min/median/max {sizes.min()}/"
          f"{int(np.median(sizes))}/{sizes.max()}, file bytes {os.path.getsize(f'clusters_k{k}.tsv')}, "
          f"words {len(words)}", flush=True)


parser = argparse.ArgumentParser()
parser.add_argument("--from-embeddings", action="store_true")
parser.add_argument("--ks", default="500,1000,2000")
args = parser.parse_args()
if args.from_embeddings:
    words = [line.rstrip("\n") for line in open("words.txt", encoding="utf-8")]
    vectors = np.load("embeddings_f16.npy")
else:
    words = vocabulary()
    vectors = embed(words)
E = vectors.astype(np.float32)
E /= np.linalg.norm(E, axis=1, keepdims=True)
write_neighbours(words, E)
for k in (int(x) for x in args.ks.split(",")):
    write_clusters(words, E, k)
