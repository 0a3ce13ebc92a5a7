"""Domain errors. Each carries a message a person can read; the GUI shows ``str(error)``."""


class DomainError(Exception):
    """Base class: a refusal the user can act on."""


class UnknownLanguage(DomainError):
    """A language that is not one of the app's; the message names the five."""

    def __init__(self, value: object) -> None:
        from core.i18n import LANGUAGES, _

        self.value = value
        super().__init__(_("The app has no language %(value)s; choose one of %(languages)s.")
                         % {"value": repr(str(value)[:40]), "languages": ", ".join(LANGUAGES)})


class NotFound(DomainError):
    pass


class NotSignedIn(DomainError):
    def __init__(self) -> None:
        super().__init__("You are not signed in to the app. Sign in to your Bitrix24 first.")


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
        super().__init__("Log in to the account you want to delete first.")


class AddressNotFound(DomainError):
    """The Network profile logged in inside the browser has no profile in the requested Bitrix24."""

    title = "This address could not be found"

    def __init__(self, person_name: str, address: str) -> None:
        self.person_name = person_name
        self.address = address
        super().__init__(
            f"This address could not be found. You are logged in as {person_name}, "
            f"who has no account in {address}. Log out of your Bitrix24 profile and log in "
            "again with the current data. If necessary, clear your browser history."
        )


class DifferentPerson(DomainError):
    def __init__(self, browser_name: str, app_name: str, address: str) -> None:
        self.browser_name = browser_name
        self.app_name = app_name
        super().__init__(
            f"You are logged in here as {browser_name}, but the app is signed in as {app_name} "
            f"on {address}. A deletion request can only be sent for the account you use in the "
            f"app. Log out and log in as {app_name}."
        )


class InvalidRequest(DomainError):
    """The request form is not complete: reason, items read, confirmation."""


class SoleAdminConfirmationNeeded(DomainError):
    def __init__(self, address: str) -> None:
        super().__init__(
            f"You are the only administrator of {address}. If you send the request, the "
            "Bitrix24 itself will be deleted too. Assign admin permissions to another employee "
            "or confirm that you want to delete the Bitrix24."
        )


class CancellationFromOtherProfile(DomainError):
    def __init__(self, sent_from: str, here: str) -> None:
        self.sent_from = sent_from
        super().__init__(
            f"The cancellation request must be sent from the same account the deletion request "
            f"was sent from: {sent_from}. You are signed in to {here}. Sign in to {sent_from} "
            "in the app and send the cancellation from there."
        )


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
