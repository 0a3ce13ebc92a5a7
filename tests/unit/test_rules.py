"""The article's rules as pure functions (no database)."""

import pytest

from core import rules
from core.rules import Policy


@pytest.mark.parametrize(
    ("platform", "deployment", "visible"),
    [("ios", "cloud", True), ("android", "cloud", False), ("ios", "on-premise", False),
     ("android", "on-premise", False)],
)
def test_delete_account_shows_only_on_ios_for_cloud_bitrix24_by_default(platform, deployment,
                                                                         visible):
    assert rules.deletion_option_visible(Policy(), platform, deployment) is visible


def test_a_policy_that_lists_android_shows_the_option_on_android():
    policy = Policy(platforms=("ios", "android"))
    assert rules.deletion_option_visible(policy, "android", "cloud")
    assert not rules.deletion_option_visible(policy, "android", "on-premise")


@pytest.mark.parametrize("reason", [
    "cancel profile deletion", "Cancel Profile Deletion", "  cancel profile deletion  ",
    '"cancel profile deletion"', "'Cancel profile deletion'", "“cancel profile deletion”",
    ' " cancel  profile deletion " ',
    # one stray quote, as copied from the article: still a cancellation (issue 14, item 16)
    '"cancel profile deletion ', 'cancel profile deletion"', "«cancel profile deletion",
    "'\"cancel profile deletion",
])
def test_cancel_phrase_ignores_case_spaces_and_quotes(reason):
    assert rules.is_cancel_reason(reason)


@pytest.mark.parametrize("reason", [
    "cancel deletion", "please cancel profile deletion", "cancel profile deletion now", "", "  ",
    '"', 'cancel "profile" deletion', '"cancel profile deletion" now',
])
def test_other_reasons_are_not_a_cancellation(reason):
    assert not rules.is_cancel_reason(reason)


def test_reason_is_required_trimmed_and_at_most_500_characters():
    assert rules.reason_problem("") is not None
    assert rules.reason_problem("   \t\n ") is not None
    assert rules.reason_problem("x") is None
    assert rules.reason_problem("  " + "x" * 500 + "  ") is None
    assert "501" in rules.reason_problem("x" * 501)
    assert rules.reason_problem("bad\x00byte") is not None


def test_sole_admin_means_the_only_active_administrator():
    assert rules.is_sole_admin(1, [1])
    assert not rules.is_sole_admin(1, [1, 2])
    assert not rules.is_sole_admin(1, [2])


def test_request_form_lists_the_articles_seven_items_in_order():
    assert len(rules.REQUEST_ITEMS) == 7
    assert rules.REQUEST_ITEMS[0] == "Access to this Bitrix24 will be closed."
    assert rules.REQUEST_ITEMS[4] == "You will be marked as Dismissed in the list of employees."
    assert rules.REQUEST_ITEMS[6].startswith("If you have several accounts")
