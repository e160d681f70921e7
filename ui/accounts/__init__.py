"""Accounts: sign-in, first run, users, the audit log page, the passphrase dialog.
"""
