"""Can a linear n-gram model learn the encoder's decisions from more lines than the catalog has?

`encoder_ceiling.py` found that the encoder at run time reaches 0.93 on Banking77 and that, as a
teacher at training time (a ridge regression from the n-grams to the embedding), it lifts the
n-gram stand-in to 0.919. This measures the other classic way to teach a small model: knowledge
distillation over augmented lines. Each training line gets variants (words dropped, a window
of its words, two neighbours swapped); the teacher (the n-grams and the embedding in one
logistic regression, 0.9304 in `encoder_ceiling.py`) labels them, and the student (the same
n-gram stand-in the matcher is measured by, so the same kind of model the matcher ships) is
trained on the training lines and the labelled variants. Rows:

- the stand-in on the training lines alone, and the teacher itself;
- plain augmentation: the variants labelled with their source line's intent (no teacher), to
  tell what the variants give from what the teacher gives;
- distilled: the variants with the teacher's probabilities as soft targets (temperature 1, 2
  and 4);
- the taught block of `encoder_ceiling.py` (taught from the training lines alone, then from them
  and two variants of each), alone and distilled (temperature 2 and 4).

The students are fitted by one softmax regression that takes soft targets (`softmax_fit`),
checked against scikit-learn's logistic regression on the stand-in's own lines. Nothing here is
used by the product. Needs what `encoder_ceiling.py` needs; the variants and their embeddings are
kept in banking77-variants.npz in the working folder and reused (encoding the ~40,000 variants
takes eight minutes on two cores; each split then takes about twenty).

    cd /tmp/word-clusters && python3 /path/to/checkout/Scripts/experiments/sentence-encoder/distilled_student.py
"""

import os
import sys
import time

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import vstack
from scipy.special import log_softmax, softmax

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "word-clusters"))
from encoder import Encoder  # noqa: E402
from stand_in import (  # noqa: E402
    EMBEDDINGS, banking77, beside, classifier, joined, print_means, print_split, split)
from wider_teacher import taught_block  # noqa: E402

VARIANTS = "banking77-variants.npz"
PER_LINE = 4
# The distillation temperatures measured (the block's rows take all but the first).
TEMPERATURES = (1.0, 2.0, 4.0)
# The variants of each line the block is also taught from (the Gram matrix of 40,000 lines
# crashed the machine's BLAS; 24,000 lines fit).
TAUGHT_VARIANTS = 2
# BLOCK=0 leaves out the taught block's rows (two ridge regressions a split).
BLOCK = os.environ.get("BLOCK", "1") != "0"
SEEDS = tuple(int(s) for s in os.environ.get("SEEDS", "0,1,2").split(","))


def variants(text, rng):
    """`PER_LINE` variants of a line: words dropped, a window of its words, two neighbours swapped,
    or words dropped and two neighbours swapped. A line of one word is kept as it is."""
    words = text.split()
    out = []
    for k in range(PER_LINE):
        kind = k % 4
        w = list(words)
        if len(w) > 1 and kind in (0, 3):
            kept = [x for x in w if rng.random() > 0.2]
            w = kept or [w[rng.integers(len(w))]]
        if len(w) > 2 and kind == 1:
            size = max(2, int(round(len(w) * rng.uniform(0.5, 0.9))))
            start = rng.integers(len(w) - size + 1)
            w = w[start:start + size]
        if len(w) > 1 and kind in (2, 3):
            i = rng.integers(len(w) - 1)
            w[i], w[i + 1] = w[i + 1], w[i]
        out.append(" ".join(w))
    return out


def variant_set(texts):
    """Every line's variants (line i's are rows i*PER_LINE ...) and their embeddings, cached; the
    encoder is loaded only when they are not."""
    if os.path.exists(VARIANTS):
        kept = np.load(VARIANTS, allow_pickle=False)
        return list(kept["texts"]), kept["embeddings"]
    rng = np.random.default_rng(0)
    lines = [v for text in texts for v in variants(text, rng)]
    start = time.perf_counter()
    embeddings = Encoder().encode(lines, batch_size=256)
    print(f"encoded {len(lines)} variants in {time.perf_counter() - start:.0f} s", flush=True)
    np.savez(VARIANTS, texts=np.array(lines), embeddings=embeddings)
    return lines, embeddings


