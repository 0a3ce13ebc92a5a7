"""The phone's Delete account flow, driven by real mouse clicks on the real buttons."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QScrollArea
from sqlalchemy import select

from core import models as m
from core import services as sv
from core.rules import REQUEST_ITEMS
from gui.builder import build_app


def requests_of(controller, person_key: str) -> list[m.DeletionRequest]:
    def q(uow):
        rows = uow.session.scalars(
            select(m.DeletionRequest).join(m.Profile, m.Profile.id == m.DeletionRequest.profile_id)
            .join(m.NetworkProfile, m.NetworkProfile.id == m.Profile.person_id)
            .where(m.NetworkProfile.key == person_key).order_by(m.DeletionRequest.id))
        return [(r.status, r.profile.portal.address, r.sole_admin_confirmed) for r in rows]
    return controller.read(q)


def test_anna_requests_deletion_from_profile_and_sees_the_pending_banner(drive, controller):
    assert drive.screen == "feed"
    drive.open_request_login()
    assert drive.screen == "browser"
    assert drive.text("address_bar") == "acme.bitrix24.com"  # Safari shows the domain
    assert drive.find("address_bar").accessibleName().startswith(
        "Address: https://acme.bitrix24.com/")
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    assert drive.screen == "request_form"
    for i, text in enumerate(REQUEST_ITEMS, start=1):
        assert drive.text(f"item_{i}_text") == text
    assert not drive.find("send_request").isEnabled()
    drive.fill_form()
    assert drive.text("reason_counter") == f"{len('I am leaving the company')}/500"
    assert drive.find("send_request").isEnabled()
    drive.tap("send_request")
    assert drive.screen == "request_sent"
    assert "1 April 2026" in drive.text("sent_due")
    assert requests_of(controller, "anna") == [("pending", "acme.bitrix24.com", False)]
    drive.tap("done")
    assert drive.screen == "profile"
    assert "1 April 2026" in drive.text("pending_due")
    assert "cancel profile deletion" in drive.text("pending_how_to_cancel")


def test_the_warning_cancel_goes_back_to_the_profile(drive):
    drive.tap("profile_photo")
    drive.tap("delete_account")
    assert drive.phone.sheet_name() == "delete_warning"
    assert "Log in to the account you want to delete" in drive.text("warning_step_1")
    drive.tap("cancel")
    assert drive.phone.sheet_name() is None
    assert drive.screen == "profile"
    assert not drive.visible("continue")


def test_delete_account_is_absent_for_hugo_on_android(drive, controller):
    drive.sign_in("hugo", "acme.bitrix24.com")
    drive.tap("profile_photo")
    assert drive.screen == "profile"
    assert not drive.visible("delete_account")
    assert drive.phone.screen("profile").delete.isHidden()  # absent, not disabled


def test_delete_account_is_absent_for_grace_on_premise(drive):
    drive.sign_in("grace", "northwind.example.com")
    drive.tap("profile_photo")
    assert drive.screen == "profile"
    assert not drive.visible("delete_account")


def test_switching_the_platform_updates_the_open_profile_in_place(drive, controller):
    drive.tap("profile_photo")
    assert drive.visible("delete_account")
    controller.act(sv.set_platform, "android")
    assert drive.screen == "profile"
    assert not drive.visible("delete_account")
    controller.act(sv.set_platform, "ios")
    assert drive.visible("delete_account")


def test_with_entry_edit_profile_delete_account_lives_on_edit_profile(drive, controller):
    controller.act(sv.set_policy, entry="edit_profile")
    drive.tap("profile_photo")
    assert drive.visible("edit_profile")
    assert not drive.visible("delete_account")
    drive.tap("edit_profile")
    assert drive.screen == "edit_profile"
    drive.tap("delete_account")
    drive.tap("continue")
    assert drive.screen == "request_login"
    drive.tap("back")
    assert drive.screen == "edit_profile"


def test_carlas_google_email_in_the_login_field_shows_a_login_error(drive):
    drive.open_request_login()
    assert not drive.visible("login_error")
    drive.type("login", "carla@gmail.example")
    drive.tap("next")
    assert drive.screen == "browser"
    assert "Sign in with Google" in drive.text("login_error")


def test_a_wrong_password_shows_a_login_error(drive):
    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "wrong")
    assert "Incorrect password" in drive.text("login_error")
    assert drive.visible("password")


def test_frank_in_the_browser_gets_address_not_found_until_he_logs_out(drive, controller):
    drive.open_request_login()
    drive.log_in_service("office365")
    assert drive.screen == "address_not_found"
    assert "Frank Weber" in drive.text("not_found_text")
    # The browser keeps its session: going back and logging in again reproduces the error.
    drive.tap("back")
    assert drive.screen == "request_login"
    drive.tap("log_in")
    assert drive.screen == "address_not_found"
    drive.tap("log_out")
    assert drive.screen == "browser"
    assert drive.visible("login")
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    assert drive.screen == "request_form"


def test_clear_browser_history_also_ends_the_stale_session(drive):
    drive.open_request_login()
    drive.log_in_service("office365")
    drive.tap("clear_history")
    assert drive.screen == "browser"
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    assert drive.screen == "request_form"


def test_boris_logging_in_while_the_app_is_anna_is_refused_naming_both(drive, controller):
    drive.open_request_login()
    drive.log_in_password("+15550101", "Boris-pass-1")
    assert drive.screen == "browser"
    refusal = drive.text("refusal")
    assert "Boris Ivanov" in refusal and "Anna Petrova" in refusal
    assert "Log out" in refusal
    # The heading says what is wrong without repeating the refusal's first sentence.
    assert drive.text("browser_logged_in_as") == "This is not the account you use in the app"
    assert not drive.visible("send_request")
    drive.tap("log_out")
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    assert drive.screen == "request_form"
    assert requests_of(controller, "boris") == []


def test_eva_as_sole_admin_must_confirm_before_sending(drive, controller):
    drive.sign_in("eva", "bloom.bitrix24.com")
    drive.open_request_login()
    drive.log_in_password("eva@bloom.example", "Eva-pass-1")
    assert drive.visible("sole_admin_warning")
    assert "will be deleted too" in drive.text("sole_admin_text")
    drive.fill_form("Closing the studio")
    assert not drive.find("send_request").isEnabled()
    drive.tap("confirm_sole_admin")
    assert drive.find("send_request").isEnabled()
    drive.tap("send_request")
    assert drive.screen == "request_sent"
    assert requests_of(controller, "eva") == [("pending", "bloom.bitrix24.com", True)]
    # No other administrator is told (there is none); the page says Bloom goes too.
    next_admin = drive.text("sent_next_admin")
    assert "only administrator" in next_admin and "Bloom" in next_admin
    assert "will be deleted together with your account" in next_admin
    assert "will receive information" not in next_admin


def test_eva_assigns_frank_first_and_the_sole_admin_warning_goes(drive, controller):
    drive.sign_in("eva", "bloom.bitrix24.com")
    drive.open_request_login()
    drive.log_in_password("eva@bloom.example", "Eva-pass-1")
    drive.tap("assign_admin")
    assert drive.phone.sheet_name() == "admin_picker"
    assert drive.visible("candidate_frank") and drive.visible("candidate_carla")
    drive.tap("candidate_frank")
    assert drive.phone.sheet_name() is None
    assert drive.screen == "request_form"
    assert not drive.visible("sole_admin_warning")
    assert "Frank Weber" in drive.text("assign_result")
    frank_role = controller.read(lambda uow: sv.find_profile(
        uow.session, sv.find_person(uow.session, "frank").id,
        sv.find_portal(uow.session, "bloom.bitrix24.com").id).role)
    assert frank_role == "admin"
    drive.fill_form("Handing over")
    assert drive.find("send_request").isEnabled()
    drive.tap("send_request")
    assert requests_of(controller, "eva") == [("pending", "bloom.bitrix24.com", False)]


def test_a_second_send_shows_the_existing_request(drive, controller):
    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    drive.fill_form()
    drive.tap("send_request")
    assert "will receive information" in drive.text("sent_next_admin")  # Boris is told
    drive.tap("done")
    controller.advance(timedelta(days=5))
    drive.tap("delete_account")
    drive.tap("continue")
    drive.tap("log_in")  # the browser still has Anna's session
    assert drive.screen == "request_form"
    assert drive.visible("form_pending")
    # The pending request's date is in the banner; the form promises no other date.
    assert "1 April 2026" in drive.text("form_pending_text")
    assert "If sent now" not in drive.text("form_scope")
    assert "acme.bitrix24.com" in drive.text("form_scope")
    drive.fill_form("Still leaving")
    drive.tap("send_request")
    assert drive.text("sent_title") == "Request already sent"
    assert "1 April 2026" in drive.text("sent_due")
    assert drive.text("sent_next_admin") == "• The administrator was informed when you sent it."
    assert len(requests_of(controller, "anna")) == 1


def test_cancellation_from_the_same_profile_cancels_the_request(drive, controller):
    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    drive.fill_form()
    drive.tap("send_request")
    drive.tap("done")
    drive.tap("delete_account")
    drive.tap("continue")
    drive.tap("log_in")
    drive.fill_form('  "Cancel Profile Deletion" ')
    drive.tap("send_request")
    assert drive.screen == "cancellation_sent"
    assert requests_of(controller, "anna") == [("cancelled", "acme.bitrix24.com", False)]
    drive.tap("done")
    assert drive.screen == "profile"
    assert not drive.visible("pending_banner")


def eva_sends_as_sole_admin(drive, reason: str) -> None:
    """Eva, Bloom's only administrator, confirms that Bloom goes too and sends."""
    drive.sign_in("eva", "bloom.bitrix24.com")
    drive.open_request_login()
    drive.log_in_password("eva@bloom.example", "Eva-pass-1")
    drive.fill_form(reason)
    drive.tap("confirm_sole_admin")
    drive.tap("send_request")


