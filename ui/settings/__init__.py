"""The coordinator's settings screen.
"""
