"""EX against training examples for a profile's finished SFT models (notebook 04's decomposition SFT and
Direct-SQL SFT): every checkpoint they kept, scored on notebook 04's evaluation sample with each model's own
inference settings, written to <results>/training/learning_curve.{csv,md,png,svg}. Run after
`learnat reproduce`, where its stage folders (<results>/runs) are; scored checkpoints are not scored again.

    python scripts/learning_curve.py [--profile cpu] [--results results/cpu] [--with-base]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from learnat_core.errors import LearnatError
from learnat_core.inference import InferenceConfig
from learnat_core.orchestration import stages
from learnat_core.orchestration.profiles import load_profile, notebook_parameters
from learnat_core.studies.learning_curve import curve_sentence, learning_curve
from learnat_core.studies.model_eval import evaluation_set

REPO = Path(__file__).resolve().parents[1]
HANDOFFS = ("sft", "direct_sft")  # notebook 04's two models


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", default="cpu", help="the profile whose notebook 04 settings give the sample")
    parser.add_argument("--results", type=Path, help="the profile's results folder (default results/<profile>)")
    parser.add_argument("--with-base", action="store_true",
                        help="start each curve at 0 examples with the base model asked the same way (one more "
                             "generation per curve where no earlier run asked it so)")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    results = args.results or REPO / "results" / args.profile
    try:
        settings = notebook_parameters(load_profile(args.profile), "04_sft")
        split, examples = evaluation_set(settings["eval_dataset"], settings["eval_split"], settings["eval_size"],
                                         settings["seed"], settings["data_root"])
        runs = {}
        for name in HANDOFFS:
            handoff = stages.read_handoff(results, name, produced_by="04_sft")
            runs[handoff["label"]] = (Path(handoff["model_dir"]).parent, InferenceConfig(**handoff["inference"]))
        curve = learning_curve(runs, examples, split, results / "runs",
                               base_model=settings["model"] if args.with_base else None,
                               max_context=settings["max_context"], backend=settings["eval_backend"])
    except LearnatError as error:
        parser.exit(2, f"learning_curve: {error}\n")
    _save(curve, results / "training" / "learning_curve", f"profile={args.profile}, model={settings['model']}")
    for label in runs:
        print(curve_sentence(curve, label))
    return 0


def _save(curve, stem: Path, tag: str) -> None:
    import matplotlib.pyplot as plt

    from learnat_core.reporting import save_figure, save_table

    n = int(curve["questions"].max())
    save_table(curve.drop(columns="model_dir"), stem,
               caption=f"EX by training examples seen ({tag}, n={n} questions, Wilson 95% intervals; small-scale, "
                       "not the paper's setting)")
    figure, axes = plt.subplots(figsize=(6.5, 4))
    runs = list(dict.fromkeys(curve["run"]))
    spread = 0.01 * float(curve["examples_seen"].max())  # curves side by side, so their intervals stay readable
    for index, (label, points) in enumerate(curve.groupby("run", sort=False)):
        points = points.sort_values("examples_seen")
        dodge = (index - (len(runs) - 1) / 2) * spread
        axes.errorbar(points["examples_seen"] + dodge, points["ex_pct"], capsize=3, marker="o", label=label,
                      yerr=[points["ex_pct"] - points["ex_ci_low"], points["ex_ci_high"] - points["ex_pct"]])
    axes.set(xlabel="training examples seen", ylabel="EX (%)", ylim=(0, None),
             title=f"Learning curve ({tag}, n={n})")
    axes.legend()
    save_figure(figure, stem)


if __name__ == "__main__":
    raise SystemExit(main())
