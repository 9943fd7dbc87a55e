"""Accounts storage: references only, the keyring clean-up queue, trash, limits, search, samples."""

from __future__ import annotations

import sqlite3

import pytest

from cmtoolbox.credentials import new_secret_ref
from cmtoolbox.storage.accounts import (
    AccountFields,
    SecretSpec,
    build_sample_accounts,
    clean_fields,
    clean_hashtags,
)
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.search import SearchFilters, search_all


@pytest.fixture
def client(store):  # noqa: ANN001, ANN201
    return store.clients.create("Boulangerie Martin")


def _ref() -> str:
    return new_secret_ref("account")


def test_create_read_update(store, client) -> None:  # noqa: ANN001
    ref = _ref()
    account = store.accounts.save(
        client.id,
        AccountFields("instagram", " @boulangeriemartin ", "  Boulangerie   Martin ", "",
                      " contact@b.example ", notes="Claire a l’accès\n", two_factor_notes="SMS boutique",
                      default_hashtags=("#Lyon",)),
        [SecretSpec("password", "Mot de passe", ref)],
    )
    assert (account.handle, account.display_name, account.login) == (
        "boulangeriemartin", "Boulangerie Martin", "contact@b.example"
    )
    assert account.title == "@boulangeriemartin"
    assert account.effective_profile_url() == "https://www.instagram.com/boulangeriemartin/"
    assert account.login_page() == "https://www.instagram.com/accounts/login/"
    assert [(s.kind, s.label, s.ref) for s in account.secrets] == [("password", "Mot de passe", ref)]
    assert store.take_changes().touches("accounts")

    token = _ref()
    updated = store.accounts.save(
        client.id,
        AccountFields("instagram", "boulangeriemartin", notes="modifié"),
        [SecretSpec("token", "Jeton", token),
         SecretSpec("password", "Mot de passe", ref, account.secrets[0].id)],
        account_id=account.id,
    )
    assert [s.label for s in updated.secrets] == ["Jeton", "Mot de passe"]
    assert updated.notes == "modifié" and updated.created_at == account.created_at
    assert store.accounts.get(account.id) == updated
    assert store.accounts.pending_secret_purges() == []


def test_secret_values_cannot_reach_the_database(store, client) -> None:  # noqa: ANN001
    with pytest.raises(InvalidValue) as raised:
        store.accounts.save(
            client.id, AccountFields("x", "boulangerie"), [SecretSpec("password", "pw", "hunter22")]
        )
    assert raised.value.reason == "bad_ref"
    # Even bypassing the manager, the schema refuses anything that is not a reference.
    account = store.accounts.save(client.id, AccountFields("x", "boulangerie"))
    with pytest.raises(sqlite3.IntegrityError), store.db.atomic():
        store.db.execute(
            "INSERT INTO account_secrets (account_id, kind, label, secret_ref, created_at, updated_at) "
            "VALUES (?, 'password', 'pw', 'account:Hunter2-Hunter2-Hunter2-Hunter2!', '', '')",
            [account.id],
        )
    assert store.db.execute("SELECT count(*) FROM account_secrets").fetchone()[0] == 0


def test_removed_slots_and_purged_accounts_queue_their_keyring_entries(store, client) -> None:  # noqa: ANN001
    a, b = _ref(), _ref()
    account = store.accounts.save(
        client.id, AccountFields("x", "boulangerie"),
        [SecretSpec("password", "pw", a), SecretSpec("token", "API", b)],
    )
    keep = next(s for s in account.secrets if s.ref == b)
    store.accounts.save(
        client.id, account.fields, [SecretSpec("token", "API", b, keep.id)], account_id=account.id
    )
    assert store.accounts.pending_secret_purges() == [a]
    store.accounts.forget_purged([a])
    assert store.accounts.pending_secret_purges() == []

    store.trash.move_to_trash("accounts", account.id)
    assert store.accounts.list(client.id) == []
    assert store.accounts.pending_secret_purges() == []  # in the trash, secrets stay: Restore gives them back
    [item] = store.trash.list(client_id=client.id)
    assert item.title == "boulangerie (x)"
    store.trash.purge("accounts", account.id)
    assert store.accounts.pending_secret_purges() == [b]
    with pytest.raises(NotFound):
        store.accounts.get(account.id)


def test_deleting_a_client_queues_every_secret(store, client) -> None:  # noqa: ANN001
    refs = [_ref(), _ref()]
    store.accounts.save(client.id, AccountFields("x", "a"), [SecretSpec("password", "pw", refs[0])])
    store.accounts.save(client.id, AccountFields("tiktok", "b"), [SecretSpec("password", "pw", refs[1])])
    with store.db.atomic():
        store.db.execute("DELETE FROM clients WHERE id = ?", [client.id])
    assert sorted(store.accounts.pending_secret_purges()) == sorted(refs)


def test_drop_secrets_of_client_keeps_the_accounts(store, client) -> None:  # noqa: ANN001
    other = store.clients.create("Fromagerie")
    ref, other_ref = _ref(), _ref()
    store.accounts.save(client.id, AccountFields("x", "a"), [SecretSpec("password", "pw", ref)])
    store.accounts.save(other.id, AccountFields("x", "a"), [SecretSpec("password", "pw", other_ref)])
    assert store.accounts.count(client.id, with_secrets=True) == 1
    assert store.accounts.drop_secrets_of_client(client.id) == 1
    assert store.accounts.pending_secret_purges() == [ref]
    assert store.accounts.count(client.id) == 1 and store.accounts.count(client.id, with_secrets=True) == 0
    assert store.accounts.count(other.id, with_secrets=True) == 1


