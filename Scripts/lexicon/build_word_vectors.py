"""Writes lexicon/english.vectors, the word-vector table the matcher reads when a catalog's
settings name it (`word_vectors:`), from the outputs of
Scripts/experiments/word-clusters/build_lexicon.py (words.txt, embeddings_f16.npy: every word
embedded alone by all-MiniLM-L6-v2).

Words kept: the encoder's whole lowercase words of two letters or more, and the words of the
CLINC150 and Banking77 training sets (never a validation or test set) as the matcher splits them
(apostrophes dropped, so `what's` is `whats`); a word words.txt lacks is embedded here. Each
vector (of length 1) is stored as 384 signed bytes; one Float32 scale (the largest magnitude of
any vector / 127) serves every word, so the matcher sums a line's vectors in integers.

Layout, little-endian (read in place by Sources/IntentMatching/Meaning/WordVectors.swift):
  magic "SBVECT02"; UInt32 dimensions; UInt32 count; UInt64 identity (the first 8 bytes of the
  SHA-256 of everything after the header); Float32 scale; UInt32 0; UInt32 offsets[count + 1]
  into the words; the words, UTF-8, sorted by their bytes, without separators; zero bytes to a
  multiple of 16; Int8 vectors[count * dimensions].

Usage (from the folder holding words.txt, embeddings_f16.npy and the encoder's model/):
  python3 build_word_vectors.py OUT
"""
import csv
import hashlib
import os
import re
import struct
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "experiments", "word-clusters"))
from common import DATASETS, encoder_vocabulary  # noqa: E402


def matcher_words(text):
    """The letter-only words of `text` as the matcher's normaliser leaves them."""
    text = text.lower().replace("'", "").replace("\u2019", "")
    return [w for w in re.split(r"[^a-z0-9]+", text) if re.fullmatch(r"[a-z]+", w)]


def kept_words():
    words = {t for t in encoder_vocabulary() if re.fullmatch(r"[a-z]{2,}", t)}
    for name in ("clinc150/train.csv", "banking77/train.csv"):
        for row in csv.DictReader(open(os.path.join(DATASETS, name), encoding="utf-8")):
            words.update(matcher_words(row["text"]))
    return words


def main(out):
    words = [line.rstrip("\n") for line in open("words.txt", encoding="utf-8")]
    vectors = np.load("embeddings_f16.npy").astype(np.float32)
    keep = kept_words()
    missing = sorted(keep - set(words))
    if missing:
        from encoder import Encoder
        print(f"embedding {len(missing)} words words.txt lacks")
        extra = Encoder().encode(missing, batch_size=512).astype(np.float16).astype(np.float32)
        words += missing
        vectors = np.concatenate([vectors, extra])
    rows = sorted((w.encode("utf-8"), i) for i, w in enumerate(words) if w in keep)
    chosen = vectors[[i for _, i in rows]]
    scale = float(np.abs(chosen).max()) / 127
    quantised = np.clip(np.rint(chosen / scale), -127, 127).astype(np.int8)
    blob = b"".join(w for w, _ in rows)
    offsets = np.zeros(len(rows) + 1, dtype="<u4")
    offsets[1:] = np.cumsum([len(w) for w, _ in rows])
    body = struct.pack("<fI", scale, 0) + offsets.tobytes() + blob
    body += b"\0" * (-(24 + len(body)) % 16) + quantised.tobytes()
    identity = hashlib.sha256(body).digest()[:8]
    header = b"SBVECT02" + struct.pack("<II", chosen.shape[1], len(rows)) + identity
    with open(out, "wb") as f:
        f.write(header + body)
    print(f"{out}: {len(rows)} words, {chosen.shape[1]} dimensions, {len(header) + len(body)} bytes")


main(sys.argv[1])
