"""Built-in stages. Each module defines ``build(config, settings, path) -> Stage``."""