def test_cancellation_needs_no_sole_admin_confirmation(drive, controller):
    eva_sends_as_sole_admin(drive, "Closing")
    drive.tap("done")
    drive.tap("delete_account")
    drive.tap("continue")
    drive.tap("log_in")
    drive.fill_form("cancel profile deletion")
    assert not drive.visible("sole_admin_warning")
    assert drive.find("send_request").isEnabled()
    drive.tap("send_request")
    assert drive.screen == "cancellation_sent"


def test_cancellation_from_another_profile_is_refused_naming_acme(drive, controller):
    drive.sign_in("carla", "acme.bitrix24.com")
    drive.open_request_login()
    drive.log_in_service("google", "carla")
    drive.fill_form("Moving on")
    drive.tap("send_request")
    assert drive.screen == "request_sent"
    drive.sign_in("carla", "bloom.bitrix24.com")
    drive.open_request_login()  # the browser still has Carla's Google session
    assert drive.screen == "request_form"
    drive.fill_form("cancel profile deletion")
    drive.tap("send_request")
    assert drive.screen == "request_form"
    assert "acme.bitrix24.com" in drive.text("form_error")
    assert requests_of(controller, "carla") == [("pending", "acme.bitrix24.com", False)]
    # the refusal is scrolled into view, whole, not left below the fold
    error = drive.find("form_error")
    viewport = error.window().findChild(QScrollArea, "request_form_scroll").viewport()
    top_left = error.mapTo(viewport, QPoint(0, 0))
    assert top_left.y() >= 0 and top_left.y() + error.height() <= viewport.height()
    assert drive.text("send_hint") == "This sends a cancellation request."


