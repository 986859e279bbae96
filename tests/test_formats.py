"""Prediction and training-data formats in and out: the kit's inference records, Spider's predicted-SQL file,
BIRD's predict_dev.json and TRL's conversational datasets, each round-tripped, and malformed files."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from learnat_core.cli import main
from learnat_core.data import locate
from learnat_core.decomposition import Step
from learnat_core.errors import DataError
from learnat_core.evaluation.formats import NO_SQL, detect_format, one_line
from learnat_core.evaluation.predictions import InferenceRecord
from learnat_core.llm.models import tiny_model_path
from learnat_core.training.data import read_preference_pairs, read_sft_records

SPIDER_DATABASES = ("concert_singer", "pets_1")
PROMPT = [{"role": "system", "content": "You write SQL."}, {"role": "user", "content": "How many singers?"}]
STEP_1 = "Sub question 1: How many singers are there?\nSubSQL1:\n```sql\nSELECT count(*) FROM singer\n```"
STEP_2 = "Sub question 2: Their names?\nSubSQL2:\n```sql\nSELECT name FROM singer\n```"


def _record(question_id: str, db_id: str, sql: str | None) -> InferenceRecord:
    return InferenceRecord(id=question_id, db_id=db_id, mode="decomposition", prompt_hash="0" * 16, raw=("x",),
                           steps=(Step("q", sql or ""),), final_sql=sql, status="ok", exec_status=None,
                           prompt_tokens=1, completion_tokens=1, seconds=0.1, retries=0)


def _write_records(path: Path, records: list[InferenceRecord]) -> Path:
    path.write_text("".join(json.dumps(record.to_dict()) + "\n" for record in records))
    return path


def _run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _ex(path: Path) -> list[int]:
    return [json.loads(line)["ex"] for line in path.read_text().splitlines()]


def _eval(root: Path, dataset: str, pred: Path, out: Path, capsys, *extra) -> tuple[int, str]:
    code, _, stderr = _run(["eval", "--dataset", dataset, "--data-root", root, "--pred", pred, "--out", out,
                            "--workers", "1", "--no-progress", *extra], capsys)
    return code, stderr


@pytest.fixture(scope="module")
def spider_root(tmp_path_factory) -> Path:
    """A data root with the bundled Spider dev questions of two real databases and their gold file."""
    bundled = locate("spider", "dev")
    entries = [e for e in json.loads(bundled.questions_file.read_text()) if e["db_id"] in SPIDER_DATABASES]
    chosen = [e for db in SPIDER_DATABASES for e in [x for x in entries if x["db_id"] == db][:4]]
    root = tmp_path_factory.mktemp("data")
    spider = root / "spider"
    spider.mkdir()
    (spider / "dev.json").write_text(json.dumps(chosen))
    (spider / "dev_gold.sql").write_text("".join(f"{e['query']}\t{e['db_id']}\n" for e in chosen))
    shutil.copy(bundled.tables_file, spider / "tables.json")
    for db in SPIDER_DATABASES:
        shutil.copytree(bundled.db_root / db, spider / "database" / db)
    return root


def test_spider_records_and_their_spider_file_score_alike(spider_root: Path, tmp_path: Path, capsys) -> None:
    examples = locate("spider", "dev", spider_root).load()
    gold = {e.id: e.gold_sql for e in examples}
    first, second, third, fourth, fifth = (e.id for e in examples[:5])
    records = [
        _record(first, examples[0].db_id, gold[first].replace(" ", "\n  ", 2)),  # right, over several lines
        _record(second, examples[1].db_id, "SELECT name FROM singer WHERE name = 'a\tb'"),  # wrong, tab in a literal
        _record(third, examples[2].db_id, None),  # no SQL
        _record(fourth, examples[3].db_id, gold[fourth]),
        _record(fifth, examples[4].db_id, gold[fifth] + "\n"),
    ]  # the remaining questions have no record
    records_file = _write_records(tmp_path / "pred.jsonl", records)
    assert detect_format(records_file) == "records"
    code, _ = _eval(spider_root, "spider", records_file, tmp_path / "direct.jsonl", capsys)
    assert code == 0

    spider_file = tmp_path / "pred.sql"
    code, stdout, stderr = _run(["export", "--to", "spider", "--input", records_file, "--out", spider_file,
                                 "--data-root", spider_root], capsys)
    assert code == 0 and f"{len(examples)} questions (4 predicted) -> {spider_file}" in stdout
    assert f"note: {len(examples) - 4} of {len(examples)} questions have no prediction" in stderr
    lines = spider_file.read_text().splitlines()
    assert len(lines) == len(examples) and lines[2] == NO_SQL and lines[-1] == NO_SQL
    assert lines[0] == one_line(gold[first]) and "\n" not in lines[0]
    assert lines[1] == "SELECT name FROM singer WHERE name = 'a b'"
    assert detect_format(spider_file) == "spider"

    code, _ = _eval(spider_root, "spider", spider_file, tmp_path / "via_file.jsonl", capsys)
    assert code == 0
    direct = _ex(tmp_path / "direct.jsonl")
    assert direct[:5] == [1, 0, 0, 1, 1] and sum(direct) == 3
    assert _ex(tmp_path / "via_file.jsonl") == direct
    gold_file = spider_root / "spider" / "dev_gold.sql"
    code, _ = _eval(spider_root, "spider", spider_file, tmp_path / "with_gold.jsonl", capsys, "--gold", gold_file)
    assert code == 0 and _ex(tmp_path / "with_gold.jsonl") == direct


def test_one_line_collapses_whitespace_outside_quoted_text() -> None:
    assert one_line("  SELECT a,\n\t b  FROM t\r\n WHERE c = 'x  y' AND \"d  e\" = 'it''s\n'  ") == (
        "SELECT a, b FROM t WHERE c = 'x  y' AND \"d  e\" = 'it''s '"
    )


@pytest.fixture()
def bird_root(tmp_path: Path) -> Path:
    """A BIRD-style data root: three dev questions on a tiny database made here."""
    folder = tmp_path / "data" / "bird" / "dev"
    db = folder / "dev_databases" / "shop" / "shop.sqlite"
    db.parent.mkdir(parents=True)
    with sqlite3.connect(db) as connection:
        connection.executescript("CREATE TABLE item (name TEXT, price REAL);"
                                 "INSERT INTO item VALUES ('pen', 1.5), ('ink', 3.0), ('pad', 2.0);")
    connection.close()
    questions = [
        {"question_id": 0, "db_id": "shop", "question": "How many items?", "evidence": "",
         "SQL": "SELECT count(*) FROM item", "difficulty": "simple"},
        {"question_id": 1, "db_id": "shop", "question": "Most expensive?", "evidence": "",
         "SQL": "SELECT name FROM item ORDER BY price DESC LIMIT 1", "difficulty": "moderate"},
        {"question_id": 2, "db_id": "shop", "question": "Cheap ones?", "evidence": "cheap: price < 2",
         "SQL": "SELECT name FROM item WHERE price < 2", "difficulty": "challenging"},
    ]
    (folder / "dev.json").write_text(json.dumps(questions))
    return tmp_path / "data"


def test_bird_records_and_their_predict_dev_json_score_alike(bird_root: Path, tmp_path: Path, capsys) -> None:
    records_file = _write_records(tmp_path / "pred.jsonl", [
        _record("0", "shop", "SELECT count(*)\nFROM item"),
        _record("1", "shop", "SELECT name FROM item ORDER BY price LIMIT 1"),
    ])
    code, _ = _eval(bird_root, "bird", records_file, tmp_path / "direct.jsonl", capsys)
    assert code == 0 and _ex(tmp_path / "direct.jsonl") == [1, 0, 0]

    predict = tmp_path / "predict_dev.json"
    code, _, _ = _run(["export", "--to", "bird", "--input", records_file, "--out", predict, "--data-root", bird_root],
                      capsys)
    assert code == 0 and detect_format(predict) == "bird"
    assert json.loads(predict.read_text()) == {
        "0": "SELECT count(*) FROM item\t----- bird -----\tshop",
        "1": "SELECT name FROM item ORDER BY price LIMIT 1\t----- bird -----\tshop",
        "2": f"{NO_SQL}\t----- bird -----\tshop",
    }
    code, _ = _eval(bird_root, "bird", predict, tmp_path / "via_file.jsonl", capsys)
    assert code == 0 and _ex(tmp_path / "via_file.jsonl") == [1, 0, 0]

    compact = tmp_path / "compact.json"  # one line, as json.dump without indent writes it; index 2 left out
    compact.write_text(json.dumps({"1": "SELECT name FROM item WHERE price < 2\t----- bird -----\tshop",
                                   "0": "SELECT 3\t----- bird -----\tshop"}))
    code, stderr = _eval(bird_root, "bird", compact, tmp_path / "compact.jsonl", capsys, "--format", "bird")
    assert code == 0 and "1 questions have no prediction and count as wrong: 2" in stderr
    assert _ex(tmp_path / "compact.jsonl") == [1, 0, 0]


@pytest.mark.parametrize(
    ("name", "text", "extra", "message"),
    [
        ("pred.sql", "SELECT 1\n\nSELECT 2\n", [], "pred.sql:2: blank line"),
        ("pred.sql", "SELECT 1\n", [], "pred.sql holds 1 predictions, expected one per question (8)"),
        ("pred.sql", "SELECT 1\n" * 8, ["--gold", "GOLD"], "gold.sql:2: expected 'SQL<TAB>db_id'"),
        ("pred.jsonl", '{"id": "0", "pred": "SELECT 1"}\n{"id": "1"}\n', [], "pred.jsonl:2: missing key 'pred'"),
        ("pred.jsonl", '{"id": "0", "final_sql": "SELECT 1", "mode": "direct"}\n', ["--format", "records"],
         "pred.jsonl:1: missing keys: "),
        ("predict_dev.json", '{\n    "0": "SELECT 1\\t----- bird -----\\tshop",\n    "1": "SELECT\n}', [],
         "predict_dev.json:3: not valid JSON"),
        ("predict_dev.json", '{\n    "0": "SELECT 1\\t----- bird -----\\tconcert_singer",\n    "1": "SELECT 2"\n}', [],
         "predict_dev.json:3: entry '1': expected a string 'SQL"),
    ],
)
def test_a_malformed_prediction_file_is_one_line_naming_file_and_line(
    spider_root: Path, tmp_path: Path, capsys, name: str, text: str, extra: list[str], message: str
) -> None:
    pred = tmp_path / name
    pred.write_text(text)
    gold = tmp_path / "gold.sql"
    gold.write_text("SELECT 1\tconcert_singer\nSELECT 2\n" + "SELECT 3\tpets_1\n" * 6)
    code, stderr = _eval(spider_root, "spider", pred, tmp_path / "out.jsonl", capsys,
                         *(str(gold) if arg == "GOLD" else arg for arg in extra))
    assert code == 2 and stderr.startswith("learnat eval: error: ") and message in stderr
    assert len(stderr.strip().splitlines()) == 1 and "Traceback" not in stderr


def test_a_bird_entry_on_the_wrong_database_names_its_line(bird_root: Path, tmp_path: Path, capsys) -> None:
    predict = tmp_path / "predict_dev.json"
    predict.write_text(json.dumps({"0": "SELECT 1\t----- bird -----\tshop", "1": "SELECT 1\t----- bird -----\tcafe",
                                   "7": "SELECT 1\t----- bird -----\tshop"}, indent=4))
    code, stderr = _eval(bird_root, "bird", predict, tmp_path / "out.jsonl", capsys)
    assert code == 2 and "predict_dev.json:3: entry '1': db_id 'cafe', but question 1 is on 'shop'" in stderr


def _kit_files(tmp_path: Path) -> tuple[Path, Path]:
    sft = [{"question_id": str(i), "db_id": "concert_singer", "proposer": "ast-rules",
            "messages": [*PROMPT, {"role": "assistant", "content": STEP_1}], "meta": {"round": 1} if i else {}}
           for i in range(2)]
    pairs = [
        {"question_id": "0", "db_id": "concert_singer", "proposer": "llm:glm-4-plus", "step_index": 0,
         "prompt_messages": PROMPT, "prefix": "", "chosen": STEP_1, "rejected": STEP_2, "chosen_reward": 1.0,
         "rejected_reward": 0.25, "margin": 0.75, "rejected_class": "invalid", "chosen_final": False,
         "rejected_final": False, "meta": {"round": 1, "chosen_node": 1, "rejected_node": 2}},
        {"question_id": "0", "db_id": "concert_singer", "proposer": "llm:glm-4-plus", "step_index": 1,
         "prompt_messages": PROMPT[1:], "prefix": STEP_1 + "\n", "chosen": STEP_2, "rejected": STEP_1,
         "chosen_reward": 0.5, "rejected_reward": 0.5, "margin": 0.0, "rejected_class": "redundant",
         "chosen_final": True, "rejected_final": True, "meta": {}},
    ]
    paths = tmp_path / "sft.jsonl", tmp_path / "pairs.jsonl"
    for path, lines in zip(paths, (sft, pairs)):
        path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return paths


def test_sft_and_pairs_round_trip_through_trl_formats_that_datasets_and_trl_load(tmp_path: Path, capsys) -> None:
    datasets = pytest.importorskip("datasets")
    trl = pytest.importorskip("trl")
    sft, pairs = _kit_files(tmp_path)
    trl_sft, trl_pairs = tmp_path / "trl_sft.jsonl", tmp_path / "trl_pairs.jsonl"
    assert _run(["export", "--to", "trl-sft", "--input", sft, "--out", trl_sft], capsys)[0] == 0
    assert _run(["export", "--to", "trl-preference", "--input", pairs, "--out", trl_pairs], capsys)[0] == 0

    assert read_sft_records(trl_sft) == read_sft_records(sft)
    assert read_preference_pairs(trl_pairs) == read_preference_pairs(pairs)
    line = json.loads(trl_pairs.read_text().splitlines()[1])
    assert list(line)[:4] == ["prompt", "chosen", "rejected", "margin"]
    assert line["prompt"] == PROMPT[1:] and line["margin"] == 0.0
    assert line["chosen"] == [{"role": "assistant", "content": STEP_1 + "\n" + STEP_2}]

    sft_data = datasets.load_dataset("json", data_files=str(trl_sft), split="train")
    pair_data = datasets.load_dataset("json", data_files=str(trl_pairs), split="train")
    assert sft_data.num_rows == 2 and sft_data[0]["messages"][-1] == {"role": "assistant", "content": STEP_1}
    assert pair_data.num_rows == 2 and pair_data[1]["chosen"] == line["chosen"]

    from transformers import AutoModelForCausalLM, AutoTokenizer

    tiny = tiny_model_path(tmp_path / "llm-cache")
    model, tokenizer = AutoModelForCausalLM.from_pretrained(tiny), AutoTokenizer.from_pretrained(tiny)
    settings = {"max_steps": 1, "per_device_train_batch_size": 2, "report_to": [], "use_cpu": True}
    trainers = [
        trl.SFTTrainer(model=model, args=trl.SFTConfig(output_dir=str(tmp_path / "sft"), **settings),
                       train_dataset=sft_data, processing_class=tokenizer),
        trl.DPOTrainer(model=model, args=trl.DPOConfig(output_dir=str(tmp_path / "dpo"), **settings),
                       train_dataset=pair_data, processing_class=tokenizer),
    ]
    for trainer in trainers:
        assert trainer.train().global_step == 1


def test_trl_files_made_elsewhere_are_read_with_the_documented_defaults(tmp_path: Path) -> None:
    sft = tmp_path / "messages.jsonl"
    answer = {"role": "assistant", "content": STEP_1}
    sft.write_text(json.dumps({"messages": [*PROMPT, answer], "source": "hub"}) + "\n")
    (record,) = read_sft_records(sft)
    assert (record.question_id, record.db_id, record.proposer, record.messages[-1]["content"]) == ("", "", "", STEP_1)
    pairs = tmp_path / "preference.jsonl"
    pairs.write_text(json.dumps({"prompt": PROMPT, "chosen": [{"role": "assistant", "content": STEP_1}],
                                 "rejected": [{"role": "assistant", "content": STEP_2}]}) + "\n")
    (pair,) = read_preference_pairs(pairs)
    assert (pair.chosen, pair.rejected, pair.prefix, pair.margin, pair.chosen_reward, pair.rejected_reward) == (
        STEP_1, STEP_2, "", 1.0, 1.0, 0.0)
    assert pair.chosen_final and pair.rejected_final and pair.prompt_messages == tuple(PROMPT)


@pytest.mark.parametrize(
    ("reader", "lines", "message"),
    [
        (read_sft_records, [{"messages": PROMPT}], "x.jsonl:1: messages roles are [system, user]"),
        (read_sft_records, [{"messages": [*PROMPT, {"role": "assistant", "content": "a"}]}, {"text": "a"}],
         "x.jsonl:2: missing keys: messages"),
        (read_preference_pairs,
         [{"prompt": PROMPT, "chosen": "a", "rejected": [{"role": "assistant", "content": "b"}]}],
         'x.jsonl:1: chosen must be a list of one message {"role": "assistant"'),
        (read_preference_pairs, [{"prompt": PROMPT, "chosen": [{"role": "assistant", "content": "a"}],
                                  "rejected": [{"role": "assistant", "content": "b"}], "prefix": "Sub"}],
         "x.jsonl:1: chosen does not start with the prefix 'Sub'"),
        (read_preference_pairs, [{"prompt": PROMPT, "chosen": [{"role": "assistant", "content": "a"}],
                                  "rejected": [{"role": "assistant", "content": "b"}], "margin": 0.5,
                                  "chosen_reward": 0.9, "rejected_reward": 0.1}],
         "x.jsonl:1: margin 0.5 is not chosen_reward - rejected_reward"),
    ],
)
def test_a_malformed_trl_file_is_a_data_error_naming_file_and_line(tmp_path: Path, reader, lines, message) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    with pytest.raises(DataError, match=re.escape(message)):
        reader(path)


def test_export_of_a_malformed_file_is_one_line(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "pairs.jsonl"
    bad.write_text(json.dumps({"prompt": PROMPT, "chosen": [], "rejected": []}) + "\n")
    code, _, stderr = _run(["export", "--to", "trl-preference", "--input", bad, "--out", tmp_path / "o.jsonl"], capsys)
    assert code == 2 and stderr.strip() == (f"learnat export: error: {bad}:1: chosen must be a list of one message "
                                            '{"role": "assistant", "content": "..."}')


def test_learnat_train_takes_trl_files(tmp_path: Path, capsys) -> None:
    tiny = tiny_model_path(tmp_path / "llm-cache")
    sft, pairs = tmp_path / "messages.jsonl", tmp_path / "preference.jsonl"
    sft.write_text("".join(json.dumps({"messages": [*PROMPT, {"role": "assistant", "content": step}]}) + "\n"
                           for step in (STEP_1, STEP_2)))
    pairs.write_text(json.dumps({"prompt": PROMPT, "chosen": [{"role": "assistant", "content": STEP_1}],
                                 "rejected": [{"role": "assistant", "content": STEP_2}], "margin": 0.5}) + "\n")
    settings = "max_steps: 1\nper_device_train_batch_size: 2\nmax_length: 384\nbf16: 'off'\ndisable_tqdm: true\n"
    (tmp_path / "sft.yaml").write_text(f"{settings}model: {tiny}\ntrain_file: {sft}\noutput_dir: {tmp_path / 'sft'}\n")
    code, stdout, _ = _run(["train", "--stage", "sft", "--config", tmp_path / "sft.yaml"], capsys)
    result = _train_result(stdout)
    assert code == 0 and result["global_step"] == 1 and result["examples"] == 2
    (tmp_path / "mdpo.yaml").write_text(f"{settings}max_prompt_length: 256\npairs_file: {pairs}\n"
                                        f"sft_model_dir: {result['model_dir']}\noutput_dir: {tmp_path / 'mdpo'}\n")
    code, stdout, err = _run(["train", "--stage", "mdpo", "--config", tmp_path / "mdpo.yaml"], capsys)
    assert code == 0 and _train_result(stdout)["examples"] == 1, err


def _train_result(stdout: str) -> dict:
    """The TrainResult JSON that ``learnat train`` prints last (transformers may print its metrics first)."""
    return json.loads(stdout[stdout.index("{\n"):])