def test_failed_save_refs_can_be_queued(store) -> None:  # noqa: ANN001
    ref = _ref()
    store.accounts.queue_secret_purge([ref, "not-a-ref"])
    assert store.accounts.pending_secret_purges() == [ref]


def test_validation(store, client) -> None:  # noqa: ANN001
    def reason(fields: AccountFields, secrets: list[SecretSpec] | None = None) -> str:
        with pytest.raises(InvalidValue) as raised:
            store.accounts.save(client.id, fields, secrets or [])
        return raised.value.reason

    assert reason(AccountFields("x")) == "empty"
    assert reason(AccountFields("myspace", "a")) == "unknown"
    assert reason(AccountFields("x", "deux mots")) == "spaces"
    assert reason(AccountFields("x", "a", profile_url="javascript:alert(1)")) == "bad_url"
    assert reason(AccountFields("mastodon", "a@b.fr", char_limit=0)) == "out_of_range"
    same_names = [SecretSpec("password", "pw", _ref()), SecretSpec("token", "PW", _ref())]
    assert reason(AccountFields("x", "a"), same_names) == "duplicate"
    assert reason(AccountFields("x", "a"), [SecretSpec("password", " ", _ref())]) == "empty"
    store.accounts.save(client.id, AccountFields("x", "a"))
    assert reason(AccountFields("x", "@A")) == "duplicate"
    store.accounts.save(client.id, AccountFields("tiktok", "a"))  # same handle, other network: fine
    assert clean_fields(AccountFields("x", "a", profile_url="x.com/a")).profile_url == "https://x.com/a"
    assert store.db.execute("SELECT count(*) FROM accounts").fetchone()[0] == 2


def test_an_account_of_one_client_cannot_be_saved_under_another(store, client) -> None:  # noqa: ANN001
    other = store.clients.create("Fromagerie")
    account = store.accounts.save(client.id, AccountFields("x", "a"))
    with pytest.raises(NotFound):
        store.accounts.save(other.id, AccountFields("x", "a"), account_id=account.id)
    with pytest.raises(NotFound):
        foreign = store.accounts.save(
            other.id, AccountFields("x", "b"), [SecretSpec("password", "pw", _ref())]
        )
        store.accounts.save(client.id, account.fields,
                            [SecretSpec("password", "pw", foreign.secrets[0].ref, foreign.secrets[0].id)],
                            account_id=account.id)


def test_swapping_secret_names_in_one_save(store, client) -> None:  # noqa: ANN001
    a, b = _ref(), _ref()
    account = store.accounts.save(
        client.id, AccountFields("x", "a"), [SecretSpec("password", "Un", a), SecretSpec("token", "Deux", b)]
    )
    one, two = account.secrets
    swapped = store.accounts.save(
        client.id, account.fields,
        [SecretSpec("password", "Deux", a, one.id), SecretSpec("token", "Un", b, two.id)],
        account_id=account.id,
    )
    assert [(s.label, s.ref) for s in swapped.secrets] == [("Deux", a), ("Un", b)]


def test_limits_and_hashtags_for_the_drafts_editor(store, client) -> None:  # noqa: ANN001
    store.accounts.save(client.id, AccountFields("mastodon", "a@piaille.fr", char_limit=1000,
                                                 default_hashtags=("#Lyon", "pain")))
    store.accounts.save(client.id, AccountFields("mastodon", "b@mastodon.social", char_limit=500,
                                                 default_hashtags=("#lyon", "#Boulangerie")))
    gone = store.accounts.save(client.id, AccountFields("x", "c", char_limit=25_000))
    store.trash.move_to_trash("accounts", gone.id)
    assert store.accounts.limits_for_client(client.id) == {"mastodon": 500}
    assert store.accounts.hashtags_for_client(client.id) == {"mastodon": ("#Lyon", "#pain", "#Boulangerie")}
    assert clean_hashtags(["#a, b  #A", "##", "c#d"]) == ("#a", "#b")


def test_global_search_finds_accounts_without_accents(store, client) -> None:  # noqa: ANN001
    store.accounts.save(client.id, AccountFields("facebook", "boulangerie.lyon", "Boulangerie Martin",
                                                 notes="Page gérée par l’équipe"))
    hits = search_all(store, "equipe", SearchFilters(client_id=client.id))
    [hit] = hits["accounts"]
    assert hit.title == "Facebook · boulangerie.lyon" and "<mark>" in hit.snippet_html
    assert search_all(store, "facebook")["accounts"]
    assert "accounts" not in search_all(store, "equipe", SearchFilters(client_id=client.id + 1))


def test_sample_accounts_have_no_secrets(store, client) -> None:  # noqa: ANN001
    build_sample_accounts(store, client)
    accounts = store.accounts.list(client.id)
    assert {a.network for a in accounts} >= {"instagram", "facebook", "linkedin"}
    assert all(a.secrets == () for a in accounts)
    assert any("Croix-Rousse" in a.display_name for a in accounts)