def test_a_reason_of_spaces_keeps_send_request_disabled(drive):
    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    drive.fill_form("     ")
    assert drive.text("reason_counter") == "0/500"
    assert not drive.find("send_request").isEnabled()
    assert "reason" in drive.text("send_hint").lower()


def test_a_reason_over_500_characters_keeps_send_request_disabled(drive):
    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    drive.fill_form("x" * 501)
    assert drive.text("reason_counter") == "501/500"
    assert not drive.find("send_request").isEnabled()


def test_every_item_must_be_marked_before_send_request_is_enabled(drive):
    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    drive.fill_form()
    assert drive.find("send_request").isEnabled()
    drive.tap("item_4_text")  # tapping the item's text toggles it too
    assert not drive.checked("item_4")
    assert not drive.find("send_request").isEnabled()


def test_notices_show_the_other_admin_the_impending_deletion(drive, controller):
    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    drive.fill_form()
    drive.tap("send_request")
    drive.sign_in("boris", "acme.bitrix24.com")
    assert drive.find("badge").text() == "1"
    drive.tap("notices")
    assert drive.screen == "notices"
    texts = [w.text() for w in drive.phone.current_screen().findChildren(QLabel)
             if w.isVisible()]
    assert any("Anna Petrova has requested to delete" in t for t in texts)


