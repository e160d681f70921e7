"""The command line: `main` builds the parser and runs one command; one module per command group;
shared helpers in `common`.
"""
