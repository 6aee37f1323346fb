"""The corpus: storing source documents with their quotations and building the speaker index."""
