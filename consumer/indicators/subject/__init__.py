"""Whose figure it is: the ``subject`` field of an indicator row, one module per kind of rule.

``owner.subject_of`` is the entry point and runs the rules in order; ``carry`` holds what
``extract`` asks when the figure's own sentence names no owner. See docs/indicators.md for
the module table.
"""
