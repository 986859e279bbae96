"""The docstring examples of the AST modules are executable specifications; run them."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import learnat_core.sql_ast as package

MODULES = sorted(info.name for info in pkgutil.iter_modules(package.__path__, prefix=f"{package.__name__}."))


@pytest.mark.parametrize("name", [package.__name__, *MODULES])
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
