# The package's version: the C library's (project(sayso VERSION ...) in the
# top-level CMakeLists.txt) and pyproject.toml's; a test keeps the three equal.
__version__ = "0.1.0"
