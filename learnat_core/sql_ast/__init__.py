"""SQL ASTs for LearNAT: typed trees (clause / operator / operand), the paper's graph view (N, E), subtree
relations, AST similarity, margins, rendering and perturbations.

>>> from learnat_core.sql_ast import parse, is_subtree
>>> gold = parse("SELECT name FROM singer WHERE age > (SELECT avg(age) FROM singer)")
>>> is_subtree(parse("SELECT avg(T1.age) FROM singer AS T1"), gold)
True
"""

from __future__ import annotations

from learnat_core.sql_ast.build import build
from learnat_core.sql_ast.edit_distance import released_edit_distance, tree_edit_distance
from learnat_core.sql_ast.graph import edges, label_graph, node_label, nodes
from learnat_core.sql_ast.margin import Margin, margin
from learnat_core.sql_ast.node_kinds import NODE_SPECS, NodeKind, NodeSpec
from learnat_core.sql_ast.normalization import Normalization, normalize
from learnat_core.sql_ast.parse import parse, parse_expression
from learnat_core.sql_ast.perturb import EQUIVALENT_RULES, Perturbed, perturbations
from learnat_core.sql_ast.relations import (
    AccumulatedAst,
    StepClass,
    accumulate,
    classify,
    coverage_mask,
    is_subtree,
    same_graph,
)
from learnat_core.sql_ast.render import render
from learnat_core.sql_ast.similarity import SIMILARITY_METHODS, similarity
from learnat_core.sql_ast.tree import AstNode, SqlTree

__all__ = [
    "EQUIVALENT_RULES",
    "NODE_SPECS",
    "SIMILARITY_METHODS",
    "AccumulatedAst",
    "AstNode",
    "Margin",
    "NodeKind",
    "NodeSpec",
    "Normalization",
    "Perturbed",
    "SqlTree",
    "StepClass",
    "accumulate",
    "build",
    "classify",
    "coverage_mask",
    "edges",
    "is_subtree",
    "label_graph",
    "margin",
    "node_label",
    "nodes",
    "normalize",
    "parse",
    "parse_expression",
    "perturbations",
    "released_edit_distance",
    "render",
    "same_graph",
    "similarity",
    "tree_edit_distance",
]
