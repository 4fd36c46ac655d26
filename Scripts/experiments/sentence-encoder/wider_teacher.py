"""The encoder as a teacher over more lines than the catalog's own: does it close the gap to 0.93?

`encoder_ceiling.py` teaches the n-gram block from Banking77's training lines alone (0.9190 on the
three splits). A catalog's owner could also hand the trainer other lines with their embeddings,
so this teaches the same block from the split's training lines plus CLINC150's train and val
lines (none of which is a Banking77 line), and compares it with the block taught from the split's
lines alone, with the same solver. The regression reads word 1-2-grams and character 2-5-grams
fitted on the lines it learns from; the classifier is the stand-in's, as in `encoder_ceiling.py`.

The ridge regression is solved in its dual form, (Xc Xcᵀ + alpha I) A = Y - mean(Y) with Xc the
centred features, with one Cholesky factorisation of the lines' Gram matrix (float32, built a block
of rows at a time): with some 26,000 lines and 384 targets that takes minutes where scikit-learn's
per-target solver did not finish in 25. The first row of the output checks the solver: scikit-learn's
Ridge on the first split's own lines, to be read against that split's row taught from its own lines.

Needs banking77-embeddings.npy (written by `encoder_ceiling.py`) and clinc150-embeddings.npy
(CLINC150's train then val lines, in the files' order, through the same encoder; `encode_clinc()`
writes it when it is missing) in the working folder. About 12 minutes on two cores.

    cd /tmp/word-clusters && python3 /path/to/checkout/Scripts/experiments/sentence-encoder/wider_teacher.py
"""

import os
import sys
import time

import numpy as np
from scipy.linalg import cho_factor, cho_solve
from sklearn.linear_model import Ridge
from sklearn.preprocessing import normalize

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "word-clusters"))
from common import read_labelled  # noqa: E402
from stand_in import (  # noqa: E402
    EMBEDDINGS, banking77, grams, joined_accuracy, print_means, print_split, split)

CLINC150_EMBEDDINGS = "clinc150-embeddings.npy"
CLINC150_FILES = ("clinc150/train.csv", "clinc150/val.csv")
ALPHA = 0.1


def clinc150_texts():
    """CLINC150's train and val lines, in the files' order."""
    return [text for name in CLINC150_FILES for text in read_labelled(name)[0]]


def encode_clinc(texts):
    """CLINC150's lines through the encoder, kept in the working folder."""
    from encoder import Encoder
    embeddings = Encoder().encode(texts, batch_size=64)
    np.save(CLINC150_EMBEDDINGS, embeddings)
    return embeddings


def dual_ridge(x, targets, alpha=ALPHA, rows=2048):
    """Ridge coefficients (features x targets) and intercept, as scikit-learn's Ridge fits them
    (the features and targets centred), through the lines' Gram matrix."""
    count = x.shape[0]
    mean = np.asarray(x.mean(0)).ravel()
    along = x @ mean
    gram = np.empty((count, count), dtype=np.float32)
    transposed = x.T.tocsc()
    for start in range(0, count, rows):
        gram[start:start + rows] = (x[start:start + rows] @ transposed).toarray()
        gram[start:start + rows] -= along[start:start + rows, None]
    gram -= along[None, :]
    gram += mean @ mean
    gram[np.diag_indices(count)] += alpha
    target_mean = targets.mean(0)
    dual = cho_solve(cho_factor(gram, overwrite_a=True), (targets - target_mean).astype(np.float32))
    coefficients = np.asarray(x.T @ dual) - np.outer(mean, dual.sum(0))
    return coefficients, target_mean - mean @ coefficients


def taught_block(fitted, targets):
    """The block taught by the dual solver from n-gram features `fitted` towards `targets`: the
    function from lines' n-gram features to their block, each row L2-normalised."""
    coefficients, intercept = dual_ridge(fitted, targets)
    return lambda grams: normalize(grams @ coefficients + intercept)


def taught_accuracy(part, fitted, features, targets, test_texts, name):
    """The stand-in's accuracy on the split with a block taught by the dual solver from `fitted`
    (n-gram features whose first rows are the split's training lines) towards `targets`."""
    start = time.perf_counter()
    block = taught_block(fitted, targets)
    accuracy = joined_accuracy(part, block(fitted[:len(part.train)]), block(features(test_texts)))
    print(f"  {name}: {time.perf_counter() - start:.0f} s", flush=True)
    return accuracy


def main():
    data = banking77()
    embeddings = np.load(EMBEDDINGS)
    clinc_texts = clinc150_texts()
    clinc = np.load(CLINC150_EMBEDDINGS) if os.path.exists(CLINC150_EMBEDDINGS) else encode_clinc(clinc_texts)
    assert len(clinc) == len(clinc_texts), "clinc150-embeddings.npy does not match CLINC150's lines"
    results = []
    for seed in (0, 1, 2):
        part = split(data, seed)
        train_texts = [data.texts[i] for i in part.train]
        test_texts = [data.texts[i] for i in part.test]
        result = {}
        if seed == 0:
            regression = Ridge(alpha=ALPHA).fit(part.grams_train, embeddings[part.train])
            result["check: scikit-learn's Ridge in place of the dual solver, the split's lines"] = \
                joined_accuracy(part, normalize(regression.predict(part.grams_train)),
                                normalize(regression.predict(part.grams_test)))
        name = f"taught from the split's lines ({len(train_texts):,})"
        result[name] = taught_accuracy(
            part, part.grams_train, part.features, embeddings[part.train], test_texts, name)
        lines = train_texts + clinc_texts
        name = f"taught from the split's lines and CLINC150's ({len(lines):,})"
        fitted, features = grams(lines)
        result[name] = taught_accuracy(
            part, fitted, features, np.vstack([embeddings[part.train], clinc]), test_texts, name)
        results.append(result)
        print_split(seed, result)
    print_means(results, "mean of the three splits (the check: the first split only):")


if __name__ == "__main__":
    main()
