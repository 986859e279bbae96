"""The paper's experiments as functions returning tidy DataFrames; the notebooks call these and plot."""
