"""Pure-numpy forward pass of all-MiniLM-L6-v2 (BERT, 6 layers, 384 hidden, 12 heads),
mean pooling over attention mask, L2 normalisation."""
import json, math, numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

from common import MODEL_DIR

def _erf(x):
    # use math.erf vectorised via numpy (exact GELU)
    return np.vectorize(math.erf, otypes=[np.float32])(x)

try:
    from scipy.special import erf as _sp_erf
    def erf(x): return _sp_erf(x).astype(np.float32)
except Exception:
    erf = _erf

def gelu(x):
    return 0.5 * x * (1.0 + erf(x / np.float32(math.sqrt(2.0))))

def layernorm(x, g, b, eps=1e-12):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * g + b

class Encoder:
    def __init__(self, model_dir=MODEL_DIR, max_len=256):
        self.cfg = json.load(open(f"{model_dir}/config.json"))
        w = load_file(f"{model_dir}/model.safetensors")
        # strip optional "bert." prefix
        self.w = {k[5:] if k.startswith("bert.") else k: v.astype(np.float32) for k, v in w.items()}
        self.tok = Tokenizer.from_file(f"{model_dir}/tokenizer.json")
        self.tok.no_padding(); self.tok.no_truncation()
        self.max_len = max_len
        self.H = self.cfg["hidden_size"]; self.nh = self.cfg["num_attention_heads"]
        self.L = self.cfg["num_hidden_layers"]; self.eps = self.cfg["layer_norm_eps"]

    def tokenize(self, texts):
        encs = self.tok.encode_batch(list(texts))
        ids = [e.ids[: self.max_len] for e in encs]
        T = max(len(i) for i in ids)
        arr = np.zeros((len(ids), T), np.int64); mask = np.zeros((len(ids), T), np.float32)
        for r, i in enumerate(ids):
            arr[r, : len(i)] = i; mask[r, : len(i)] = 1
        return arr, mask

    def forward(self, ids, mask):
        w = self.w; B, T = ids.shape; H, nh = self.H, self.nh; d = H // nh
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][np.arange(T)][None]
             + w["embeddings.token_type_embeddings.weight"][0][None, None])
        x = layernorm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        bias = ((1.0 - mask) * -1e9)[:, None, None, :].astype(np.float32)
        for l in range(self.L):
            p = f"encoder.layer.{l}."
            def lin(h, n): return h @ w[p + n + ".weight"].T + w[p + n + ".bias"]
            q = lin(x, "attention.self.query").reshape(B, T, nh, d).transpose(0, 2, 1, 3)
            k = lin(x, "attention.self.key").reshape(B, T, nh, d).transpose(0, 2, 1, 3)
            v = lin(x, "attention.self.value").reshape(B, T, nh, d).transpose(0, 2, 1, 3)
            s = q @ k.transpose(0, 1, 3, 2) / np.float32(math.sqrt(d)) + bias
            s = s - s.max(-1, keepdims=True); e = np.exp(s); a = e / e.sum(-1, keepdims=True)
            ctx = (a @ v).transpose(0, 2, 1, 3).reshape(B, T, H)
            x = layernorm(lin(ctx, "attention.output.dense") + x,
                          w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"], self.eps)
            h = gelu(lin(x, "intermediate.dense"))
            x = layernorm(lin(h, "output.dense") + x,
                          w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps)
        return x

    def encode(self, texts, batch_size=256):
        out = []
        texts = list(texts)
        # sort by length for efficient batching
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        res = [None] * len(texts)
        for s in range(0, len(texts), batch_size):
            idx = order[s : s + batch_size]
            ids, mask = self.tokenize([texts[i] for i in idx])
            hdn = self.forward(ids, mask)
            m = mask[..., None]
            pooled = (hdn * m).sum(1) / np.clip(m.sum(1), 1e-9, None)
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            for j, i in enumerate(idx): res[i] = pooled[j]
        return np.stack(res)

if __name__ == "__main__":
    enc = Encoder()
    print(sorted(enc.w.keys())[:5], len(enc.w))
    words = ["cancel", "rescind", "scrap", "banana"]
    E = enc.encode(words)
    for wd, e in zip(words[1:], E[1:]): print(f"cos(cancel,{wd}) = {float(E[0] @ e):.4f}")
    S = enc.encode(["How are you?", "How is it going?", "The train leaves at nine"])
    print(f"cos('How are you?','How is it going?') = {S[0]@S[1]:.4f}")
    print(f"cos('How are you?','The train leaves at nine') = {S[0]@S[2]:.4f}")
    print(f"cos('How is it going?','The train leaves at nine') = {S[1]@S[2]:.4f}")
    print("first 5 dims of 'This is an example sentence':", enc.encode(["This is an example sentence"])[0][:5])
