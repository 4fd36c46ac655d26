"""What the scripts here share: Banking77's training file, its three stratified 80/20 splits, the
n-gram stand-in for the matcher's features, and where the encoder's embeddings are kept."""

from typing import NamedTuple

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.preprocessing import normalize

from common import read_labelled

# The encoder's embeddings of Banking77's training lines, in the working folder.
EMBEDDINGS = "banking77-embeddings.npy"


class Banking77(NamedTuple):
    """The training file's lines, their intents, and each intent's number."""
    texts: list
    labels: np.ndarray
    number: dict


class Split(NamedTuple):
    """One split: the lines' indices, the intent numbers, the lines' n-gram features, and the
    function from other texts to theirs (fitted on the split's training lines)."""
    train: np.ndarray
    test: np.ndarray
    truth: np.ndarray
    targets: list
    grams_train: object
    grams_test: object
    features: object


def banking77():
    """Banking77's training file."""
    texts, labels = read_labelled("banking77/train.csv")
    labels = np.array(labels)
    return Banking77(texts, labels, {c: i for i, c in enumerate(sorted(set(labels)))})


def grams(lines):
    """The stand-in's features fitted on `lines`: word 1-2-grams and character 2-5-grams at 0.7,
    TF-IDF, each line L2-normalised. Returns the lines' features and the function from other
    texts to theirs."""
    word_grams = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    char_grams = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
    fitted = normalize(hstack([
        word_grams.fit_transform(lines), 0.7 * char_grams.fit_transform(lines)]).tocsr())
    return fitted, lambda texts: normalize(
        hstack([word_grams.transform(texts), 0.7 * char_grams.transform(texts)]).tocsr())


def split(data, seed):
    """The split with seed `seed`, with the stand-in's features fitted on its training lines."""
    train, test = next(
        StratifiedShuffleSplit(1, test_size=0.2, random_state=seed).split(data.texts, data.labels))
    grams_train, features = grams([data.texts[i] for i in train])
    return Split(
        train, test,
        truth=np.array([data.number[c] for c in data.labels[test]]),
        targets=[data.number[c] for c in data.labels[train]],
        grams_train=grams_train,
        grams_test=features([data.texts[i] for i in test]),
        features=features)


def beside(grams, block, scale=1.0):
    """Lines' n-gram features with a dense block beside them, scaled by `scale`."""
    return hstack([grams, csr_matrix(scale * block)]).tocsr()


def joined(split, block_train, block_test, scale=1.0):
    """The split's n-grams with a dense block beside them, scaled by `scale`: training, test."""
    return (beside(split.grams_train, block_train, scale), beside(split.grams_test, block_test, scale))


def classifier(c=30):
    """The stand-in's classifier: a logistic regression, C = 30 unless `c` says otherwise."""
    return LogisticRegression(C=c, max_iter=3000)


def joined_accuracy(split, block_train, block_test, scale=1.0):
    """The stand-in's classifier trained on the split's n-grams with a dense block beside them,
    scaled by `scale`: its accuracy on the held-out lines."""
    x_train, x_test = joined(split, block_train, block_test, scale)
    model = classifier().fit(x_train, split.targets)
    return (model.predict(x_test) == split.truth).mean()


def print_split(seed, result):
    """One split's figures on one line."""
    print(f"split {seed}: " + ", ".join(f"{k}: {v:.4f}" for k, v in result.items()), flush=True)


def print_means(results, heading="mean of the three splits:"):
    """Each figure's mean over the splits that have it."""
    print(heading)
    for key in results[0]:
        print(f"  {key}: {np.mean([r[key] for r in results if key in r]):.4f}")
