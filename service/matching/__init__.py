"""Quote matching: align a claimed quote to source documents and judge what changed.

Pure Python: imports neither Flask nor the database.
"""
