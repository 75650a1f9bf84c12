"""Scenarios for the table of failure cases in ``tests/test_failures.py``.

Each scenario sets up one thing a user (or an attacker) can do, runs sitegen
on it as a user would, and returns an :class:`~.common.Outcome`: what the
user was shown, and the facts the case's expectation checks.
"""
