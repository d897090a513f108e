from clients import H, C, A, B  # noqa: F401

CASES = []
