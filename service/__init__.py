"""Quotecheck: a REST service that indexes quotes and speakers and verifies claimed quotes."""
