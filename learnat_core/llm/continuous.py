"""Continuous batching for greedy decoding with a transformers model: a finished answer's row is refilled
with the next prompt at once, so every decoding step runs a full batch.

Padded batches (``model.generate`` on ``batch_size`` prompts) decode until the batch's longest answer ends,
so when a few answers run to ``max_new_tokens`` most rows of most steps compute padding. On two CPU cores a
decoding step costs nearly the same for 4 rows as for 16 (weights are read once per step whatever the rows),
so keeping the rows full is where the time is (``benchmarks/bench_batching.py`` measures the ratio).

The batch keeps one key/value cache whose rows are left-padded to a common length: each row's tokens are
contiguous and end at the last column, the attention mask hides the padding and each row has its own position
ids, so a row decodes exactly as it would alone (up to floating-point rounding). Ended rows stay in the batch
(their tokens dropped) until a quarter of the rows (``refill_fraction``) have ended; then they are dropped, the
columns every remaining row masks are cut off, and new prompts are prefilled together and joined to the cache,
so the cache is copied once per refill rather than once per ended answer. transformers offers ``generate_batch``
for this, but its paged attention ran 0.5x the speed of padded batches on these CPUs (transformers 5.25), hence
this loop.

It relies on ``DynamicCache.layers[i].keys/values`` being the ``[batch, heads, length, dim]`` tensors of
transformers 5.x (``tests/test_llm_continuous.py`` checks the answers against ``model.generate``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tqdm import tqdm


@dataclass
class _Row:
    """One prompt being answered: where it came from, its budget and the tokens generated so far."""

    index: int
    budget: int
    tokens: list[int] = field(default_factory=list)
    done: bool = False


def greedy_continuous(
    model: Any,
    prompts: Sequence[list[int]],
    budgets: Sequence[int],
    *,
    eos_ids: frozenset[int],
    pad_id: int,
    slots: int,
    stopped: Callable[[list[int]], bool] = lambda tokens: False,
    refill_fraction: float = 0.25,
    progress: bool = False,
) -> list[list[int]]:
    """The greedy answer's token ids for each of ``prompts`` (token ids; at most its own budget of new tokens),
    ``slots`` rows at a time, in input order. A row ends at an end-of-sequence token, at its budget, or when
    ``stopped(tokens)`` says so (stop strings).
    """
    import torch

    device = model.device
    queue = deque(sorted(range(len(prompts)), key=lambda index: len(prompts[index]), reverse=True))
    answers: list[list[int]] = [[] for _ in prompts]
    rows: list[_Row] = []
    cache = mask = positions = last = None
    threshold = max(1, int(slots * refill_fraction))
    bar = tqdm(total=len(prompts), desc="generate", unit="answer", disable=not progress, leave=False)
    with torch.inference_mode():
        while queue or any(not row.done for row in rows):
            ended = sum(row.done for row in rows)
            if rows and (ended >= threshold or ended == len(rows)):  # drop ended rows in one copy of the cache
                keep = [k for k, row in enumerate(rows) if not row.done]
                rows = [rows[k] for k in keep]
                if rows:
                    cache, mask, positions, last = _select(cache, mask, positions, last, keep)
            free = slots - len(rows)
            if queue and (not rows or free >= threshold):
                admitted = [queue.popleft() for _ in range(min(free, len(queue)))]
                stepped = [_Row(index, budgets[index]) for index in admitted]
                new_cache, new_mask, new_positions, logits = _prefill(model, [prompts[index] for index in admitted],
                                                                      pad_id, device)
                chosen = logits.argmax(-1)
                if rows:
                    cache, mask = _join(cache, mask, new_cache, new_mask)
                    positions, last = torch.cat([positions, new_positions]), torch.cat([last, chosen])
                else:
                    cache, mask, positions, last = new_cache, new_mask, new_positions, chosen
                rows += stepped
            else:  # ended rows still decode (their tokens are dropped) until enough have ended to refill
                stepped = rows
                mask = torch.cat([mask, mask.new_ones(len(rows), 1)], dim=1)
                output = model(input_ids=last[:, None], attention_mask=mask, position_ids=positions[:, None],
                               cache=cache, use_cache=True)
                positions = positions + 1  # the cache grew in place
                last = chosen = output.logits[:, -1].argmax(-1)
            for row, token in zip(stepped, chosen.tolist()):
                if row.done:
                    continue
                row.tokens.append(token)
                if token in eos_ids or len(row.tokens) >= row.budget or stopped(row.tokens):
                    row.done = True
                    answers[row.index] = row.tokens
                    bar.update()
    bar.close()
    return answers


def _prefill(model: Any, prompts: list[list[int]], pad_id: int, device: Any) -> tuple[Any, Any, Any, Any]:
    """Run left-padded ``prompts`` through the model: their cache, mask, next position ids and last logits."""
    import torch
    from transformers import DynamicCache

    width = max(len(prompt) for prompt in prompts)
    ids = torch.tensor([[pad_id] * (width - len(p)) + list(p) for p in prompts], device=device)
    mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts], device=device)
    positions = (mask.cumsum(-1) - 1).clamp(min=0)
    cache = DynamicCache()
    output = model(input_ids=ids, attention_mask=mask, position_ids=positions, cache=cache,
                   use_cache=True, logits_to_keep=1)
    return cache, mask, mask.sum(-1), output.logits[:, -1]


def _join(cache: Any, mask: Any, new_cache: Any, new_mask: Any) -> tuple[Any, Any]:
    """Stack two caches' rows, left-padding the shorter one's columns (masked) to the other's length."""
    import torch

    width = max(mask.shape[1], new_mask.shape[1])

    def padded(tensor: Any, length: int) -> Any:
        if length == width:
            return tensor
        shape = list(tensor.shape)
        shape[-2 if tensor.dim() == 4 else -1] = width - length
        return torch.cat([tensor.new_zeros(shape), tensor], dim=-2 if tensor.dim() == 4 else -1)

    for layer, new_layer in zip(cache.layers, new_cache.layers):
        layer.keys = torch.cat([padded(layer.keys, mask.shape[1]), padded(new_layer.keys, new_mask.shape[1])])
        layer.values = torch.cat([padded(layer.values, mask.shape[1]), padded(new_layer.values, new_mask.shape[1])])
    return cache, torch.cat([padded(mask, mask.shape[1]), padded(new_mask, new_mask.shape[1])])


def _select(cache: Any, mask: Any, positions: Any, last: Any, keep: list[int]) -> tuple[Any, Any, Any, Any]:
    """Keep the rows ``keep`` and cut the leading columns that all of them mask."""
    import torch

    index = torch.tensor(keep, device=mask.device)
    mask = mask[index]
    start = int((mask.sum(0) > 0).nonzero()[0])
    for layer in cache.layers:
        layer.keys = layer.keys[index, :, start:]
        layer.values = layer.values[index, :, start:]
    return cache, mask[:, start:], positions[index], last[index]
