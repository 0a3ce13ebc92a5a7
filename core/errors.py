"""Domain errors. Each carries a message a person can read; the GUI shows ``str(error)``.

The message is made when the error is raised, in the current language (core.i18n): the GUI
calls the services inside the phone's language."""

from core.i18n import N_, _


class DomainError(Exception):
    """Base class: a refusal the user can act on."""


class UnknownLanguage(DomainError):
    """A language that is not one of the app's; the message names the five."""

    def __init__(self, value: object) -> None:
        from core.i18n import LANGUAGES

        self.value = value
        super().__init__(_("The app has no language %(value)s; choose one of %(languages)s.")
                         % {"value": repr(str(value)[:40]), "languages": ", ".join(LANGUAGES)})


class NotFound(DomainError):
    pass


class NotSignedIn(DomainError):
    def __init__(self) -> None:
        super().__init__(_("You are not signed in to the app. Sign in to your Bitrix24 "
                           "first."))


class SignInRefused(DomainError):
    pass


class AccessClosed(DomainError):
    """The profile the app is signed in with has lost access (deleted, Bitrix24 deleted)."""


class OptionUnavailable(DomainError):
    pass


class LoginNotFound(DomainError):
    """No Network profile answers to that login by the password method."""


class WrongPassword(DomainError):
    pass


class LoginLocked(DomainError):
    pass


class WrongMethod(DomainError):
    """The account exists but was registered through another method."""


class NotLoggedInBrowser(DomainError):
    def __init__(self) -> None:
        super().__init__(_("Log in to the account you want to delete first."))


class AddressNotFound(DomainError):
    """The Network profile logged in inside the browser has no profile in the requested Bitrix24."""

    title = N_("This address could not be found")

    def __init__(self, person_name: str, address: str) -> None:
        self.person_name = person_name
        self.address = address
        super().__init__(_(
            "This address could not be found. You are logged in as %(name)s, who has no "
            "account in %(address)s. Log out of your Bitrix24 profile and log in again with "
            "the current data. If necessary, clear your browser history."
        ) % {"name": person_name, "address": address})


class DifferentPerson(DomainError):
    def __init__(self, browser_name: str, app_name: str, address: str) -> None:
        self.browser_name = browser_name
        self.app_name = app_name
        super().__init__(_(
            "You are logged in here as %(browser)s, but the app is signed in as %(app)s on "
            "%(address)s. A deletion request can only be sent for the account you use in the "
            "app. Log out and log in as %(app)s."
        ) % {"browser": browser_name, "app": app_name, "address": address})


class InvalidRequest(DomainError):
    """The request form is not complete: reason, items read, confirmation."""


class SoleAdminConfirmationNeeded(DomainError):
    def __init__(self, address: str) -> None:
        super().__init__(_(
            "You are the only administrator of %(address)s. If you send the request, the "
            "Bitrix24 itself will be deleted too. Assign admin permissions to another employee "
            "or confirm that you want to delete the Bitrix24."
        ) % {"address": address})


class CancellationFromOtherProfile(DomainError):
    def __init__(self, sent_from: str, here: str) -> None:
        self.sent_from = sent_from
        super().__init__(_(
            "The cancellation request must be sent from the same account the deletion request "
            "was sent from: %(sent_from)s. You are signed in to %(here)s. Sign in to "
            "%(sent_from)s in the app and send the cancellation from there."
        ) % {"sent_from": sent_from, "here": here})


class NoPendingRequest(DomainError):
    pass


class AlreadyDeleted(DomainError):
    pass


class AssignAdminRefused(DomainError):
    pass


class DataDeletionRefused(DomainError):
    pass


class StoreError(Exception):
    """The database cannot be opened or used; the message says what to do."""
