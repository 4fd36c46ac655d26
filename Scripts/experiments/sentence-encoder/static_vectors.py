"""A static token table at run time on Banking77: WordLlama's vectors beside the n-grams.

The other scripts here put the encoder at run time (0.9304, about 11 ms a line) or use it as a
teacher at training time (the taught block, 0.9190). This measures a third kind of knowledge from
outside the catalog that costs a lookup per token at run time: a static table of token vectors
trained so that their mean is a sentence embedding. WordLlama 0.4.0.post1 (PyPI, MIT licence; its
vectors derive from Llama 2's token embeddings, so shipping them is under Llama 2's licence too)
carries one such table in its wheel, 32,000 tokens of Llama 2's tokenizer by 256 values in float16
(16 MB), with the tokenizer beside it. A line's vector is the mean of its tokens' vectors
(WordLlama's own pooling, the start token included), L2-normalised.

On the same three stratified 80/20 splits and n-gram stand-in as the other scripts, it measures
the table alone, beside the n-grams at three scales and without the start token, and with the
taught block and with the encoder's own embedding, to tell whether it adds to either.

Nothing here is used by the product. Needs what `encoder_ceiling.py` needs (its embeddings,
banking77-embeddings.npy, in the working folder) and `pip install wordllama==0.4.0.post1`; the
table and tokenizer are read from the installed package, with no network. About 10 minutes on two
cores.

    cd /tmp/word-clusters && python3 /path/to/checkout/Scripts/experiments/sentence-encoder/static_vectors.py
"""

import os
import sys
import time

import numpy as np
from safetensors.numpy import load_file
from sklearn.preprocessing import normalize
from tokenizers import Tokenizer

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "word-clusters"))
import wordllama  # noqa: E402
from stand_in import (  # noqa: E402
    EMBEDDINGS, banking77, classifier, joined_accuracy, print_means, print_split, split)
from wider_teacher import taught_block  # noqa: E402

PACKAGE = os.path.dirname(wordllama.__file__)
TOKENIZER = os.path.join(PACKAGE, "tokenizers", "l2_supercat_tokenizer_config.json")
TABLE = os.path.join(PACKAGE, "weights", "l2_supercat_256.safetensors")
START_TOKEN = 1


def static_vectors(token_ids, table, keep_start=True):
    """Each line's L2-normalised mean of its tokens' vectors in `table`, the start token left out
    unless `keep_start`."""
    vectors = np.zeros((len(token_ids), table.shape[1]), np.float32)
    for row, ids in enumerate(token_ids):
        if not keep_start and len(ids) > 1 and ids[0] == START_TOKEN:
            ids = ids[1:]
        vectors[row] = table[ids].mean(axis=0)
    return normalize(vectors)


def main():
    data = banking77()
    embeddings = np.load(EMBEDDINGS)
    tokenizer = Tokenizer.from_file(TOKENIZER)
    table = load_file(TABLE)["embedding.weight"].astype(np.float32)
    start = time.perf_counter()
    token_ids = [encoding.ids for encoding in tokenizer.encode_batch(data.texts)]
    static = static_vectors(token_ids, table)
    seconds = time.perf_counter() - start
    without_start = static_vectors(token_ids, table, keep_start=False)
    print(f"table: {os.path.getsize(TABLE) / 1e6:.1f} MB; "
          f"{len(data.texts):,} lines tokenised and pooled in {seconds:.2f} s", flush=True)
    results = []
    for seed in (0, 1, 2):
        part = split(data, seed)
        train, test = part.train, part.test
        block = taught_block(part.grams_train, embeddings[train])
        taught_train, taught_test = block(part.grams_train), block(part.grams_test)
        with_taught = (np.hstack([static[train], taught_train]),
                       np.hstack([static[test], taught_test]))
        with_encoder = (np.hstack([static[train], 2.0 * embeddings[train]]),
                        np.hstack([static[test], 2.0 * embeddings[test]]))
        result = {}
        model = classifier().fit(static[train], part.targets)
        result["the table alone"] = (model.predict(static[test]) == part.truth).mean()
        for scale in (0.7, 1.0, 2.0):
            result[f"n-grams + the table, scaled by {scale}"] = joined_accuracy(
                part, static[train], static[test], scale)
        result["n-grams + the table without the start token"] = joined_accuracy(
            part, without_start[train], without_start[test])
        result["n-grams + the taught block"] = joined_accuracy(part, taught_train, taught_test)
        result["n-grams + the table + the taught block"] = joined_accuracy(part, *with_taught)
        result["n-grams + the table + the encoder's embedding scaled by 2"] = joined_accuracy(
            part, *with_encoder)
        print_split(seed, result)
        results.append(result)
    print_means(results)


if __name__ == "__main__":
    main()
