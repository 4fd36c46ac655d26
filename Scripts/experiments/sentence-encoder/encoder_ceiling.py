"""What a contextual sentence encoder gives on Banking77, and what it costs per line.

Issue 15's Banking77 aim (0.93 on the held-out fifth) is the figure published for classifiers on
sentence-encoder embeddings. Every keyword and n-gram approach measured here stops at 0.898-0.905
(`../word-clusters`, `../example-neighbours`). This measures the other side of that trade-off on
the same three stratified 80/20 splits of Banking77's training file:

- a logistic regression on the encoder's own sentence embedding (all-MiniLM-L6-v2, mean pooled,
  the whole line through six transformer layers, not a mean of word vectors);
- that embedding beside the n-gram stand-in for the matcher (word 1-2-grams and character
  2-5-grams), as one feature matrix and as a blend of the two models' probabilities;
- the encoder as a teacher at training time only: a ridge regression from the training lines'
  n-grams (or their words alone) to their sentence embeddings, whose prediction for a line joins
  the n-grams as a dense block, so a line is classified from its n-grams alone; and the same
  regression towards targets that carry only the labels (one-hot, a random vector per intent,
  the mean embedding per intent), to tell the teacher's knowledge from a stacking effect;
- the encoder's cost: lines per second, one line at a time and in batches of 256, on this
  machine's numpy, with the size of its weights.

Nothing here is used by the product. Needs numpy, scipy, scikit-learn, safetensors, tokenizers
and the encoder's folder (see `../word-clusters/README.md`, "Rerun"; MODEL_DIR points at it).
About an hour on two cores (encoding the 10,003 lines takes two or three minutes); the embeddings are kept in
banking77-embeddings.npy in the working folder and reused.

    cd /tmp/word-clusters && python3 /path/to/checkout/Scripts/experiments/sentence-encoder/encoder_ceiling.py
"""

import os
import sys
import time

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import Ridge
from sklearn.preprocessing import normalize

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "word-clusters"))
from encoder import Encoder  # noqa: E402
from stand_in import (  # noqa: E402
    EMBEDDINGS, banking77, classifier, joined_accuracy, print_means, print_split, split)

# The taught blocks measured: what the regression reads, its alpha, the block's scale.
TAUGHT = (("n-grams", 0.1, 1.0), ("n-grams", 0.1, 2.0), ("n-grams", 1.0, 1.0), ("words only", 0.1, 1.0))


def encoder_cost(encoder, texts):
    """Lines per second one at a time (200 lines) and in batches of 256 (2,048 lines)."""
    sample = texts[:200]
    start = time.perf_counter()
    for text in sample:
        encoder.encode([text])
    single = len(sample) / (time.perf_counter() - start)
    sample = texts[:2048]
    start = time.perf_counter()
    encoder.encode(sample, batch_size=256)
    batched = len(sample) / (time.perf_counter() - start)
    return single, batched


def main():
    data = banking77()
    texts = data.texts
    encoder = Encoder()
    weights = sum(v.size for v in encoder.w.values())
    single, batched = encoder_cost(encoder, texts)
    print(f"encoder: {weights:,} weights ({weights * 4 / 1e6:.1f} MB as float32); "
          f"{single:.0f} lines/s one at a time, {batched:.0f} lines/s in batches of 256", flush=True)
    if os.path.exists(EMBEDDINGS):
        embeddings = np.load(EMBEDDINGS)
    else:
        start = time.perf_counter()
        embeddings = encoder.encode(texts, batch_size=256)
        np.save(EMBEDDINGS, embeddings)
        print(f"encoded {len(texts)} lines in {time.perf_counter() - start:.0f} s", flush=True)
    results = []
    for seed in (0, 1, 2):
        part = split(data, seed)
        train, test, truth, targets = part.train, part.test, part.truth, part.targets
        grams_train, grams_test = part.grams_train, part.grams_test
        result = {}
        linear = classifier().fit(grams_train, targets)
        grams_probability = linear.predict_proba(grams_test)
        result["n-grams alone (the matcher's stand-in)"] = (grams_probability.argmax(1) == truth).mean()
        for c in (3, 10, 30):
            model = classifier(c).fit(embeddings[train], targets)
            result[f"sentence embedding alone, C={c}"] = (model.predict(embeddings[test]) == truth).mean()
            if c == 10:
                dense_probability = model.predict_proba(embeddings[test])
        for weight in (0.3, 0.5, 0.7):
            blended = (1 - weight) * grams_probability + weight * dense_probability
            result[f"probabilities blended, embedding weight {weight}"] = (blended.argmax(1) == truth).mean()
        for scale in (0.5, 1.0, 2.0):
            result[f"one matrix, embedding scaled by {scale}"] = joined_accuracy(
                part, embeddings[train], embeddings[test], scale)
        word_counts = CountVectorizer(token_pattern=r"[a-z0-9]+")
        words_train = normalize(word_counts.fit_transform([texts[i] for i in train]), norm="l1")
        words_test = normalize(word_counts.transform([texts[i] for i in test]), norm="l1")
        students = {"n-grams": (grams_train, grams_test), "words only": (words_train, words_test)}
        for student, alpha, scale in TAUGHT:
            features_train, features_test = students[student]
            regression = Ridge(alpha=alpha).fit(features_train, embeddings[train])
            predicted_train = normalize(regression.predict(features_train))
            predicted_test = normalize(regression.predict(features_test))
            result[f"taught from {student}, alpha {alpha}, scaled by {scale}"] = joined_accuracy(
                part, predicted_train, predicted_test, scale)
            if (student, alpha, scale) == TAUGHT[0]:
                model = classifier().fit(predicted_train, targets)
                result["taught block alone"] = (model.predict(predicted_test) == truth).mean()
        labels_train = np.array(targets)
        intents = len(data.number)
        rng = np.random.default_rng(0)
        controls = {
            "one-hot intents": np.eye(intents)[labels_train],
            "a random vector per intent": rng.standard_normal((intents, 384))[labels_train],
            "the mean embedding per intent": np.stack([
                embeddings[train][labels_train == c].mean(0) for c in range(intents)
            ])[labels_train],
        }
        for name, target in controls.items():
            regression = Ridge(alpha=0.1).fit(grams_train, target)
            result[f"control, taught towards {name}"] = joined_accuracy(
                part, normalize(regression.predict(grams_train)), normalize(regression.predict(grams_test)))
        results.append(result)
        print_split(seed, result)
    print_means(results)


if __name__ == "__main__":
    main()
