import pytest


@pytest.fixture
def write(tmp_path):
    """Write bytes or text to a file in the test's folder; the path back."""
    def _write(name: str, content) -> str:
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return str(path)

    return _write
