"""Spreadsheet import, all or nothing: reading (`spreadsheet`), headers (`columns`), row checks
(`rows`), storing (`store`) and the service that ties them (`importer`).
"""
