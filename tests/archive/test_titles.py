from archive.titles import canonical_title, canonical_titles


def test_home_district_prefix_is_the_same_post():
    assert canonical_title("二七区委书记") == "区委书记"
    assert canonical_title("二七区区长") == "区长"
    assert canonical_title("二七区委副书记") == "区委副书记"
    assert canonical_title("二七区政府办主任") == "区政府办主任"


def test_other_titles_are_kept_as_printed():
    assert canonical_title("区委常委") == "区委常委"
    assert canonical_title("郑州市纪委监委第四监督检查室主任") == "郑州市纪委监委第四监督检查室主任"
    assert canonical_title("二七区") == "二七区"
    assert canonical_titles(["二七区委副书记", "区长"]) == "区委副书记、区长"
