"""Message-IDs: unique, a valid header value, and ordered by creation (index-friendly)."""

from email.headerregistry import HeaderRegistry

from core.notify import new_message_id


def test_message_ids_are_unique_and_sort_in_creation_order():
    ids = [new_message_id() for _ in range(20_000)]
    assert len(set(ids)) == len(ids)
    assert sorted(ids) == ids


def test_a_message_id_is_a_valid_header_value():
    mid = new_message_id()
    header = HeaderRegistry()("Message-ID", mid)
    assert str(header) == mid
    assert mid.startswith("<") and mid.endswith("@bitrix24.sim>") and " " not in mid
