"""What every script here shares: where the datasets and the encoder are, and how a line becomes
lowercase words."""
import csv
import os
import re

# The shared datasets beside the checkout, or $SWITCHBOARD_DATASETS.
DATASETS = os.environ.get("SWITCHBOARD_DATASETS") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "datasets")
# The encoder's folder (config.json, model.safetensors, tokenizer.json, vocab.txt), or $MODEL_DIR.
MODEL_DIR = os.environ.get("MODEL_DIR", "model")


def read_labelled(name):
    """The texts and intents of a dataset file, e.g. "clinc150/val.csv"."""
    rows = list(csv.DictReader(open(os.path.join(DATASETS, name), encoding="utf-8")))
    return [r["text"] for r in rows], [r["intent"] for r in rows]


def normalise(text):
    """Lowercase words and numbers, one space apart."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def encoder_vocabulary():
    """Every entry of the encoder's WordPiece vocabulary."""
    return [line.rstrip("\n") for line in open(os.path.join(MODEL_DIR, "vocab.txt"), encoding="utf-8")]
