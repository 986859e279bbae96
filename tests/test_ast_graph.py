"""The (N, E) view: labels separate what differs, ignore what is only spelling, and name their query scope."""

from __future__ import annotations

from learnat_core.sql_ast import edges, is_subtree, node_label, nodes, parse


def test_different_columns_give_different_sets():
    a, b = parse("SELECT x FROM t WHERE a = 1"), parse("SELECT x FROM t WHERE b = 1")
    assert nodes(a) != nodes(b)
    assert edges(a) != edges(b)
    assert nodes(a) - nodes(b) == {"q|operand:t.a", "q|operator:=(operand:t.a, operand:1)"}


def test_different_comparisons_give_different_sets():
    greater, less = parse("SELECT x FROM t WHERE a > 1"), parse("SELECT x FROM t WHERE a < 1")
    assert nodes(greater) ^ nodes(less) == {"q|operator:>(operand:t.a, operand:1)", "q|operator:<(operand:t.a, operand:1)"}


def test_swapped_values_between_conditions_do_not_collide():
    # With (kind, label)-only nodes these two would have identical node and edge sets.
    one = parse("SELECT x FROM t WHERE a = 1 AND b = 2")
    other = parse("SELECT x FROM t WHERE a = 2 AND b = 1")
    assert nodes(one) != nodes(other)


def test_aliasing_differences_give_equal_sets():
    a = parse("SELECT T1.name FROM singer AS T1 JOIN concert AS T2 ON T1.id = T2.sid WHERE T2.year > 2000")
    b = parse("select s.NAME from singer s join concert c on c.sid = s.id where c.year > 2000")
    assert (nodes(a), edges(a)) == (nodes(b), edges(b))


def test_edges_are_parent_child_label_pairs():
    tree = parse("SELECT name FROM singer WHERE age > 30")
    assert ("q|clause:SELECT", "q|clause:WHERE") in edges(tree)
    assert ("q|clause:WHERE", "q|operator:>(operand:singer.age, operand:30)") in edges(tree)
    assert ("q|operator:>(operand:singer.age, operand:30)", "q|operand:singer.age") in edges(tree)
    assert all(parent in nodes(tree) and child in nodes(tree) for parent, child in edges(tree))


def test_subquery_labels_name_their_scope_and_a_standalone_inner_query_maps_onto_it():
    inner = parse("SELECT avg(age) FROM singer")
    outer = parse("SELECT name FROM singer WHERE age > (SELECT avg(age) FROM singer)")
    assert {label.replace("q|", "q.1|") for label in nodes(inner)} < nodes(outer)
    assert ("q.1|clause:SUBQUERY", "q.1|clause:SELECT") in edges(outer)
    assert {"q|clause:FROM", "q.1|clause:FROM"} <= nodes(outer)
    assert is_subtree(inner, outer)


def test_scopes_are_numbered_in_pre_order_and_except_sides_are_named():
    tree = parse("SELECT a FROM t WHERE b IN (SELECT b FROM u) AND c IN (SELECT c FROM v WHERE d = (SELECT 1))")
    assert {label.split("|")[0] for label in nodes(tree)} == {"q", "q.1", "q.2", "q.2.1"}
    sides = parse("SELECT a FROM t EXCEPT SELECT a FROM u")
    assert {"q|clause:EXCEPT", "q.left|operand:t", "q.right|operand:u"} <= nodes(sides)


def test_node_label_of_clause_is_its_keyword_and_of_atom_its_content():
    where = parse("SELECT a FROM t WHERE a > 1").root.children[-1]
    assert node_label(where) == "clause:WHERE"
    assert node_label(where.children[0]) == "operator:>(operand:t.a, operand:1)"


def test_repeated_nodes_collapse_in_the_set():
    tree = parse("SELECT age FROM singer WHERE age > 1 ORDER BY age")
    assert len(tree) > len(nodes(tree))
    assert sum(node.label == "singer.age" for node in tree.root.walk()) == 3
