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

import os
import sys

import numpy as np
from sklearn.linear_model import Ridge

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "word-clusters"))
from stand_in import EMBEDDINGS, banking77, classifier, joined, split  # noqa: E402


def main():
    embeddings = np.load(EMBEDDINGS)
    part = split(banking77(), seed=0)
    truth, grams_train, grams_test = part.truth, part.grams_train, part.grams_test
    regression = Ridge(alpha=0.1).fit(grams_train, embeddings[part.train])
    block_train = regression.predict(grams_train)
    block_test = regression.predict(grams_test)
    count = grams_train.shape[1]
    for scale in (1.0, 2.0):
        x_train, x_test = joined(part, block_train, block_test, scale)
        model = classifier().fit(x_train, part.targets)
        unfolded = model.predict(x_test)
        block_weights = model.coef_[:, count:].T
        weights = model.coef_[:, :count].T + scale * (regression.coef_.T @ block_weights)
        bias = model.intercept_ + scale * (regression.intercept_ @ block_weights)
        folded = np.asarray(grams_test @ weights + bias).argmax(1)
        print(f"unnormalised block scaled by {scale}: unfolded {(unfolded == truth).mean():.4f}, "
              f"folded {(folded == truth).mean():.4f}, decisions that differ "
              f"{int((folded != unfolded).sum())} of {len(truth)}", flush=True)


if __name__ == "__main__":
    main()
