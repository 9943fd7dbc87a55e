"""The Drafts section: posts written once, adapted per network, planned, approved and published
(`page.DraftsPage`), with the editorial calendar and the proofs for the client."""
