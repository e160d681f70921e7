"""Belteam's domain: feature packages, layered one way, never importing Qt.

Entry points call :func:`belteam.bootstrap.wire` first; see docs/ARCHITECTURE.md.
"""