def test_after_the_deletion_the_app_says_access_is_closed_and_signs_out(drive, controller):
    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    drive.fill_form()
    drive.tap("send_request")
    drive.tap("done")
    assert drive.screen == "profile"
    controller.advance_to_next_due()
    assert drive.screen == "access_closed"
    assert "acme" in drive.text("access_problem").lower() or "deleted" in drive.text(
        "access_problem")
    assert controller.read(sv.session_view).person is None
    drive.tap("done")
    assert drive.screen == "sign_in"


def test_the_status_bar_follows_the_simulated_clock(drive, controller):
    from datetime import timedelta

    assert drive.text("status_time") == "9:00"
    controller.advance(timedelta(hours=3, minutes=5))
    assert drive.text("status_time") == "12:05"


def test_forgot_your_password_answers_like_the_link_it_looks_like(drive):
    drive.open_request_login()
    drive.type("login", "anna@acme.example")
    drive.tap("next")
    assert not drive.visible("forgot_password_note")
    drive.tap("forgot_password")
    assert drive.visible("forgot_password_note")
    assert "not part of this prototype" in drive.text("forgot_password_note")
    drive.tap("change_login")  # leaving the page hides it again
    drive.type("login", "anna@acme.example")
    drive.tap("next")
    assert not drive.visible("forgot_password_note")


def test_tab_on_the_request_form_never_stops_on_the_scroll_area(drive, qtbot):
    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    stops = []
    drive.find("back").setFocus()
    for _ in range(14):
        qtbot.keyClick(drive.phone.focusWidget() or drive.phone, Qt.Key.Key_Tab)
        stops.append(drive.phone.focusWidget())
    names = [w.objectName() for w in stops if w is not None]
    assert "item_1" in names and "reason" in names
    assert not any(isinstance(w, QScrollArea) for w in stops), names


def test_a_second_send_says_what_happens_now_not_what_was_true_at_the_first(drive, controller):
    """Eva sent as Bloom's only administrator; since then Frank was made an administrator,
    so Bloom no longer goes with her (rule 10 checks at completion): the page says so."""
    eva_sends_as_sole_admin(drive, "Closing the studio")
    assert "only administrator" in drive.text("sent_next_admin")
    drive.tap("done")
    controller.act(sv.assign_admin, "bloom.bitrix24.com", "frank")
    drive.tap("delete_account")
    drive.tap("continue")
    drive.tap("log_in")
    drive.fill_form("Still closing")
    drive.tap("send_request")
    assert drive.text("sent_title") == "Request already sent"
    assert "only administrator" not in drive.text("sent_next_admin")
    assert "will be deleted together" not in drive.text("sent_next_admin")
    assert drive.text("sent_next_admin") == ("• No other administrator was informed when you "
                                             "sent it.")


def test_a_phone_started_after_its_access_closed_says_so_and_signs_out(drive, controller,
                                                                        qtbot):
    from core import processing

    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    drive.fill_form()
    drive.tap("send_request")
    drive.tap("done")
    processing.advance_to_next_due(controller.store, "simulator")  # no phone is told
    assert controller.read(sv.session_view).person is not None
    started = build_app(controller, window=False).phone
    qtbot.addWidget(started)
    assert started.current_screen_name() == "access_closed"
    assert controller.read(sv.session_view).person is None


def test_a_start_reads_the_session_once(qtbot, controller, monkeypatch):
    """The first screen's view is read once: the start no longer re-reads it all to look
    for a closed access (it asks that one question)."""
    controller.act(sv.sign_in, "anna", "acme.bitrix24.com", actor="anna")
    reads = []
    real = controller.read
    monkeypatch.setattr(controller, "read", lambda fn, *a, **k: reads.append(fn) or real(
        fn, *a, **k))
    phone = build_app(controller, window=False).phone
    qtbot.addWidget(phone)
    assert phone.current_screen_name() == "feed"
    assert reads.count(sv.session_view) == 1, [f.__name__ for f in reads]
