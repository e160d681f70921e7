"""Pairings: the list, the pair dialog and the call-plan editor.
"""
