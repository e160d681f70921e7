"""`belteam demo`: realistic, deterministic teams of any size with call history, and the demo
sign-ins.
"""
