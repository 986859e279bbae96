"""The preference margin between a winning and a losing step, as the paper and the released trainer define it."""

from __future__ import annotations

import math
from dataclasses import dataclass

from learnat_core.errors import ConfigError

VARIANTS = ("paper", "released")


@dataclass(frozen=True)
class Margin:
    """A margin value, or ``value=None`` with ``valid=False`` and the ``reason`` it cannot be used."""

    value: float | None
    valid: bool
    reason: str = ""


def margin(winner_reward: float, loser_reward: float, variant: str = "paper", alpha: float = 1.0) -> Margin:
    """``paper``: the raw reward difference ``Δr`` (MDPO); ``released``: ``α·log(Δr)`` (the ODPO-style trainer).

    Both need ``Δr > 0``: a tie or a reversed pair is reported invalid instead of giving 0, NaN or -inf.

    >>> margin(0.9, 0.4)
    Margin(value=0.5, valid=True, reason='')
    >>> margin(0.4, 0.4, "released").reason
    'winner reward 0.4 is not above loser reward 0.4'
    """
    if variant not in VARIANTS:
        raise ConfigError(f"unknown margin variant {variant!r}; choose one of {', '.join(VARIANTS)}")
    difference = winner_reward - loser_reward
    if math.isnan(difference):
        return Margin(None, False, f"reward is NaN (winner {winner_reward}, loser {loser_reward})")
    if difference <= 0:
        return Margin(None, False, f"winner reward {winner_reward} is not above loser reward {loser_reward}")
    return Margin(difference if variant == "paper" else alpha * math.log(difference), True)
