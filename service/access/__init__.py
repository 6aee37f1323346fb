"""Access control: API keys with roles (read < write < admin)."""
