"""Example-level nearest neighbours on Banking77, blended with a linear classifier.

Issue 15 lists "example-level nearest-neighbour evidence blended with the linear score" among
the ideas to measure for Banking77. This measures it offline, on three stratified 80/20 splits of
Banking77's training file, with stand-ins for the matcher: a logistic regression on word 1-2-grams
and character 2-5-grams (the matcher's kinds of features), and the k nearest training examples
by the cosine of the mean of their words' vectors in lexicon/english.vectors (the table the
matcher's meaning block reads), optionally mixed with the n-gram cosine. Prints each split and
the mean. Needs numpy, scipy and scikit-learn; about four minutes on two cores.

    python3 Scripts/experiments/example-neighbours/neighbours.py
"""

import csv
import os
import re
import sys

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.preprocessing import normalize

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
DATASETS = os.environ.get("SWITCHBOARD_DATASETS") or os.path.join(ROOT, "..", "shared", "datasets")


def read_table(path):
    """The words and float vectors of an SBVECT02 table (see WordVectors.swift)."""
    raw = open(path, "rb").read()
    if raw[:8] != b"SBVECT02":
        sys.exit(f"{path}: not an SBVECT02 table")
    dimensions, count = np.frombuffer(raw[8:16], "<u4")
    scale = np.frombuffer(raw[24:28], "<f4")[0]
    offsets = np.frombuffer(raw[32 : 32 + (count + 1) * 4], "<u4")
    start = 32 + (count + 1) * 4
    words = [raw[start + offsets[i] : start + offsets[i + 1]].decode() for i in range(count)]
    vectors_start = (start + int(offsets[-1]) + 15) // 16 * 16
    vectors = np.frombuffer(raw[vectors_start : vectors_start + count * dimensions], "i1")
    return words, vectors.reshape(count, dimensions).astype("f4") * scale


def words_of(text):
    """The matcher's words of an English line: apostrophes dropped, letters and digits kept."""
    return re.findall(r"[a-z0-9]+", text.lower().replace("'", ""))


def main():
    words, vectors = read_table(os.path.join(ROOT, "lexicon", "english.vectors"))
    index = {word: i for i, word in enumerate(words)}

    def mean(text):
        ids = [index[w] for w in words_of(text) if w in index]
        if not ids:
            return np.zeros(vectors.shape[1], "f4")
        m = vectors[ids].mean(0)
        norm = np.linalg.norm(m)
        return m / norm if norm > 0 else m

    rows = list(csv.reader(open(os.path.join(DATASETS, "banking77", "train.csv"))))[1:]
    texts = [r[0] for r in rows]
    labels = np.array([r[1] for r in rows])
    classes = sorted(set(labels))
    number = {c: i for i, c in enumerate(classes)}
    means = np.stack([mean(t) for t in texts])
    results = []
    for seed in (0, 1, 2):
        train, test = next(
            StratifiedShuffleSplit(1, test_size=0.2, random_state=seed).split(texts, labels))
        word_grams = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
        char_grams = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
        train_texts = [texts[i] for i in train]
        test_texts = [texts[i] for i in test]
        x_train = normalize(hstack([
            word_grams.fit_transform(train_texts), 0.7 * char_grams.fit_transform(train_texts)
        ]).tocsr())
        x_test = normalize(hstack([
            word_grams.transform(test_texts), 0.7 * char_grams.transform(test_texts)
        ]).tocsr())
        truth = np.array([number[c] for c in labels[test]])
        model = LogisticRegression(C=30, max_iter=2000).fit(
            x_train, [number[c] for c in labels[train]])
        linear = model.predict_proba(x_test)
        result = {"linear": (linear.argmax(1) == truth).mean()}
        dense = means[test] @ means[train].T
        sparse = (x_test @ x_train.T).toarray()
        for name, similarity in (("mean vectors", dense), ("0.4 mean + 0.6 n-grams", 0.4 * dense + 0.6 * sparse)):
            for k in (5, 10, 20):
                votes = np.zeros((len(test), len(classes)))
                nearest = np.argsort(-similarity, 1)[:, :k]
                for row in range(len(test)):
                    for j in nearest[row]:
                        votes[row, number[labels[train][j]]] += max(similarity[row, j], 0) ** 4
                shares = votes / np.maximum(votes.sum(1, keepdims=True), 1e-9)
                result[f"{name}, k={k} alone"] = (votes.argmax(1) == truth).mean()
                for weight in (0.2, 0.4):
                    blended = (1 - weight) * linear + weight * shares
                    result[f"{name}, k={k}, blended {weight}"] = (blended.argmax(1) == truth).mean()
        results.append(result)
        print(f"split {seed}: linear {result['linear']:.4f}", flush=True)
    print("mean of the three splits:")
    for key in results[0]:
        print(f"  {key}: {np.mean([r[key] for r in results]):.4f}")


if __name__ == "__main__":
    main()
