"""Click command modules; each defines ``register(group)``."""
