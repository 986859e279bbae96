"""The prompt contract: stored and read back, refused when malformed, and found beside the data or in the start
model, in that order."""

from __future__ import annotations

import json

import pytest

from learnat_core.errors import DataError
from learnat_core.prompting.contract import (PROMPT_FILE, PromptSettings, inherited_prompt_settings,
                                             read_prompt_settings, write_prompt_settings)
from learnat_core.synthesis import SynthesisConfig

TRAINED = PromptSettings("decomposition", "kit", "compact", 0, False, True)


def test_settings_round_trip_and_absent_ones_are_none(tmp_path):
    assert write_prompt_settings(tmp_path, TRAINED) == tmp_path / PROMPT_FILE
    assert read_prompt_settings(tmp_path) == TRAINED and read_prompt_settings(tmp_path / "none") is None
    config = SynthesisConfig(schema_style="compact", instructions=False, gold_schema=True)
    assert config.prompt_settings() == TRAINED and config.prompt_settings("direct").mode == "direct"


@pytest.mark.parametrize(("text", "message"), [
    ("{not json", "not prompt settings"),
    (json.dumps({**TRAINED.to_dict(), "mode": "decomposition_adr"}), "mode must be one of decomposition, direct"),
    (json.dumps({**TRAINED.to_dict(), "gold_schema": "yes"}), "gold_schema should be bool"),
    (json.dumps({**TRAINED.to_dict(), "sample_values": True}), "sample_values should be int"),
    (json.dumps({"mode": "direct"}), "missing"),
])
def test_a_malformed_file_is_one_error_naming_it(tmp_path, text, message):
    (tmp_path / PROMPT_FILE).write_text(text)
    with pytest.raises(DataError, match=message) as error:
        read_prompt_settings(tmp_path)
    assert str(tmp_path / PROMPT_FILE) in str(error.value)


def test_the_data_folder_wins_over_the_start_model(tmp_path):
    data, other, model = tmp_path / "data", tmp_path / "other", tmp_path / "model"
    for folder in (data, other, model):
        folder.mkdir()
    write_prompt_settings(model, TRAINED)
    assert inherited_prompt_settings([other / "pairs.jsonl"], model) == TRAINED  # pairs without: the model's
    direct = PromptSettings("direct", "kit", "compact", 0, False, True)
    write_prompt_settings(data, direct)
    assert inherited_prompt_settings([other / "a.jsonl", data / "b.jsonl"], model) == direct
    assert inherited_prompt_settings([other / "a.jsonl"], "hub/model-id") is None
