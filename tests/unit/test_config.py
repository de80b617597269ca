from pathlib import Path

import pytest

from generator.config import Config, field_docs, load_config
from generator.errors import BriefingError


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "briefing.yml").write_text(text, encoding="utf-8")
    return tmp_path


def messages(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(BriefingError) as caught:
        load_config(write(tmp_path, text))
    return [str(d) for d in caught.value.diagnostics]


def test_empty_file_gives_defaults(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, ""))
    assert cfg.site.title == "Conflict Briefing"
    assert cfg.summary.sentences == 3
    assert cfg.output_dir == tmp_path.resolve() / "site"


def test_values_are_read(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, "site:\n  title: Sahel Watch\n  base_url: https://x.github.io/repo/\nsummary:\n  sentences: 2\n"))
    assert (cfg.site.title, cfg.site.base_url, cfg.summary.sentences) == ("Sahel Watch", "https://x.github.io/repo/", 2)


def test_every_problem_is_reported_with_its_line(tmp_path: Path) -> None:
    text = "site:\n  titel: X\n  base_url: https://x.github.io/repo\nsummary:\n  sentences: lots\n  key_points: yes\nthemes: {}\n"
    assert messages(tmp_path, text) == [
        "briefing.yml:2: site.titel: unknown key; did you mean 'title'?",
        'briefing.yml:3: site.base_url: must end with "/" (got \'https://x.github.io/repo\')',
        "briefing.yml:5: summary.sentences: must be an integer (got 'lots')",
        "briefing.yml:6: summary.key_points: must be an integer (got True)",
        "briefing.yml:7: themes: unknown section; did you mean 'home'?",
    ]


def test_out_of_range_and_syntax_errors(tmp_path: Path) -> None:
    assert messages(tmp_path, "summary:\n  sentences: 40\n") == ["briefing.yml:2: summary.sentences: must be between 1 and 10 (got 40)"]
    assert messages(tmp_path, "site:\n  title: [unclosed\n")[0].startswith("briefing.yml:3: invalid YAML")


def test_missing_file_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="run briefing in a project's root"):
        load_config(tmp_path)


def test_every_field_is_documented() -> None:
    rows = field_docs()
    assert rows and all(doc.strip() for _, doc, _ in rows)
    assert isinstance(Config(root=Path(".")).site.title, str)
