"""Belteam's window (installed as ``belteam_gui``): screens by feature, shared widgets, the shell.
"""