def softmax_fit(x, targets, c=30.0):
    """A softmax regression minimising C * sum of cross-entropies against `targets` (rows of
    probabilities) + half the squared weights (not the intercepts): scikit-learn's
    LogisticRegression objective, with soft targets. Returns (weights, intercepts)."""
    n, d = x.shape
    k = targets.shape[1]
    xt = x.T.tocsr()
    # Divided by C times the number of lines, as scikit-learn does, so its tolerance means the same.
    scale = 1.0 / (c * n)

    def loss(flat):
        w = flat[:d * k].reshape(d, k)
        b = flat[d * k:]
        logp = log_softmax(x @ w + b, axis=1)
        value = scale * (-c * np.sum(targets * logp) + 0.5 * np.sum(w * w))
        r = scale * c * (np.exp(logp) - targets)
        grad_w = xt @ r + scale * w
        return value, np.concatenate([grad_w.ravel(), r.sum(0)])

    result = minimize(loss, np.zeros(d * k + k), jac=True, method="L-BFGS-B",
                      options={"maxiter": 3000, "maxls": 50, "gtol": 1e-4,
                               "ftol": 64 * np.finfo(float).eps})
    return result.x[:d * k].reshape(d, k), result.x[d * k:]


def accuracy(model, x, truth):
    """The share of lines whose highest-scoring intent under (weights, intercepts) is the truth."""
    w, b = model
    return ((x @ w + b).argmax(1) == truth).mean()


def one_hot(targets, k):
    """Each intent number as a row of `k` probabilities with a 1 at that number."""
    out = np.zeros((len(targets), k))
    out[np.arange(len(targets)), targets] = 1.0
    return out


def main():
    data = banking77()
    k = len(data.number)
    embeddings = np.load(EMBEDDINGS)
    variant_texts, variant_embeddings = variant_set(data.texts)
    results = []
    for seed in SEEDS:
        part = split(data, seed)
        rows = (part.train[:, None] * PER_LINE + np.arange(PER_LINE)).ravel()
        grams_variants = part.features([variant_texts[r] for r in rows])
        hard = one_hot(np.array(part.targets), k)
        result = {}

        def note(name, model, x_test):
            result[name] = accuracy(model, x_test, part.truth)
            print(f"  split {seed}, {name}: {result[name]:.4f}", flush=True)

        note("stand-in", softmax_fit(part.grams_train, hard), part.grams_test)
        if seed == SEEDS[0]:
            reference = classifier().fit(part.grams_train, part.targets)
            note("check: scikit-learn", (reference.coef_.T, reference.intercept_), part.grams_test)

        # The teacher: n-grams and the embedding (scaled by 2) in one logistic regression.
        teacher_train, teacher_test = joined(part, embeddings[part.train], embeddings[part.test], 2.0)
        teacher = softmax_fit(teacher_train, hard)
        note("teacher", teacher, teacher_test)
        teacher_logits = beside(grams_variants, variant_embeddings[rows], 2.0) @ teacher[0] + teacher[1]

        def distilled(x_train, x_variants, temperature):
            soft = softmax(teacher_logits / temperature, axis=1)
            return softmax_fit(vstack([x_train, x_variants]).tocsr(), np.vstack([hard, soft]))

        plain = softmax_fit(vstack([part.grams_train, grams_variants]).tocsr(),
                            np.vstack([hard, np.repeat(hard, PER_LINE, axis=0)]))
        note("plain augmentation", plain, part.grams_test)
        for temperature in TEMPERATURES:
            note(f"distilled T={temperature:g}",
                 distilled(part.grams_train, grams_variants, temperature), part.grams_test)

        # The taught block, taught from the training lines alone, then with the first
        # TAUGHT_VARIANTS variants of each line (their places among `rows`, featurised above).
        if BLOCK:
            lines = np.arange(len(part.train))[:, None]
            taught = (lines * PER_LINE + np.arange(TAUGHT_VARIANTS)).ravel()
            taught_from = {
                "block": (part.grams_train, embeddings[part.train]),
                f"block taught with {TAUGHT_VARIANTS} variants a line": (
                    vstack([part.grams_train, grams_variants[taught]]).tocsr(),
                    np.vstack([embeddings[part.train], variant_embeddings[rows[taught]]])),
            }
            for name, (x, targets) in taught_from.items():
                block = taught_block(x, targets)
                joined_train, joined_test = joined(part, block(part.grams_train), block(part.grams_test))
                joined_variants = beside(grams_variants, block(grams_variants))
                note(name, softmax_fit(joined_train, hard), joined_test)
                for temperature in TEMPERATURES[1:]:
                    note(f"{name}, distilled T={temperature:g}",
                         distilled(joined_train, joined_variants, temperature), joined_test)

        print_split(seed, result)
        results.append(result)
    print_means(results)


if __name__ == "__main__":
    main()
