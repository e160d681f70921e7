"""User accounts: Argon2id passwords, sign-in with lock-out, first run (`users`).
"""
