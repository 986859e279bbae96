"""The paper's experiments as functions returning tidy DataFrames; the notebooks call these and plot. ``pipeline``
holds the stage functions, ``stage_runner`` runs a variant through them without notebooks, ``commands`` is
``learnat ablate``."""
