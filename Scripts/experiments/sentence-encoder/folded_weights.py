"""The taught block folds into the n-gram weights: a line is then scored by its n-grams alone.

`encoder_ceiling.py` measures the encoder as a teacher at training time: a ridge regression from
the training lines' n-grams to their sentence embeddings gives each line a dense block, and a
logistic regression is trained on the n-grams and that block. Left unnormalised, the block is a
linear function of the n-grams, so the trained weights fold into one weight per n-gram and intent
(the n-gram weights plus the regression's coefficients times the block's weights): the same kind
of model the matcher ships, with no encoder and no dense block at run time. This checks that the
folded weights decide every held-out line as the unfolded model does, on the first of the three
splits. Needs banking77-embeddings.npy, written by `encoder_ceiling.py`, in the working folder.

    cd /tmp/word-clusters && python3 /path/to/checkout/Scripts/experiments/sentence-encoder/folded_weights.py
"""

import csv
import os
import sys

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.preprocessing import normalize

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "word-clusters"))
from common import DATASETS  # noqa: E402


def main():
    rows = list(csv.reader(open(os.path.join(DATASETS, "banking77", "train.csv"), encoding="utf-8")))[1:]
    texts = [r[0] for r in rows]
    labels = np.array([r[1] for r in rows])
    number = {c: i for i, c in enumerate(sorted(set(labels)))}
    embeddings = np.load("banking77-embeddings.npy")
    train, test = next(StratifiedShuffleSplit(1, test_size=0.2, random_state=0).split(texts, labels))
    truth = np.array([number[c] for c in labels[test]])
    targets = [number[c] for c in labels[train]]
    train_texts = [texts[i] for i in train]
    test_texts = [texts[i] for i in test]
    word_grams = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    char_grams = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
    grams_train = normalize(hstack([
        word_grams.fit_transform(train_texts), 0.7 * char_grams.fit_transform(train_texts)]).tocsr())
    grams_test = normalize(hstack([
        word_grams.transform(test_texts), 0.7 * char_grams.transform(test_texts)]).tocsr())
    regression = Ridge(alpha=0.1).fit(grams_train, embeddings[train])
    block_train = regression.predict(grams_train)
    block_test = regression.predict(grams_test)
    count = grams_train.shape[1]
    for scale in (1.0, 2.0):
        model = LogisticRegression(C=30, max_iter=3000).fit(
            hstack([grams_train, csr_matrix(scale * block_train)]).tocsr(), targets)
        unfolded = model.predict(hstack([grams_test, csr_matrix(scale * block_test)]).tocsr())
        block_weights = model.coef_[:, count:].T
        weights = model.coef_[:, :count].T + scale * (regression.coef_.T @ block_weights)
        bias = model.intercept_ + scale * (regression.intercept_ @ block_weights)
        folded = np.asarray(grams_test @ weights + bias).argmax(1)
        print(f"unnormalised block scaled by {scale}: unfolded {(unfolded == truth).mean():.4f}, "
              f"folded {(folded == truth).mean():.4f}, decisions that differ "
              f"{int((folded != unfolded).sum())} of {len(truth)}", flush=True)


if __name__ == "__main__":
    main()
