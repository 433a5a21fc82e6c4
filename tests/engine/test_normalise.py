from desktop.engine.normalise import fold


def test_quotes_dashes_spaces_and_width_forms_fold():
    assert fold("“Less equal” — ‘report’") == fold('"Less equal" - "report"')
    assert fold("ﬁnal\u00a0 text\u200b") == "final text"
    assert fold("１２３") == "123"


def test_case_folding_is_optional_and_unicode_aware():
    assert fold("Straße ДОКЛАД") != fold("strasse доклад")
    assert fold("Straße ДОКЛАД", ignore_case=True) == fold("STRASSE доклад", ignore_case=True)


def test_quote_style_can_be_kept():
    assert fold("‘a’", ignore_quotes=False) != fold("“a”", ignore_quotes=False)
    assert fold("‘a’", ignore_quotes=False) == fold("'a'", ignore_quotes=False)
