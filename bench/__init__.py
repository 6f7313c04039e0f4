"""Hearth's benchmark: a load generator, a bare broadcast baseline, and scenarios.

``python -m bench`` (``make bench``) starts SecantusDB, Redis, Hearth and the
baseline on 127.0.0.1, drives them from generator processes of its own, checks
every delivery for order and completeness, and writes a JSON result file and
a PNG plot to ``bench/results/``.
"""
