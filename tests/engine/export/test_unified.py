"""The unified diff: valid (patch applies it), in alignment order, normalised."""
import shutil
import subprocess

import pytest

from desktop.engine.export.unified import aligned_lines, to_unified_diff


def test_diff_turns_the_original_into_the_other_version(comparison, tmp_path):
    if shutil.which("patch") is None:
        pytest.skip("no patch program")
    left, right, _ = aligned_lines(comparison)
    original = tmp_path / "a.txt"
    original.write_text("".join(line + "\n" for line in left), encoding="utf-8")
    (tmp_path / "d.diff").write_text(to_unified_diff(comparison), encoding="utf-8")
    result = subprocess.run(["patch", "-s", str(original), str(tmp_path / "d.diff")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr + result.stdout
    assert original.read_text(encoding="utf-8") == "".join(line + "\n" for line in right)


def test_header_hunks_and_pairs(comparison):
    diff = to_unified_diff(comparison).splitlines()
    assert diff[0] == f"--- {comparison.left.name}" and diff[1] == f"+++ {comparison.right.name}"
    assert diff[2].startswith("@@ -1")
    # an edited paragraph's old line is followed by its new one
    at = next(i for i, line in enumerate(diff) if line.startswith("-In the town of Esbjerg"))
    assert diff[at + 1].startswith("+In the town of Esbjerg") and "2023" in diff[at + 1]


def test_every_paragraph_in_alignment_order(comparison):
    left, right, _ = aligned_lines(comparison)
    assert len(left) == len(comparison.left.paragraphs) and len(right) == len(comparison.right.paragraphs)


def test_identical_documents_give_no_diff():
    from desktop.engine.api import compare_files, example_paths

    left = example_paths()[0]
    assert to_unified_diff(compare_files(left, left)) == ""
