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


def test_the_form_says_what_is_missing_in_the_order_the_person_meets_it():
    items = len(rules.REQUEST_ITEMS)
    assert "Read all the items" in rules.form_problem("I am leaving", items - 1, True)
    assert rules.form_problem("", items, True) == rules.reason_problem("")
    assert rules.form_problem("I am leaving", items, False) == "Confirm the action."
    assert rules.form_problem("I am leaving", items, True) is None


@pytest.mark.parametrize(("role", "employment", "access", "network", "counts"), [
    ("admin", "active", "open", "active", True),
    ("employee", "active", "open", "active", False),
    ("admin", "dismissed", "open", "active", False),
    ("admin", "active", "closed", "active", False),
    ("admin", "active", "open", "deleted", False),
])
def test_an_administrator_counts_only_while_employed_with_access_and_a_network_profile(
        role, employment, access, network, counts):
    assert rules.is_active_admin(role, employment, access, network) is counts


def test_the_bitrix24_goes_with_its_only_active_administrator():
    assert rules.bitrix24_goes_with_requester("admin", "active", 7, [7])


@pytest.mark.parametrize(("role", "portal_status", "admins"), [
    ("admin", "active", [7, 8]),  # another administrator was assigned before the due date
    ("admin", "active", [8]),  # the requester no longer counts (their access was closed)
    ("admin", "active", []),
    ("admin", "deleted", [7]),  # the Bitrix24 has gone already
    ("employee", "active", [7]),
])
def test_the_bitrix24_stays_unless_the_requester_is_its_only_active_administrator(
        role, portal_status, admins):
    assert not rules.bitrix24_goes_with_requester(role, portal_status, 7, admins)


def test_an_employee_requester_never_makes_anyone_count_the_administrators():
    def never():
        raise AssertionError("administrators read for an employee")
        yield

    assert not rules.bitrix24_goes_with_requester("employee", "active", 7, never())


def test_the_network_profile_goes_with_the_last_account():
    assert rules.network_profile_goes_too("active", [("closed", "active")])
    assert rules.network_profile_goes_too("active", [])


@pytest.mark.parametrize(("accounts", "goes"), [
    ([("closed", "active"), ("open", "active")], False),  # another Bitrix24 is still theirs
    ([("closed", "active"), ("open", "deleted")], True),  # the other Bitrix24 was deleted
    ([("closed", "active"), ("closed", "active")], True),  # closed there too
])
def test_the_network_profile_stays_while_any_other_account_is_live(accounts, goes):
    assert rules.network_profile_goes_too("active", accounts) is goes


def test_a_network_profile_deleted_already_is_not_deleted_again():
    assert not rules.network_profile_goes_too("deleted", [])


def test_a_live_account_is_an_open_profile_in_a_bitrix24_that_still_exists():
    assert rules.is_live_account("open", "active")
    assert not rules.is_live_account("closed", "active")
    assert not rules.is_live_account("open", "deleted")


def test_no_email_about_a_bitrix24_reaches_a_profile_deleted_from_it():
    reason = rules.email_suppression_reason("portal_deleted", "active", 12)
    assert reason == "profile deleted from this Bitrix24 (request #12)"


def test_no_email_reaches_a_deleted_network_profile():
    assert rules.email_suppression_reason("cancellation_admin", "deleted", None) == \
        rules.NETWORK_PROFILE_GONE
    # Both hold: the Network profile is named (it covers every Bitrix24).
    assert rules.email_suppression_reason("portal_deleted", "deleted", 12) == \
        rules.NETWORK_PROFILE_GONE


@pytest.mark.parametrize("kind", sorted(rules.FINAL_KINDS))
def test_the_final_notices_of_a_deletion_are_never_suppressed(kind):
    assert rules.email_suppression_reason(kind, "deleted", 12) is None


def test_an_email_to_a_live_profile_goes_out():
    assert rules.email_suppression_reason("portal_deleted", "active", None) is None
    assert rules.email_suppression_reason(None, None, None) is None
    assert rules.email_suppression_reason(None, "active", 3) is not None


@pytest.mark.parametrize(("override", "person_device", "person", "world_device", "shown"), [
    ("ru", "de", "es", "pt-BR", "ru"),  # the phone's own choice first
    (None, "de", "es", "pt-BR", "de"),  # then the signed-in person's own phone
    (None, None, "es", "pt-BR", "es"),  # then the person's language
    (None, None, None, "pt-BR", "pt-BR"),  # then the world's device
    (None, None, None, None, None),  # nobody says: --lang or the system locale
])
def test_a_phone_shows_its_own_choice_then_its_persons_then_the_worlds(
        override, person_device, person, world_device, shown):
    assert rules.phone_language(override, person_device, person, world_device) == shown


def test_the_request_items_and_the_forms_refusals_are_shown_in_the_current_language():
    from core import i18n

    assert rules.request_items() == rules.REQUEST_ITEMS  # English: the article's words
    with i18n.use("pseudo"):
        shown = rules.request_items() + (rules.form_problem("", 0, False),
                                         rules.reason_problem(""),
                                         rules.reason_problem("x" * 501))
        assert all(t.startswith("[") and t.endswith("]") for t in shown), shown
        assert "501" in rules.reason_problem("x" * 501)
