"""Belteam: the domain of a volunteer phone circle. Never imports Qt."""

__version__ = "0.1.0"
