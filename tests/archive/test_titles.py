from archive.titles import canonical_title, canonical_titles, held_posts


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


def test_a_jian_title_stays_whole_with_each_post_read():
    assert held_posts("副区长兼区公安分局局长") == ["副区长", "区公安分局局长"]
    # 兼 in a bracket qualifies the post; 兼职 is a word.
    assert held_posts("区委党校常务副校长（兼）") == ["区委党校常务副校长（兼）"]
    assert held_posts("区律师协会兼职律师") == ["区律师协会兼职律师"]
    assert canonical_title("区委常委兼二七区委统战部部长") == "区委常委兼区委统战部部长"
    assert canonical_titles(["区委常委", "副区长兼区公安分局局长"]) == (
        "区委常委、副区长兼区公安分局局长"
    )
