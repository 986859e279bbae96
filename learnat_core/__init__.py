"""LearNAT reproducibility kit: data, sandboxed SQL evaluation, SQL ASTs, synthesis, training, inference.

The package holds all logic; notebooks under ``notebooks/`` only call it and plot. Its parts form layers, and
a module imports only from its own layer or lower ones (``a | b``: siblings that do not import each other;
``tests/test_layers.py`` checks the ``[tool.importlinter]`` contract in pyproject.toml). Highest first:

* ``cli | export``: the ``learnat`` command and its ``export`` sub-command
* ``reporting``: tables and figures saved for the notebooks, and ``REPORT.md``
* ``studies``: the notebooks' study functions, the stage functions, ``learnat ablate`` and its stage runner
* ``orchestration``: stage folders and handoffs, profiles, the papermill runner, run manifests, ablation grids
* ``training``: SFT and margin-aware DPO
* ``synthesis | inference``: the decomposition search; prompting a model over a split and scoring it
* ``demonstrations``: demonstration pools and their selection
* ``llm | evaluation``: generation backends; sandboxed execution, EX, prediction files, per-level tables
* ``prompting``: prompt templates and the parser of model output
* ``decomposition``: the decomposition record and the rule-based gold-AST decomposer
* ``sql_ast``: typed SQL trees, relations between steps, similarity
* ``data``: Spider/BIRD examples, schemas, bundles
* ``arguments | files | jsonl | paper_results | paths``, then ``errors``: shared primitives
"""

__version__ = "0.1.0"
