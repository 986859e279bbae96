"""Orchestration: stage folders and handoffs, run profiles, the papermill runner, run manifests and the
ablation grid. Above the studies' building blocks, below reporting and the ``learnat`` command."""
