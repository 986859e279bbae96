"""LearNAT reproducibility kit: data, sandboxed SQL evaluation, SQL ASTs, synthesis, training, inference.

The package holds all logic; notebooks under ``notebooks/`` only call it and plot.
"""

__version__ = "0.1.0"
