"""Verification as a service: retrieve candidate sources from the corpus, let the matching core
judge the claim, and present its evidence with the documents' metadata."""
